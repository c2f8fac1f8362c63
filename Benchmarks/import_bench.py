#!/usr/bin/env python3
"""make bench, CRM import: a generated 5,000-account Salesforce export (quoted names with
commas, descriptions with line breaks, US dates and amounts, billing states, owners by
name) imported into a new workspace, imported again (nothing to do), and imported a third
time with a fifth of the accounts changed in the CRM after the workspace's commit (target:
each under 2 s). Baseline in the same run: Python's csv module reading the export and
json writing the same 5,000 profiles, which is the least any import must do.
"""
import csv, json, os, random, shutil, subprocess, sys, time

data = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/bench-data")
csw = os.path.abspath(".build/release/csw")
template_config = os.path.abspath("workspace-template/csw.json")
rows = 5000
rng = random.Random(7)
owners = ["Mike Smith", "Priya Raman", "Dana Okafor", "Luis Fernandez"]
tiers = ["Strategic", "Enterprise", "Mid-Market", "SMB"]
industries = ["Hospital & Health Care", "Academic Medical Center", "Medical Practice", "Health Insurance", "Critical Access Hospital"]
states = ["MN", "Illinois", "TX", "CA", "NY", "WA", "CO", "Florida", "KS", "ME"]
header = ["Account ID", "Account Name", "Tier", "Type", "Industry", "Account Owner", "ARR", "Contract Start Date", "Contract End Date",
          "Billing State/Province", "Last Modified Date", "Description"]

def export(path, changed=0.0, modified="11/20/2026 2:33 PM"):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(header)
        r = random.Random(11)
        for i in range(rows):
            arr = 40000 + (i * 7919) % 900000
            last = modified
            if changed and r.random() < changed:
                arr += 25000
                last = "1/1/2099 9:00 AM"
            w.writerow([f"001BENCH{i:07d}", f"Regional Health {i}, Inc.", tiers[i % 4], "Customer - Direct", industries[i % 5], owners[i % 4],
                        f"${arr:,}.00", f"{1 + i % 12}/1/2025", f"{1 + i % 12}/1/2027", states[i % len(states)], last,
                        f"Account {i}\nsecond line, with a comma"])

first = os.path.join(data, "salesforce-5000.csv")
changed = os.path.join(data, "salesforce-5000-changed.csv")
export(first)
export(changed, changed=0.2)

ws = os.path.join(data, "import-ws")
shutil.rmtree(ws, ignore_errors=True)
subprocess.run([csw, "init", "--empty", ws], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(template_config, os.path.join(ws, "csw.json"))

def timed(label, argv):
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    peak = int(p.stderr.strip().splitlines()[-1]) / 1024
    summary = [l.strip() for l in p.stdout.splitlines() if l.startswith("  create") or l.startswith("  update") or l.startswith("  skip")]
    print(f"  {label:<42}{dt:.3f} s, peak memory {peak:.0f} MB (exit {p.returncode}; {'; '.join(summary)})")
    return p

print(f"CRM import of a generated {rows:,}-account Salesforce export ({os.path.getsize(first) / 1e6:.1f} MB):")
os.sync()
timed("csw import crm (5,000 new customers)", [csw, "-C", ws, "import", "crm", first, "--preset", "salesforce"])
subprocess.run([csw, "-C", ws, "commit", "-m", "bench: imported accounts"], check=True, stdout=subprocess.DEVNULL)
timed("csw import crm (again: nothing to do)", [csw, "-C", ws, "import", "crm", first])
timed("csw import crm (a fifth changed in CRM)", [csw, "-C", ws, "import", "crm", changed])
valid = subprocess.run([csw, "-C", ws, "validate"], capture_output=True, text=True)
print(f"  csw validate afterwards: exit {valid.returncode}")

out = os.path.join(data, "import-python")
shutil.rmtree(out, ignore_errors=True)
t0 = time.perf_counter()
with open(first, newline="", encoding="utf-8-sig") as f:
    for i, row in enumerate(csv.DictReader(f)):
        folder = os.path.join(out, f"C_{i:05d}")
        os.makedirs(folder)
        with open(os.path.join(folder, "profile.json"), "w") as p:
            json.dump({"customer_id": f"C_{i:05d}", "organization_name": row["Account Name"], "tier": row["Tier"],
                       "csm_assigned": row["Account Owner"], "contract_value": row["ARR"]}, p, indent=2)
print(f"  Python csv + json, no checks              {time.perf_counter() - t0:.3f} s (read the export, write 5,000 profiles)")
shutil.rmtree(out, ignore_errors=True)
shutil.rmtree(ws, ignore_errors=True)
