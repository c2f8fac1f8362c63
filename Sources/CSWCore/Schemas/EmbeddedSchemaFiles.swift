// Generated from schemas/ by Tests/CSWCoreTests/EmbeddedFilesTests.swift — do not edit.
// Re-create with: CSW_RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests

enum EmbeddedSchemaFiles {
    static let files: [(name: String, text: String)] = [
        ("alert-state.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Alert acknowledgements and snoozes",
  "description": "customers/<ID>/alerts.json: what the team did about this customer's alerts (csw alerts ack / snooze), keyed by alert id. Shared through git like every other file.",
  "type": "object",
  "propertyNames": { "pattern": "^(\\$schema|A-[0-9a-f]{16})$" },
  "properties": { "$schema": { "type": "string" } },
  "additionalProperties": {
    "type": "object",
    "required": ["state", "by", "at"],
    "additionalProperties": false,
    "properties": {
      "state": { "description": "acknowledged: hidden until the condition clears and returns; snoozed: hidden until `until`.", "enum": ["acknowledged", "snoozed"] },
      "by": { "description": "Who acknowledged or snoozed it.", "type": "string", "minLength": 1 },
      "at": { "$ref": "common.schema.json#/$defs/date" },
      "note": { "description": "What was done or decided.", "type": "string" },
      "until": { "$ref": "common.schema.json#/$defs/date" }
    },
    "if": { "properties": { "state": { "const": "snoozed" } } },
    "then": { "required": ["until"] }
  }
}

"""####),
        ("common.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Definitions shared by the csw workspace schemas",
  "$defs": {
    "customer_id": {
      "description": "A customer's identifier and folder name: capital letters, digits, '_' and '-', starting with a letter or digit, at most 64 characters (HOSP_001).",
      "type": "string",
      "pattern": "^[A-Z0-9][A-Z0-9_-]{0,63}$"
    },
    "csm_id": {
      "description": "A CSM's id as listed in csw.json csms[].id (mike.smith).",
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    "date": {
      "description": "A calendar date written YYYY-MM-DD.",
      "type": "string",
      "format": "date"
    },
    "segment": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "segment_name": { "type": "string" },
        "organization_type": {
          "enum": ["health_system", "academic_medical_center", "community_hospital", "critical_access_hospital",
                   "clinic_group", "ambulatory_surgery_center", "payer", "post_acute", "telehealth", "other"]
        },
        "size_category": { "enum": ["small", "mid", "large", "enterprise"] },
        "clinical_specialty": { "type": "string" },
        "geographic_region": { "type": "string" },
        "maturity_level": { "enum": ["emerging", "developing", "mature"] },
        "tech_adoption": { "enum": ["conservative", "mainstream", "progressive"] }
      }
    },
    "team_member": {
      "type": "object",
      "required": ["name"],
      "additionalProperties": false,
      "properties": {
        "name": { "type": "string", "minLength": 1 },
        "title": { "type": "string" },
        "specialty": { "type": "string" },
        "expertise_areas": { "type": "array", "items": { "type": "string" }, "uniqueItems": true },
        "email": { "type": "string", "format": "email" },
        "role": { "enum": ["executive_sponsor", "clinical_champion", "it_lead", "end_user", "billing", "other"] },
        "community_consent": {
          "description": "Whether this person agreed to take part in the customer community (peer groups, mentorship, knowledge base). Absent means no; it counts only with community_consent_date.",
          "type": "boolean"
        },
        "community_consent_date": { "description": "When the consent was given; without it the person is not a community member.", "$ref": "#/$defs/date" },
        "left_on": { "description": "When the person left the customer's team: a contact kept for the record, removed by a retention rule that covers contacts.", "$ref": "#/$defs/date" }
      }
    },
    "product": {
      "type": "object",
      "required": ["product_id"],
      "additionalProperties": false,
      "properties": {
        "product_id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" },
        "licensed_seats": { "type": "integer", "minimum": 0, "maximum": 10000000 },
        "unit": { "enum": ["seat", "bed", "facility"] },
        "start_date": { "$ref": "#/$defs/date" }
      }
    },
    "tags": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }
  }
}

"""####),
        ("contract-event.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Contract event",
  "description": "One line of customers/<ID>/contracts.jsonl: a dated change to the contract (docs/REVENUE.md). start and renewal give the term's annual value (arr) and end (term_end); expansion and contraction the annual value added or removed (amount); churn ends the contract.",
  "type": "object",
  "required": ["id", "date", "event"],
  "additionalProperties": false,
  "properties": {
    "id": { "description": "K- and 16 hex digits: a digest of the event, so the same event recorded twice is one event.", "type": "string", "pattern": "^K-[0-9a-f]{16}$" },
    "date": { "$ref": "common.schema.json#/$defs/date" },
    "event": { "enum": ["start", "renewal", "expansion", "contraction", "churn"] },
    "arr": { "description": "start, renewal: the annual contract value of the term.", "type": "number", "minimum": 0, "maximum": 1000000000000 },
    "amount": { "description": "expansion, contraction: the annual value added or removed.", "type": "number", "minimum": 0, "maximum": 1000000000000 },
    "term_end": { "description": "start (when known), renewal: when the term ends (the next renewal date).", "$ref": "common.schema.json#/$defs/date" },
    "product": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" },
    "opportunity": { "description": "The won opportunity this expansion came from.", "type": "string", "pattern": "^O-[0-9a-f]{12}$" },
    "author": { "type": "string", "minLength": 1 },
    "note": { "type": "string" }
  },
  "allOf": [
    { "if": { "properties": { "event": { "const": "start" } } }, "then": { "required": ["arr"] } },
    { "if": { "properties": { "event": { "const": "renewal" } } }, "then": { "required": ["arr", "term_end"] } },
    { "if": { "properties": { "event": { "enum": ["expansion", "contraction"] } } }, "then": { "required": ["amount"] } }
  ]
}

"""####),
        ("csw.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Workspace configuration",
  "description": "csw.json at the workspace root. Unknown sections are errors, so a misspelt section name is caught.",
  "type": "object",
  "required": ["name", "format_version"],
  "additionalProperties": false,
  "properties": {
    "$schema": { "type": "string" },
    "name": { "type": "string", "minLength": 1 },
    "format_version": { "description": "Version of the workspace format; this csw reads version 1.", "const": 1 },
    "currency": { "type": "string", "pattern": "^[A-Z]{3}$" },
    "kpi_targets": {
      "description": "Healthcare KPI targets (the framework's defaults: 15, 20, 12, 95, 85, 88, 25, 90, and 0 patient-safety events).",
      "type": "object",
      "properties": {
        "clinical_outcome_improvement": { "type": "number", "minimum": -1000000, "maximum": 1000000 },
        "clinical_efficiency_gain": { "type": "number", "minimum": -1000000, "maximum": 1000000 },
        "cost_reduction": { "type": "number", "minimum": -1000000, "maximum": 1000000 },
        "compliance_score": { "type": "number", "minimum": 0, "maximum": 100 },
        "staff_satisfaction": { "type": "number", "minimum": 0, "maximum": 100 },
        "patient_satisfaction": { "type": "number", "minimum": 0, "maximum": 100 },
        "roi_percentage": { "type": "number", "minimum": -1000000, "maximum": 1000000 },
        "implementation_success_rate": { "type": "number", "minimum": 0, "maximum": 100 },
        "patient_safety_events": { "description": "Lower is better: met when the period's events are at or below it.", "type": "number", "minimum": 0, "maximum": 1000000 }
      },
      "additionalProperties": { "type": "number", "minimum": -1000000, "maximum": 1000000 }
    },
    "csms": {
      "description": "The CSM roster. profile.json csm_assigned must name one of these ids.",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "name"],
        "additionalProperties": false,
        "properties": {
          "id": { "$ref": "common.schema.json#/$defs/csm_id" },
          "name": { "type": "string", "minLength": 1 },
          "email": { "type": "string", "format": "email" },
          "capacity": { "description": "How many accounts this CSM can carry.", "type": "integer", "minimum": 1, "maximum": 100000 },
          "team": { "type": "string" }
        }
      }
    },
    "custom_metrics": {
      "description": "Metrics beyond the built-in ones, allowed in metrics.jsonl once declared here.",
      "type": "object",
      "propertyNames": { "pattern": "^[a-z][a-z0-9_]{0,63}$" },
      "additionalProperties": {
        "type": "object",
        "required": ["type"],
        "additionalProperties": false,
        "properties": {
          "type": { "enum": ["number", "integer", "boolean", "string"] },
          "minimum": { "type": "number" },
          "maximum": { "type": "number" },
          "unit": { "type": "string" },
          "description": { "type": "string" }
        }
      }
    },
    "commit_author": {
      "description": "Who csw commits as when git's user.name / user.email are not set (for example on a shared server).",
      "type": "object",
      "required": ["name", "email"],
      "additionalProperties": false,
      "properties": {
        "name": { "type": "string", "minLength": 1 },
        "email": { "type": "string", "format": "email" }
      }
    },
    "scoring": {
      "description": "Health, churn and expansion model (docs/SCORING.md). Measure, metric and factor names are checked by csw validate, with a suggestion for a misspelling (CSW0901).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "weights": { "description": "Measure name → weight (0 leaves it out). A measure is built in or declared under measures.", "$ref": "#/$defs/weights" },
        "measures": {
          "description": "Health measures beyond the built-in ones, or new settings for one: the name is a metric (built in, or declared under custom_metrics).",
          "type": "object",
          "additionalProperties": { "$ref": "#/$defs/measure" }
        },
        "bands": {
          "description": "Where the bands start: healthy from, watch from (below: at_risk).",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "healthy": { "type": "number", "minimum": 0, "maximum": 100 },
            "watch": { "type": "number", "minimum": 0, "maximum": 100 }
          }
        },
        "segments": {
          "description": "organization_type → {measure → weight}: weights for one segment.",
          "type": "object",
          "additionalProperties": { "$ref": "#/$defs/weights" }
        },
        "freshness": {
          "description": "Measure name → days a value stays fresh (docs/SCORING.md, Freshness); at most 365, the scores' look-back.",
          "type": "object",
          "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 365 }
        },
        "missing": {
          "description": "Measure name → what a measure without fresh data does: omit (re-normalise the others), zero, or carry_last.",
          "type": "object",
          "additionalProperties": { "enum": ["omit", "zero", "carry_last"] }
        },
        "minimum_coverage": { "description": "The share (0–1) of the model's weight fresh data must cover for a score (default 0.6).", "type": "number", "minimum": 0, "maximum": 1 },
        "churn": {
          "description": "The churn model's logistic coefficients; csw model fit --write stores them with how they were fitted.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "intercept": { "type": "number", "minimum": -100, "maximum": 100 },
            "coefficients": {
              "description": "Factor or metric name → coefficient. A metric (built in or custom) is a factor whose value is its latest reading (within 365 days).",
              "type": "object",
              "additionalProperties": { "type": "number", "minimum": -100, "maximum": 100 }
            },
            "fitted": { "description": "Written by csw model fit --write: date, revision, customers, churned, lambda, cv_auc, cv_brier.", "type": "object" }
          }
        },
        "caps": {
          "description": "Rules that cap health while a condition holds (docs/SCORING.md, Caps); without this list the defaults apply, [] turns them off.",
          "type": "array",
          "maxItems": 100,
          "items": {
            "type": "object",
            "required": ["id"],
            "additionalProperties": false,
            "properties": {
              "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" },
              "feedback": {
                "description": "An open feedback note of this type (or with this tag), of one of these severities.",
                "type": "object",
                "required": ["type"],
                "additionalProperties": false,
                "properties": {
                  "type": { "type": "string", "minLength": 1 },
                  "severity": { "anyOf": [{ "enum": ["low", "medium", "high", "critical"] }, { "type": "array", "items": { "enum": ["low", "medium", "high", "critical"] }, "uniqueItems": true }] }
                }
              },
              "metric": {
                "description": "A snapshot within within_days (default 90) where the metric is above `above` (default 0).",
                "type": "object",
                "required": ["name"],
                "additionalProperties": false,
                "properties": {
                  "name": { "type": "string", "minLength": 1 },
                  "above": { "type": "number" },
                  "within_days": { "type": "integer", "minimum": 1, "maximum": 3650 }
                }
              },
              "max_band": { "description": "Health stays below this band's upper bound.", "enum": ["at_risk", "watch"] },
              "max_score": { "type": "number", "minimum": 0, "maximum": 100 },
              "description": { "type": "string" }
            },
            "oneOf": [{ "required": ["feedback"] }, { "required": ["metric"] }],
            "anyOf": [{ "required": ["max_band"] }, { "required": ["max_score"] }]
          }
        },
        "gross_margin": { "type": "number", "minimum": 0, "maximum": 1 },
        "discount_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }
      }
    },
    "alert_rules": {
      "description": "Early-warning rules for csw alerts (docs/ALERTS.md). Without this list csw uses its defaults.",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "kind", "severity"],
        "additionalProperties": false,
        "properties": {
          "id": { "description": "The rule's name, part of every alert id it raises.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" },
          "kind": { "description": "What the rule checks.", "enum": ["health_below", "health_drop", "consecutive_declines", "nps_detractor", "critical_feedback", "support_tickets", "renewal_risk", "renewal_overdue", "stale_data", "data_missing", "feedback_escalation"] },
          "severity": { "enum": ["low", "medium", "high", "critical"] },
          "owner": { "description": "Who acts on the alert; the customer's CSM when absent.", "type": "string", "minLength": 1 },
          "threshold": { "description": "health_below: the score; health_drop: points; nps_detractor: the highest detractor NPS; support_tickets: tickets; feedback_escalation: the sentiment (−1…1) at or below which feedback escalates.", "type": "number", "minimum": -1000000, "maximum": 1000000 },
          "window_days": { "description": "health_drop: the period; renewal_risk: days before renewal; renewal_overdue: days of grace after it; stale_data: days without metrics; feedback_escalation: how recent the feedback is.", "type": "integer", "minimum": 1, "maximum": 36500 },
          "cooldown_days": { "description": "A notification for the same alert is not repeated within this many days.", "type": "integer", "minimum": 0, "maximum": 36500 },
          "dedupe": { "description": "What makes two firings the same alert: subject (one per customer and rule, or per feedback note or renewal date; the default), month or week (a new alert each period while the condition lasts).", "enum": ["subject", "month", "week"] },
          "description": { "type": "string" }
        }
      }
    },
    "playbooks": { "type": "object" },
    "product_catalog": {
      "description": "The modules a customer can buy, for csw expansion (docs/REVENUE.md).",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "name", "unit", "price"],
        "additionalProperties": false,
        "properties": {
          "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" },
          "name": { "type": "string", "minLength": 1 },
          "unit": { "enum": ["seat", "bed", "facility"] },
          "price": { "description": "Annual price per unit.", "type": "number", "minimum": 0, "maximum": 1000000000000 },
          "segments": { "description": "organization_type values it fits (empty: every segment).", "type": "array", "items": { "type": "string" }, "uniqueItems": true },
          "specialties": { "description": "clinical_specialty values it fits (empty or absent: every specialty).", "type": "array", "items": { "type": "string" }, "uniqueItems": true },
          "prerequisites": { "description": "Products a customer must own first.", "type": "array", "items": { "type": "string" }, "uniqueItems": true }
        }
      }
    },
    "workload": {
      "description": "How much work an account is, for csw workload (docs/WORKLOAD.md).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "tier_weights": { "description": "Load per account by tier (a mid-market account counts 1).", "type": "object", "additionalProperties": { "type": "number", "minimum": 0, "maximum": 1000000 } },
        "arr_unit": { "description": "ARR adds arr_weight per this much contract value.", "type": "number", "exclusiveMinimum": 0, "maximum": 1000000000000 },
        "arr_weight": { "type": "number", "minimum": 0, "maximum": 1000000 },
        "at_risk_weight": { "description": "Added for an account at risk (band at_risk, or churn at least 50%).", "type": "number", "minimum": 0, "maximum": 1000000 },
        "over_capacity": { "description": "Load ratio above which a CSM is over capacity.", "type": "number", "exclusiveMinimum": 0, "maximum": 1000000 },
        "under_capacity": { "description": "Load ratio below which a CSM is under capacity.", "type": "number", "minimum": 0, "maximum": 1000000 }
      }
    },
    "hooks": {
      "description": "Notification hooks for csw run (docs/ALERTS.md). A webhook's URL is a secret: name the environment variable that holds it; never put the URL here.",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["name"],
        "additionalProperties": false,
        "properties": {
          "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" },
          "on": { "description": "Event kinds: alert.", "type": "array", "items": { "enum": ["alert"] }, "uniqueItems": true },
          "min_severity": { "enum": ["low", "medium", "high", "critical"] },
          "webhook_url_env": { "description": "The environment variable holding the webhook URL (or put it under webhooks in the untracked .csw/secrets.json).", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$" },
          "command": { "description": "A program and its arguments; it reads the event as JSON on standard input.", "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 },
          "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 300 },
          "retries": { "type": "integer", "minimum": 0, "maximum": 10 }
        },
        "oneOf": [{ "required": ["webhook_url_env"] }, { "required": ["command"] }]
      }
    },
    "access_policy": {
      "description": "Who may change what (docs/SECURITY.md): git identities (emails) by role; csw audit and csw sync enforce it.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "roles": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "admin": { "$ref": "#/$defs/identities" },
            "manager": { "$ref": "#/$defs/identities" },
            "csm": { "$ref": "#/$defs/identities" },
            "viewer": { "$ref": "#/$defs/identities" }
          }
        },
        "identities": {
          "description": "Further git emails of a CSM of the roster, by CSM id (the roster's email counts already).",
          "type": "object",
          "additionalProperties": { "$ref": "#/$defs/identities" }
        },
        "require_signed_commits": { "description": "Every commit that changes something must carry a good signature by its author's key: csw audit and csw sync verify it (ssh-keygen against allowed_signers, gpgv against gpg_keyring).", "type": "boolean" },
        "allowed_signers": { "description": "Workspace path of the SSH signers file (git's allowed-signers format: email key-type key); read from the commit whose policy applies; only admins change it.", "type": "string", "minLength": 1, "maxLength": 255 },
        "gpg_keyring": { "description": "Workspace path of a binary OpenPGP keyring (gpg --export) GPG signatures are verified against with gpgv; only admins change it.", "type": "string", "minLength": 1, "maxLength": 255 }
      }
    },
    "limits": {
      "description": "What csw refuses to read (docs/SECURITY.md).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "max_file_bytes": { "description": "Files larger than this are reported (CSW0505), not read (default 67108864, 64 MiB; at most 1073741824, 1 GiB, so a pulled csw.json cannot lift the guard).", "type": "integer", "minimum": 1024, "maximum": 1073741824 }
      }
    },
    "phi": {
      "description": "The patient-data guard (docs/SECURITY.md).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "severity": { "description": "How csw validate reports a possible identifier (default error; commit and sync refuse either way unless allowed).", "enum": ["error", "warning", "off"] },
        "allow": {
          "description": "Reviewed false alarms: the file and a keyed fingerprint of the span (HMAC-SHA256 under the workspace's .csw/phi-key; never the span itself), written by csw phi allow.",
          "type": "array",
          "items": {
            "type": "object",
            "required": ["path", "reason"],
            "additionalProperties": false,
            "properties": {
              "path": { "type": "string", "minLength": 1 },
              "fingerprint": { "description": "HMAC-SHA256 of the span under the workspace's PHI key (first 128 bits, hex).", "type": "string", "pattern": "^[0-9a-f]{32}$" },
              "key_id": { "description": "Names the PHI key the fingerprint was made under (an HMAC of a constant), never the key.", "type": "string", "pattern": "^[0-9a-f]{16}$" },
              "hash": { "description": "Old form (an unkeyed hash): no longer honoured; review the finding again.", "type": "string", "pattern": "^[0-9a-f]{16}$" },
              "type": { "type": "string" },
              "reason": { "type": "string", "minLength": 1 },
              "reviewed_by": { "type": "string" },
              "date": { "$ref": "common.schema.json#/$defs/date" }
            }
          }
        }
      }
    },
    "reports": {
      "description": "Reports and the dashboard (docs/REPORTS.md).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "allow_scripts": { "description": "Let the team's own templates write script into HTML pages (<script>, on* attributes, javascript: URLs). Off by default: csw refuses such a page. Values from the workspace are escaped either way.", "type": "boolean" }
      }
    },
    "reviews": {
      "description": "Business reviews (docs/REPORTS.md).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "loaded_hourly_cost": { "description": "What an hour of clinician or staff time costs, fully loaded, in the workspace currency: time saved is valued at this rate (default 85).", "type": "number", "minimum": 0, "maximum": 1000000 }
      }
    },
    "sentiment": {
      "description": "Sentiment analysis of feedback (docs/FEEDBACK.md).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "lexicon": {
          "description": "Extra words or phrases (lower case) with their weights, −4 (very negative) to 4 (very positive); they replace built-in weights.",
          "type": "object",
          "propertyNames": { "pattern": "^[a-z0-9%' -]{1,60}$" },
          "additionalProperties": { "type": "number", "minimum": -4, "maximum": 4 }
        }
      }
    },
    "retention": {
      "description": "Data retention rules for csw retention plan/apply (docs/SECURITY.md, \"Data retention\"): each removes what it covers once older than its age, in one commit that names the rule.",
      "type": "array",
      "maxItems": 100,
      "items": {
        "type": "object",
        "required": ["name", "covers"],
        "additionalProperties": false,
        "properties": {
          "name": { "description": "The rule's name, cited by the commit that applies it.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" },
          "covers": { "description": "feedback, notes, reviews (whole files, by front matter date); tasks (lines of tasks.jsonl, by done_at or due); contacts (profile.json team members with left_on); notifications (lines of the untracked .csw/delivered.jsonl).", "enum": ["feedback", "notes", "reviews", "tasks", "contacts", "notifications"] },
          "older_than": { "description": "How old an item must be: whole days, months or years, such as 90d, 18m, 3y (a century at most). Required except for contacts (then: as soon as left_on has passed).", "type": "string", "pattern": "^([1-9][0-9]{0,4}d|[1-9][0-9]{0,3}m|[1-9][0-9]{0,2}y)$" },
          "kinds": { "description": "notes only: the front matter kinds covered (default: every note).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["meeting", "call", "email", "internal", "escalation", "other"] } },
          "status": { "description": "tasks only: the statuses covered (default: done and skipped).", "anyOf": [{ "enum": ["open", "done", "skipped"] }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["open", "done", "skipped"] } }] },
          "description": { "type": "string" }
        },
        "if": { "properties": { "covers": { "const": "contacts" } } },
        "else": { "required": ["older_than"] }
      }
    }
  },
  "$defs": {
    "identities": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true },
    "weights": {
      "type": "object",
      "additionalProperties": { "type": "number", "minimum": 0, "maximum": 1000 }
    },
    "measure": {
      "description": "How a metric scores 0–100: linearly from poor (0) to good (100), clamped.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "weight": { "description": "Its weight beside the others (default 0: declared but not counted).", "type": "number", "minimum": 0, "maximum": 1000 },
        "direction": { "description": "higher (the default) or lower is better; with lower, poor is above good.", "enum": ["higher", "lower"] },
        "poor": { "description": "The value that scores 0.", "type": "number" },
        "good": { "description": "The value that scores 100.", "type": "number" },
        "window": { "description": "latest (the default): the newest fresh value; mean: the mean of the fresh values.", "enum": ["latest", "mean"] },
        "fresh_days": { "description": "Days a value stays fresh (default 180; at most 365, the scores' look-back).", "type": "integer", "minimum": 1, "maximum": 365 },
        "missing": { "enum": ["omit", "zero", "carry_last"] }
      }
    }
  }
}

"""####),
        ("enhancement.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Product enhancement front matter",
  "description": "The YAML front matter of enhancements/<name>.md: a product change customers asked for. Feedback notes link to it with enhancement: <name>.",
  "type": "object",
  "required": ["title", "status"],
  "additionalProperties": false,
  "properties": {
    "title": { "type": "string", "minLength": 1 },
    "status": { "enum": ["proposed", "accepted", "in_development", "shipped", "declined"] },
    "product": { "description": "The catalog product it changes.", "type": "string" },
    "owner": { "description": "The product manager or CSM who follows it.", "type": "string" },
    "created": { "$ref": "common.schema.json#/$defs/date" },
    "shipped": { "description": "When it shipped: csw run then gives each customer who asked a follow-up task.", "$ref": "common.schema.json#/$defs/date" },
    "release": { "type": "string" },
    "tags": { "$ref": "common.schema.json#/$defs/tags" }
  }
}

"""####),
        ("feedback.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Feedback note front matter",
  "description": "The YAML front matter of customers/<ID>/feedback/*.md.",
  "type": "object",
  "required": ["date", "channel", "type"],
  "additionalProperties": false,
  "properties": {
    "date": { "$ref": "common.schema.json#/$defs/date" },
    "channel": { "enum": ["survey", "nps", "ticket", "call", "email", "community", "review"] },
    "type": { "description": "patient_safety: a report of harm or a near miss involving the product (open and critical, it caps health: docs/SCORING.md).", "enum": ["praise", "complaint", "feature_request", "bug", "question", "patient_safety"] },
    "author": { "$ref": "common.schema.json#/$defs/csm_id" },
    "contact": { "type": "string" },
    "score": { "description": "A rating given with the feedback (NPS 0–10 or survey score).", "type": "number", "minimum": 0, "maximum": 10 },
    "severity": { "enum": ["low", "medium", "high", "critical"] },
    "status": { "enum": ["new", "triaged", "planned", "in_progress", "shipped", "declined", "closed"] },
    "product": { "type": "string" },
    "tags": { "$ref": "common.schema.json#/$defs/tags" },
    "enhancement": { "description": "The enhancement this feedback asks for or is about: the name of enhancements/<name>.md.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$" }
  }
}

"""####),
        ("knowledge.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Community knowledge article front matter",
  "description": "The YAML front matter of community/knowledge/<name>.md: a best practice shared in the customer community.",
  "type": "object",
  "required": ["title", "date"],
  "additionalProperties": false,
  "properties": {
    "title": { "type": "string", "minLength": 1 },
    "date": { "$ref": "common.schema.json#/$defs/date" },
    "specialty": { "description": "The clinical specialty it is for (as in team members' specialty).", "type": "string" },
    "tags": { "$ref": "common.schema.json#/$defs/tags" },
    "author": { "description": "The CSM who wrote it up.", "$ref": "common.schema.json#/$defs/csm_id" },
    "contributors": {
      "description": "Community members who shared the practice; a name is shown only while that person's consent stands.",
      "type": "array",
      "items": {
        "type": "object",
        "required": ["customer_id", "name"],
        "additionalProperties": false,
        "properties": { "customer_id": { "$ref": "common.schema.json#/$defs/customer_id" }, "name": { "type": "string", "minLength": 1 } }
      }
    }
  }
}

"""####),
        ("mentorships.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Mentorship pairs",
  "description": "community/mentorships.json: mentorship pairs, as recorded by csw community match --apply.",
  "type": "array",
  "items": {
    "type": "object",
    "required": ["mentor", "mentee", "since"],
    "additionalProperties": false,
    "properties": {
      "mentor": { "$ref": "#/$defs/person" },
      "mentee": { "$ref": "#/$defs/person" },
      "since": { "$ref": "common.schema.json#/$defs/date" },
      "score": { "type": "number", "minimum": 0, "maximum": 1 },
      "reason": { "type": "string" },
      "status": { "enum": ["active", "ended"] }
    }
  },
  "$defs": {
    "person": {
      "type": "object",
      "required": ["customer_id", "name"],
      "additionalProperties": false,
      "properties": { "customer_id": { "$ref": "common.schema.json#/$defs/customer_id" }, "name": { "type": "string", "minLength": 1 } }
    }
  }
}

"""####),
        ("metric-snapshot.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Metric snapshot",
  "description": "One line of customers/<ID>/metrics.jsonl: the customer's metrics on one date. Everything but the date is optional; fields not listed here must be declared in csw.json custom_metrics.",
  "type": "object",
  "required": ["date"],
  "minProperties": 2,
  "additionalProperties": false,
  "properties": {
    "date": { "$ref": "common.schema.json#/$defs/date" },
    "usage_percentage": { "description": "Share of licensed capacity in use, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "clinical_outcome_improvement": { "description": "Improvement of the tracked clinical outcome, in percent.", "type": "number", "minimum": -1000000, "maximum": 1000000 },
    "user_adoption_rate": { "description": "Share of licensed users active, 0–1.", "type": "number", "minimum": 0, "maximum": 1 },
    "support_ticket_volume": { "description": "Support tickets opened in the period.", "type": "integer", "minimum": 0, "maximum": 10000000 },
    "nps_score": { "description": "Net promoter rating, 0–10.", "type": "number", "minimum": 0, "maximum": 10 },
    "engagement_level": { "description": "Engagement with the CSM and programme, 0–1.", "type": "number", "minimum": 0, "maximum": 1 },
    "clinical_efficiency_gain": { "description": "Workflow efficiency gain, in percent.", "type": "number", "minimum": -1000000, "maximum": 1000000 },
    "cost_reduction": { "description": "Operational cost reduction, in percent.", "type": "number", "minimum": -1000000, "maximum": 1000000 },
    "compliance_score": { "description": "Regulatory compliance score, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "staff_satisfaction": { "description": "Clinical staff satisfaction, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "patient_satisfaction": { "description": "Patient experience score, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "roi_percentage": { "description": "Return on the customer's investment, in percent.", "type": "number", "minimum": -1000000, "maximum": 1000000 },
    "implementation_success_rate": { "description": "Share of implementation milestones met, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "workflow_adoption": { "description": "Share of target workflows using the product, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "competitive_pressure": { "description": "Estimated pressure from competitors, 0–1.", "type": "number", "minimum": 0, "maximum": 1 },
    "roi_concerns": { "description": "The customer has raised doubts about value.", "type": "boolean" },
    "clinical_outcome_trend": { "enum": ["improving", "stable", "declining"] },
    "executive_engagement": { "description": "Executive sponsor engagement, 0–1.", "type": "number", "minimum": 0, "maximum": 1 },
    "patient_safety_events": { "description": "Patient-safety events involving the product in the period (reported near misses and harm events, e.g. a missed or late alert); lower is better, the KPI target is 0.", "type": "integer", "minimum": 0, "maximum": 100000 },
    "active_users": { "type": "integer", "minimum": 0, "maximum": 10000000 },
    "critical_tickets": { "description": "Support tickets of critical severity in the period.", "type": "integer", "minimum": 0, "maximum": 10000000 },
    "time_saved_hours": { "description": "Clinician and staff hours saved in the period (the framework's review data; csw review prepare values them at csw.json's reviews.loaded_hourly_cost).", "type": "number", "minimum": 0, "maximum": 1000000000 },
    "projected_savings": { "description": "Annual savings the customer projects from the product, in the workspace currency (the framework's review data).", "type": "number", "minimum": 0, "maximum": 1000000000000 },
    "source": { "description": "Where the numbers came from (product_analytics, survey, manual, …).", "type": "string" },
    "note": { "type": "string" }
  }
}

"""####),
        ("note.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Account note front matter",
  "description": "The YAML front matter of customers/<ID>/notes/*.md.",
  "type": "object",
  "required": ["date"],
  "additionalProperties": false,
  "properties": {
    "date": { "$ref": "common.schema.json#/$defs/date" },
    "title": { "type": "string" },
    "author": { "$ref": "common.schema.json#/$defs/csm_id" },
    "kind": { "enum": ["meeting", "call", "email", "internal", "escalation", "other"] },
    "tags": { "$ref": "common.schema.json#/$defs/tags" }
  }
}

"""####),
        ("opportunity.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Expansion opportunity",
  "description": "One line of customers/<ID>/opportunities.jsonl: an expansion opportunity a CSM took up (csw opportunity add), with its stage.",
  "type": "object",
  "required": ["id", "type", "amount", "stage", "owner", "expected_close", "created"],
  "additionalProperties": false,
  "properties": {
    "id": { "type": "string", "pattern": "^O-[0-9a-f]{12}$" },
    "type": { "enum": ["seat_upsell", "cross_sell", "tier_upgrade", "new_facility", "other"] },
    "product": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" },
    "amount": { "description": "Annual contract value it adds.", "type": "number", "minimum": 0, "maximum": 1000000000000 },
    "stage": { "enum": ["identified", "qualified", "proposed", "negotiation", "won", "lost"] },
    "owner": { "type": "string", "minLength": 1 },
    "expected_close": { "$ref": "common.schema.json#/$defs/date" },
    "created": { "$ref": "common.schema.json#/$defs/date" },
    "updated": { "$ref": "common.schema.json#/$defs/date" },
    "closed": { "$ref": "common.schema.json#/$defs/date" },
    "note": { "type": "string" }
  }
}

"""####),
        ("playbook.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Playbook front matter",
  "description": "The YAML front matter of playbooks/NAME.md: when the playbook fits a customer and the steps it turns into tasks (docs/PLAYBOOKS.md).",
  "type": "object",
  "required": ["title", "type", "trigger", "steps"],
  "additionalProperties": false,
  "properties": {
    "title": { "type": "string", "minLength": 3 },
    "type": { "description": "What the campaign is for.", "enum": ["retention", "expansion", "onboarding", "renewal", "adoption"] },
    "summary": { "type": "string" },
    "trigger": {
      "description": "When csw recommends it: any listed churn driver among the customer's top drivers, or any listed alert rule firing; tiers and segments narrow it down.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "drivers": { "type": "array", "items": { "enum": ["health_gap", "trend_30d", "nps_detractor", "support_load", "renewal_within_90d", "tenure_years", "roi_concerns", "competitive_pressure", "workflow_adoption_gap", "staff_satisfaction_gap", "outcomes_declining"] }, "uniqueItems": true },
        "alert_rules": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true },
        "tiers": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true },
        "segments": { "description": "organization_type values.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true },
        "min_churn": { "description": "Only when churn probability is at least this.", "type": "number", "minimum": 0, "maximum": 1 },
        "days_before_renewal": { "description": "Renewal playbooks: start this many days before the renewal date.", "type": "integer", "minimum": 1, "maximum": 3650 }
      }
    },
    "auto_start": { "description": "csw run starts it by itself when the trigger holds.", "type": "boolean" },
    "steps": {
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "object",
        "required": ["title", "owner_role", "day"],
        "additionalProperties": false,
        "properties": {
          "title": { "type": "string", "minLength": 3 },
          "owner_role": { "description": "csm (the customer's CSM), or a role such as exec_sponsor, clinical_lead, support, sales.", "type": "string", "minLength": 1 },
          "day": { "description": "Days after the start when the step is due.", "type": "integer", "minimum": 0, "maximum": 3650 }
        }
      }
    },
    "tags": { "$ref": "common.schema.json#/$defs/tags" }
  }
}

"""####),
        ("profile.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Customer profile",
  "description": "customers/<CUSTOMER_ID>/profile.json: who the customer is, what they bought and who looks after them. The framework's customer record loads as it is.",
  "type": "object",
  "required": ["customer_id", "organization_name", "tier", "csm_assigned", "contract_start", "contract_value"],
  "additionalProperties": false,
  "properties": {
    "$schema": { "type": "string" },
    "customer_id": { "$ref": "common.schema.json#/$defs/customer_id" },
    "organization_name": { "type": "string", "minLength": 1 },
    "tier": { "enum": ["strategic", "enterprise", "mid_market", "smb"] },
    "segment": { "$ref": "common.schema.json#/$defs/segment" },
    "primary_contact": { "type": "string" },
    "email": { "type": "string", "format": "email" },
    "csm_assigned": { "$ref": "common.schema.json#/$defs/csm_id" },
    "contract_start": { "$ref": "common.schema.json#/$defs/date" },
    "contract_end": { "$ref": "common.schema.json#/$defs/date" },
    "renewal_date": { "$ref": "common.schema.json#/$defs/date" },
    "contract_value": {
      "description": "Annual contract value in the workspace currency, as a plain number (500000, not \"500k\"); at most 10^12.",
      "type": "number",
      "minimum": 0,
      "maximum": 1000000000000
    },
    "status": {
      "description": "Where the customer is in its life cycle. Absent means active.",
      "enum": ["onboarding", "active", "paused", "churned"]
    },
    "churn_date": { "$ref": "common.schema.json#/$defs/date" },
    "churn_reason": { "type": "string" },
    "products": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/product" } },
    "team_members": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/team_member" } },
    "crm_ids": {
      "description": "This customer's ids in other systems, by system name (salesforce, hubspot, …).",
      "type": "object",
      "additionalProperties": { "type": "string", "minLength": 1 }
    },
    "crm_synced": {
      "description": "Written by csw import crm, by system: when the CRM's record was last modified and the values the import took from it. The next import compares against these to tell a CSM's change from the CRM's.",
      "type": "object",
      "additionalProperties": {
        "type": "object",
        "properties": {
          "record_modified": { "type": "string", "format": "date-time" },
          "values": { "type": "object" }
        },
        "required": ["values"],
        "additionalProperties": false
      }
    },
    "tags": { "$ref": "common.schema.json#/$defs/tags" }
  }
}

"""####),
        ("review.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Business review note front matter",
  "description": "The YAML front matter of customers/<ID>/reviews/*.md.",
  "type": "object",
  "required": ["date", "type"],
  "additionalProperties": false,
  "properties": {
    "date": { "$ref": "common.schema.json#/$defs/date" },
    "type": { "enum": ["annual_business_review", "quarterly_business_review", "executive_business_review"] },
    "status": { "enum": ["planned", "held", "cancelled"] },
    "author": { "$ref": "common.schema.json#/$defs/csm_id" },
    "attendees": { "type": "array", "items": { "type": "string", "minLength": 1 } },
    "next_review": { "$ref": "common.schema.json#/$defs/date" },
    "tags": { "$ref": "common.schema.json#/$defs/tags" },
    "period": { "description": "The period the review covers, FROM..TO (written by csw review prepare).", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}\\.\\.[0-9]{4}-[0-9]{2}-[0-9]{2}$" }
  }
}

"""####),
        ("score-override.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Health score override",
  "description": "customers/<ID>/score-override.json: a CSM's judgement that replaces the computed health score until it expires. csw shows both, side by side.",
  "type": "object",
  "required": ["score", "author", "reason", "expires"],
  "additionalProperties": false,
  "properties": {
    "$schema": { "type": "string" },
    "score": { "description": "The health score to use instead, 0–100.", "type": "number", "minimum": 0, "maximum": 100 },
    "author": { "$ref": "common.schema.json#/$defs/csm_id" },
    "reason": { "description": "Why the computed score is wrong for now, in a sentence.", "type": "string", "minLength": 5 },
    "expires": { "$ref": "common.schema.json#/$defs/date" },
    "created": { "$ref": "common.schema.json#/$defs/date" }
  }
}

"""####),
        ("score-record.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Score record",
  "description": "One line of customers/<ID>/scores.jsonl, appended by 'csw score --record': the audit trail of score calculations.",
  "type": "object",
  "required": ["as_of", "health_score", "band", "churn_probability", "model_version", "inputs"],
  "additionalProperties": false,
  "properties": {
    "as_of": { "$ref": "common.schema.json#/$defs/date" },
    "health_score": { "description": "null when fresh data covered less of the model than its minimum (band insufficient_data) or the customer has churned without enough data.", "type": ["number", "null"], "minimum": 0, "maximum": 100 },
    "band": { "enum": ["healthy", "watch", "at_risk", "insufficient_data", "churned"] },
    "coverage": { "description": "The share (0–1) of the model's weight covered by fresh data.", "type": "number", "minimum": 0, "maximum": 1 },
    "churn_probability": { "type": ["number", "null"], "minimum": 0, "maximum": 1 },
    "expansion_potential": { "type": ["number", "null"], "minimum": 0, "maximum": 100 },
    "lifetime_value": { "type": ["number", "null"], "minimum": 0, "maximum": 1000000000000000 },
    "override": { "type": ["number", "null"] },
    "model_version": { "type": "string" },
    "inputs": { "description": "FNV-1a digest of the profile, metrics and override bytes the score was computed from.", "type": "string" },
    "revision": { "description": "The git commit the inputs were read from, when scored with --at.", "type": "string" },
    "author": { "type": "string" }
  }
}

"""####),
        ("task.schema.json", ####"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Task",
  "description": "One line of customers/<ID>/tasks.jsonl: a step of a campaign (csw playbook start) or an action csw run created, with who finished or skipped it and when.",
  "type": "object",
  "required": ["id", "title", "owner", "due", "status", "source", "created"],
  "additionalProperties": false,
  "properties": {
    "id": { "description": "Stable: the same source, title and start give the same id, so nothing is created twice.", "type": "string", "pattern": "^T-[0-9a-f]{12}$" },
    "title": { "type": "string", "minLength": 3 },
    "owner": { "description": "A CSM id, or a role (exec_sponsor, clinical_lead, …).", "type": "string", "minLength": 1 },
    "due": { "$ref": "common.schema.json#/$defs/date" },
    "status": { "enum": ["open", "done", "skipped"] },
    "source": { "description": "playbook:NAME, run:review-prep, run:critical-feedback or manual.", "type": "string", "minLength": 1 },
    "campaign": { "description": "NAME@START for the steps of one run of a playbook.", "type": "string" },
    "created": { "$ref": "common.schema.json#/$defs/date" },
    "done_by": { "type": "string" },
    "done_at": { "$ref": "common.schema.json#/$defs/date" },
    "reason": { "description": "Why it was skipped, or a note on how it was done.", "type": "string" }
  }
}

"""####),
    ]
}
