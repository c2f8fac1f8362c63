// Generated from workspace-template/ by Tests/CSWCoreTests/EmbeddedFilesTests.swift — do not edit.
// Re-create with: CSW_RECORD_EMBEDDED=1 swift test --filter EmbeddedFilesTests

enum EmbeddedTemplate {
    static let files: [(path: String, text: String)] = [
        ("community/knowledge/ambient-documentation-first-90-days.md", ####"""
---
title: The first 90 days of ambient documentation in clinics
date: 2025-07-08
specialty: family_medicine
tags: [ambient, documentation_burden, physician_wellbeing]
author: luis.fernandez
contributors:
  - customer_id: CLN_005
    name: Dr. Hannah Velasquez
  - customer_id: HS_010
    name: Jenna Holt
---
Start with the physicians who chart after hours, pair each with a champion for two
weeks, and measure time-in-notes before and after; share the numbers at the next
staff meeting.

"""####),
        ("community/knowledge/night-shift-sepsis-alert-tuning.md", ####"""
---
title: Tuning sepsis alerts for night shift without losing sensitivity
date: 2025-06-02
specialty: nursing_informatics
tags: [sepsis, alert-fatigue, nurse_workflow]
author: mike.smith
contributors:
  - customer_id: HOSP_001
    name: Angela Brooks, RN
  - customer_id: HOSP_001
    name: Tom Reyes
---
Suppress the first 24 post-operative hours on surgical units, review the lactate
trigger with the clinical science team, and report dismissals by unit every week.
Metro cut low-acuity night alerts by a third and kept its catch rate.

"""####),
        ("community/knowledge/sepsis-bundle-huddles.md", ####"""
---
title: Daily sepsis bundle huddles that stick
date: 2025-01-20
specialty: critical_care
tags: [sepsis, sepsis_bundles, quality_improvement]
author: dana.okafor
contributors:
  - customer_id: HS_004
    name: Dr. Paul Andersen
  - customer_id: CH_003
    name: Rachel Ng, RN
---
Ten minutes at shift change: yesterday's alerts, which bundles were late and why, and
one named owner per fix. Summit's ICU moved three-hour bundle compliance from 61%
to 84% in six months.

"""####),
        ("community/knowledge/stroke-triage-worklist.md", ####"""
---
title: Putting suspected strokes first on the radiology worklist
date: 2024-10-15
specialty: radiology
tags: [imaging_ai, stroke_triage, worklist_design]
author: priya.raman
contributors:
  - customer_id: AMC_002
    name: Dr. Ravi Menon
---
Flag suspected large-vessel occlusions to the top of the worklist and page the
stroke team from the flag, not from the final read. Northgate cut door-to-read by
twenty minutes.

"""####),
        ("csw.json", ####"""
{
  "$schema": "./schemas/csw.schema.json",
  "name": "Northwind Clinical AI — Customer Success",
  "format_version": 1,
  "currency": "USD",
  "kpi_targets": {
    "clinical_outcome_improvement": 15,
    "clinical_efficiency_gain": 20,
    "cost_reduction": 12,
    "compliance_score": 95,
    "staff_satisfaction": 85,
    "patient_satisfaction": 88,
    "roi_percentage": 25,
    "implementation_success_rate": 90
  },
  "csms": [
    {
      "id": "mike.smith",
      "name": "Mike Smith",
      "email": "mike.smith@northwind-ai.example",
      "capacity": 12,
      "team": "Health Systems"
    },
    {
      "id": "priya.raman",
      "name": "Priya Raman",
      "email": "priya.raman@northwind-ai.example",
      "capacity": 10,
      "team": "Academic & Strategic"
    },
    {
      "id": "dana.okafor",
      "name": "Dana Okafor",
      "email": "dana.okafor@northwind-ai.example",
      "capacity": 14,
      "team": "Community & Rural"
    },
    {
      "id": "luis.fernandez",
      "name": "Luis Fernandez",
      "email": "luis.fernandez@northwind-ai.example",
      "capacity": 12,
      "team": "Payer & Ambulatory"
    }
  ],
  "custom_metrics": {
    "sepsis_alerts_reviewed": {
      "type": "integer",
      "minimum": 0,
      "unit": "alerts",
      "description": "Sepsis early-warning alerts acknowledged and reviewed by a clinician during the month."
    }
  },
  "product_catalog": [
    {"id": "clinical-decision-support", "name": "Clinical decision support", "unit": "seat", "price": 900, "segments": ["health_system", "academic_medical_center", "community_hospital", "clinic_group"]},
    {"id": "sepsis-early-warning", "name": "Sepsis early warning", "unit": "bed", "price": 350, "segments": ["health_system", "academic_medical_center", "community_hospital", "critical_access_hospital"]},
    {"id": "imaging-triage", "name": "Imaging AI triage", "unit": "facility", "price": 60000, "segments": ["health_system", "academic_medical_center", "community_hospital"], "prerequisites": ["clinical-decision-support"]},
    {"id": "care-gap-analytics", "name": "Care-gap analytics", "unit": "facility", "price": 25000, "segments": ["payer", "health_system", "clinic_group"]},
    {"id": "population-health", "name": "Population health management", "unit": "seat", "price": 1200, "segments": ["payer", "health_system"], "prerequisites": ["care-gap-analytics"]},
    {"id": "ambient-documentation", "name": "Ambient clinical documentation", "unit": "seat", "price": 1500, "segments": []}
  ],
  "alert_rules": [
    {"id": "health-critical", "kind": "health_below", "severity": "critical", "threshold": 40, "cooldown_days": 7},
    {"id": "health-at-risk", "kind": "health_below", "severity": "high", "threshold": 50, "cooldown_days": 14},
    {"id": "health-drop", "kind": "health_drop", "severity": "high", "threshold": 10, "window_days": 30, "cooldown_days": 14},
    {"id": "declining-trend", "kind": "consecutive_declines", "severity": "medium", "cooldown_days": 30},
    {"id": "nps-detractor", "kind": "nps_detractor", "severity": "medium", "threshold": 6, "cooldown_days": 30},
    {"id": "critical-feedback", "kind": "critical_feedback", "severity": "critical", "cooldown_days": 3},
    {"id": "feedback-escalation", "kind": "feedback_escalation", "severity": "high", "threshold": -0.5, "window_days": 30, "cooldown_days": 7},
    {"id": "support-surge", "kind": "support_tickets", "severity": "medium", "threshold": 20, "cooldown_days": 14},
    {"id": "renewal-at-risk", "kind": "renewal_risk", "severity": "high", "window_days": 90, "cooldown_days": 14},
    {"id": "renewal-overdue", "kind": "renewal_overdue", "severity": "high", "cooldown_days": 7},
    {"id": "stale-data", "kind": "stale_data", "severity": "low", "window_days": 45, "cooldown_days": 30},
    {"id": "data-missing", "kind": "data_missing", "severity": "medium", "cooldown_days": 14}
  ]
}

"""####),
        ("customers/AMC_002/contracts.jsonl", ####"""
{"id": "K-0aadb0c1dfe022d4", "date": "2023-07-01", "event": "start", "arr": 1000000, "term_end": "2025-07-01", "author": "priya.raman"}
{"id": "K-faa80eb8f5d99e9e", "date": "2024-10-15", "event": "expansion", "amount": 150000, "product": "ambient-documentation", "author": "priya.raman", "note": "ambient notes for 100 more clinicians"}
{"id": "K-597308dc6ace5051", "date": "2025-07-01", "event": "renewal", "arr": 1150000, "term_end": "2026-07-01", "author": "priya.raman"}

"""####),
        ("customers/AMC_002/feedback/2024-02-06-ambient-residents-question.md", ####"""
---
date: 2024-02-06
channel: email
type: question
author: priya.raman
contact: Dr. Miriam Castellanos
severity: medium
status: closed
product: ambient-documentation
tags: [ambient, teaching-hospital, compliance]
---
Dr. Castellanos asked how ambient documentation attributes authorship when a
resident and an attending are both in the room. Riverbend's compliance office
needs the attending attestation to stay a separate, explicit step.

Confirmed that the draft note is always assigned to the signed-in user and that
attestation remains in the EHR. Sent the teaching-physician documentation brief
and set up a call with their compliance officer.

"""####),
        ("customers/AMC_002/feedback/2024-08-21-stroke-triage-praise.md", ####"""
---
date: 2024-08-21
channel: call
type: praise
author: priya.raman
contact: Dr. Ravi Menon
score: 10
status: closed
product: imaging-triage
tags: [imaging, stroke, reference]
---
Dr. Menon shared radiology's six-month review of imaging triage: suspected large
vessel occlusion studies now reach the top of the neuroradiology worklist in a
median of under two minutes, and door-to-notification time for the stroke team
has fallen by about a third. Radiologists no longer hunt for urgent studies
during overnight shifts.

He has presented the results at a regional radiology meeting and agreed to be a
reference for other academic centres.

"""####),
        ("customers/AMC_002/feedback/2025-03-11-nursing-flowsheet-request.md", ####"""
---
date: 2025-03-11
channel: call
type: feature_request
author: priya.raman
contact: Dr. Miriam Castellanos
status: planned
product: ambient-documentation
tags: [ambient, nursing, design-partner]
enhancement: nursing-flowsheet-capture
---
Nursing leadership on the medicine floors asked for ambient capture of nursing
assessments into flowsheet rows, not just physician notes. They see physicians
finishing notes earlier and want the same for admission assessments, which take
nurses 30 to 45 minutes each.

Logged as a feature request and linked to the nursing-documentation discovery
programme. Riverbend volunteered two units as design partners.

"""####),
        ("customers/AMC_002/feedback/2025-08-28-seat-limit-request.md", ####"""
---
date: 2025-08-28
channel: email
type: question
author: priya.raman
contact: Jordan Whitfield
severity: medium
status: in_progress
product: ambient-documentation
tags: [expansion, seats, licensing]
---
Email from Jordan Whitfield: every one of the 400 ambient seats is assigned and
departments have started sharing logins between shifts, which their security
team has flagged. Fourteen clinicians in cardiology and the ED are on an internal
waitlist.

Asked whether seats can be added mid-term and whether pricing steps down at 600
seats. Passed to the account executive; expansion proposal to follow.

"""####),
        ("customers/AMC_002/feedback/2025-10-09-nps-survey.md", ####"""
---
date: 2025-10-09
channel: nps
type: praise
author: priya.raman
contact: Dr. Miriam Castellanos
score: 10
status: closed
tags: [nps, expansion]
---
NPS 10 from the CMIO. Comment: "Both products are part of our operating model
now. The only frustration is that we cannot give it to everyone who wants it."

"""####),
        ("customers/AMC_002/metrics.jsonl", ####"""
{"date": "2023-12-01", "usage_percentage": 68.4, "clinical_outcome_improvement": 10.4, "user_adoption_rate": 0.63, "support_ticket_volume": 9, "nps_score": 8.2, "engagement_level": 0.74, "clinical_efficiency_gain": 13.4, "cost_reduction": 5.9, "compliance_score": 95.3, "staff_satisfaction": 80.6, "patient_satisfaction": 86.5, "roi_percentage": 16.8, "implementation_success_rate": 87.6, "workflow_adoption": 65.3, "competitive_pressure": 0.3, "roi_concerns": false, "executive_engagement": 0.84, "active_users": 252, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-01-01", "usage_percentage": 75.8, "clinical_outcome_improvement": 11.0, "user_adoption_rate": 0.66, "support_ticket_volume": 10, "nps_score": 8.5, "engagement_level": 0.74, "clinical_efficiency_gain": 14.3, "cost_reduction": 5.7, "compliance_score": 96.2, "staff_satisfaction": 80.0, "patient_satisfaction": 86.4, "roi_percentage": 15.9, "implementation_success_rate": 88.7, "workflow_adoption": 66.6, "competitive_pressure": 0.28, "roi_concerns": false, "executive_engagement": 0.82, "active_users": 265, "critical_tickets": 0, "source": "product_analytics", "note": "Ambient documentation live for 400 seats across ED, radiology and hospital medicine."}
{"date": "2024-02-01", "usage_percentage": 76.4, "clinical_outcome_improvement": 10.6, "user_adoption_rate": 0.7, "support_ticket_volume": 8, "nps_score": 8.5, "engagement_level": 0.74, "clinical_efficiency_gain": 14.7, "cost_reduction": 6.9, "compliance_score": 96.4, "staff_satisfaction": 79.0, "patient_satisfaction": 85.7, "roi_percentage": 16.5, "implementation_success_rate": 91.0, "workflow_adoption": 67.0, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.81, "active_users": 276, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-03-01", "usage_percentage": 80.1, "clinical_outcome_improvement": 11.5, "user_adoption_rate": 0.77, "support_ticket_volume": 10, "nps_score": 7.9, "engagement_level": 0.8, "clinical_efficiency_gain": 15.2, "cost_reduction": 7.3, "compliance_score": 96.4, "staff_satisfaction": 81.3, "patient_satisfaction": 86.5, "roi_percentage": 22.1, "implementation_success_rate": 92.9, "workflow_adoption": 70.3, "competitive_pressure": 0.29, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.8, "active_users": 309, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 79.5, "clinical_outcome_improvement": 13.3, "user_adoption_rate": 0.77, "support_ticket_volume": 7, "nps_score": 8.4, "engagement_level": 0.82, "clinical_efficiency_gain": 16.8, "cost_reduction": 8.7, "compliance_score": 98.1, "staff_satisfaction": 80.9, "patient_satisfaction": 86.9, "roi_percentage": 23.4, "implementation_success_rate": 94.4, "workflow_adoption": 74.4, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.85, "active_users": 308, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 81.2, "clinical_outcome_improvement": 13.8, "user_adoption_rate": 0.78, "support_ticket_volume": 7, "nps_score": 7.9, "engagement_level": 0.79, "clinical_efficiency_gain": 16.6, "cost_reduction": 8.8, "compliance_score": 97.1, "staff_satisfaction": 83.3, "patient_satisfaction": 86.8, "roi_percentage": 23.9, "implementation_success_rate": 94.7, "workflow_adoption": 73.5, "competitive_pressure": 0.31, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.79, "active_users": 312, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 81.7, "clinical_outcome_improvement": 15.2, "user_adoption_rate": 0.77, "support_ticket_volume": 4, "nps_score": 8.1, "engagement_level": 0.83, "clinical_efficiency_gain": 17.8, "cost_reduction": 9.6, "compliance_score": 97.5, "staff_satisfaction": 82.3, "patient_satisfaction": 87.9, "roi_percentage": 23.7, "implementation_success_rate": 96.4, "workflow_adoption": 75.8, "competitive_pressure": 0.25, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.82, "active_users": 306, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 81.6, "clinical_outcome_improvement": 15.5, "user_adoption_rate": 0.81, "support_ticket_volume": 7, "nps_score": 8.5, "engagement_level": 0.85, "clinical_efficiency_gain": 17.5, "cost_reduction": 9.4, "compliance_score": 96.8, "staff_satisfaction": 83.6, "patient_satisfaction": 88.3, "roi_percentage": 25.5, "implementation_success_rate": 96.6, "workflow_adoption": 79.8, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.81, "active_users": 324, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 85.4, "clinical_outcome_improvement": 16.5, "user_adoption_rate": 0.81, "support_ticket_volume": 5, "nps_score": 9.1, "engagement_level": 0.85, "clinical_efficiency_gain": 18.6, "cost_reduction": 10.4, "compliance_score": 97.5, "staff_satisfaction": 84.5, "patient_satisfaction": 88.8, "roi_percentage": 29.0, "implementation_success_rate": 96.8, "workflow_adoption": 80.3, "competitive_pressure": 0.23, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.88, "active_users": 324, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 85.7, "clinical_outcome_improvement": 16.5, "user_adoption_rate": 0.81, "support_ticket_volume": 5, "nps_score": 8.5, "engagement_level": 0.83, "clinical_efficiency_gain": 21.9, "cost_reduction": 11.6, "compliance_score": 97.3, "staff_satisfaction": 85.9, "patient_satisfaction": 89.9, "roi_percentage": 30.3, "implementation_success_rate": 96.8, "workflow_adoption": 82.5, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.86, "active_users": 325, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 86.8, "clinical_outcome_improvement": 17.1, "user_adoption_rate": 0.85, "support_ticket_volume": 4, "nps_score": 8.6, "engagement_level": 0.82, "clinical_efficiency_gain": 22.3, "cost_reduction": 12.0, "compliance_score": 97.3, "staff_satisfaction": 87.3, "patient_satisfaction": 88.4, "roi_percentage": 30.5, "implementation_success_rate": 96.5, "workflow_adoption": 87.6, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.87, "active_users": 338, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 85.8, "clinical_outcome_improvement": 16.9, "user_adoption_rate": 0.85, "support_ticket_volume": 3, "nps_score": 8.9, "engagement_level": 0.89, "clinical_efficiency_gain": 23.0, "cost_reduction": 12.8, "compliance_score": 96.9, "staff_satisfaction": 87.6, "patient_satisfaction": 87.0, "roi_percentage": 31.1, "implementation_success_rate": 96.8, "workflow_adoption": 83.9, "competitive_pressure": 0.23, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.87, "active_users": 341, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 88.4, "clinical_outcome_improvement": 18.0, "user_adoption_rate": 0.84, "support_ticket_volume": 4, "nps_score": 9.1, "engagement_level": 0.9, "clinical_efficiency_gain": 22.7, "cost_reduction": 11.8, "compliance_score": 97.0, "staff_satisfaction": 87.5, "patient_satisfaction": 87.4, "roi_percentage": 32.7, "implementation_success_rate": 98.3, "workflow_adoption": 84.9, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.87, "active_users": 336, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 90.9, "clinical_outcome_improvement": 18.4, "user_adoption_rate": 0.87, "support_ticket_volume": 6, "nps_score": 9.0, "engagement_level": 0.86, "clinical_efficiency_gain": 22.4, "cost_reduction": 13.1, "compliance_score": 96.9, "staff_satisfaction": 87.6, "patient_satisfaction": 89.3, "roi_percentage": 34.0, "implementation_success_rate": 98.4, "workflow_adoption": 87.2, "competitive_pressure": 0.22, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.86, "active_users": 346, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 91.6, "clinical_outcome_improvement": 19.9, "user_adoption_rate": 0.88, "support_ticket_volume": 3, "nps_score": 8.4, "engagement_level": 0.83, "clinical_efficiency_gain": 23.3, "cost_reduction": 13.3, "compliance_score": 96.8, "staff_satisfaction": 87.0, "patient_satisfaction": 89.5, "roi_percentage": 34.4, "implementation_success_rate": 97.8, "workflow_adoption": 87.4, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.89, "active_users": 350, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 91.8, "clinical_outcome_improvement": 19.6, "user_adoption_rate": 0.9, "support_ticket_volume": 5, "nps_score": 9.0, "engagement_level": 0.85, "clinical_efficiency_gain": 25.1, "cost_reduction": 13.3, "compliance_score": 97.5, "staff_satisfaction": 85.2, "patient_satisfaction": 89.2, "roi_percentage": 38.5, "implementation_success_rate": 98.6, "workflow_adoption": 89.8, "competitive_pressure": 0.15, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.91, "active_users": 360, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 88.9, "clinical_outcome_improvement": 21.2, "user_adoption_rate": 0.92, "support_ticket_volume": 4, "nps_score": 8.9, "engagement_level": 0.86, "clinical_efficiency_gain": 25.6, "cost_reduction": 14.0, "compliance_score": 96.7, "staff_satisfaction": 87.7, "patient_satisfaction": 89.7, "roi_percentage": 39.5, "implementation_success_rate": 98.7, "workflow_adoption": 92.2, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.89, "active_users": 369, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 92.2, "clinical_outcome_improvement": 21.2, "user_adoption_rate": 0.92, "support_ticket_volume": 5, "nps_score": 8.7, "engagement_level": 0.87, "clinical_efficiency_gain": 24.9, "cost_reduction": 14.5, "compliance_score": 97.4, "staff_satisfaction": 90.3, "patient_satisfaction": 90.6, "roi_percentage": 41.0, "implementation_success_rate": 99.4, "workflow_adoption": 91.2, "competitive_pressure": 0.16, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.89, "active_users": 367, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 91.8, "clinical_outcome_improvement": 21.2, "user_adoption_rate": 0.93, "support_ticket_volume": 5, "nps_score": 8.7, "engagement_level": 0.84, "clinical_efficiency_gain": 25.9, "cost_reduction": 14.2, "compliance_score": 97.3, "staff_satisfaction": 89.1, "patient_satisfaction": 90.4, "roi_percentage": 43.0, "implementation_success_rate": 99.6, "workflow_adoption": 91.5, "competitive_pressure": 0.14, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.85, "active_users": 373, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 95.4, "clinical_outcome_improvement": 21.9, "user_adoption_rate": 0.96, "support_ticket_volume": 7, "nps_score": 9.1, "engagement_level": 0.87, "clinical_efficiency_gain": 26.8, "cost_reduction": 15.5, "compliance_score": 97.7, "staff_satisfaction": 88.2, "patient_satisfaction": 91.1, "roi_percentage": 44.5, "implementation_success_rate": 99.0, "workflow_adoption": 90.0, "competitive_pressure": 0.17, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.85, "active_users": 383, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 96.2, "clinical_outcome_improvement": 22.6, "user_adoption_rate": 0.92, "support_ticket_volume": 3, "nps_score": 9.4, "engagement_level": 0.85, "clinical_efficiency_gain": 26.7, "cost_reduction": 16.1, "compliance_score": 97.6, "staff_satisfaction": 91.4, "patient_satisfaction": 91.0, "roi_percentage": 44.4, "implementation_success_rate": 99.3, "workflow_adoption": 92.8, "competitive_pressure": 0.14, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.95, "active_users": 371, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 96.7, "clinical_outcome_improvement": 22.3, "user_adoption_rate": 0.94, "support_ticket_volume": 4, "nps_score": 9.5, "engagement_level": 0.85, "clinical_efficiency_gain": 27.2, "cost_reduction": 15.4, "compliance_score": 97.6, "staff_satisfaction": 91.5, "patient_satisfaction": 92.2, "roi_percentage": 43.7, "implementation_success_rate": 99.3, "workflow_adoption": 93.9, "competitive_pressure": 0.17, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.91, "active_users": 376, "critical_tickets": 0, "source": "product_analytics", "note": "Seats effectively full: departments are sharing logins and 14 clinicians are on a waitlist; expansion proposal requested."}
{"date": "2025-10-01", "usage_percentage": 93.7, "clinical_outcome_improvement": 22.1, "user_adoption_rate": 0.94, "support_ticket_volume": 3, "nps_score": 9.6, "engagement_level": 0.89, "clinical_efficiency_gain": 27.9, "cost_reduction": 16.0, "compliance_score": 97.7, "staff_satisfaction": 89.6, "patient_satisfaction": 90.2, "roi_percentage": 45.4, "implementation_success_rate": 98.5, "workflow_adoption": 91.8, "competitive_pressure": 0.14, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.91, "active_users": 374, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-11-01", "usage_percentage": 93.9, "clinical_outcome_improvement": 23.1, "user_adoption_rate": 0.95, "support_ticket_volume": 3, "nps_score": 9.3, "engagement_level": 0.9, "clinical_efficiency_gain": 28.3, "cost_reduction": 16.1, "compliance_score": 98.0, "staff_satisfaction": 90.7, "patient_satisfaction": 91.2, "roi_percentage": 50.0, "implementation_success_rate": 100.0, "workflow_adoption": 91.0, "competitive_pressure": 0.11, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.95, "active_users": 383, "critical_tickets": 0, "source": "product_analytics"}

"""####),
        ("customers/AMC_002/notes/2025-09-04-expansion-opportunity.md", ####"""
---
date: 2025-09-04
title: "Expansion opportunity: ambient seats and affiliate imaging"
author: priya.raman
kind: internal
tags: [expansion, ambient, imaging]
---
Riverbend is at 96% usage with 376 of 400 ambient seats active and a waitlist.
Every KPI beats target, NPS is 9.5 and the CMIO is asking for more seats
unprompted. This is the clearest expansion signal in the book.

Opportunity: 200 ambient seats (cardiology, ED overflow, ambulatory medicine) and
imaging triage at the two affiliated hospitals. Account executive engaged; value
model to be built with Lena Park's team so the price is tied to measured
documentation time saved.

"""####),
        ("customers/AMC_002/profile.json", ####"""
{
  "customer_id": "AMC_002",
  "organization_name": "Riverbend University Medical Center",
  "tier": "strategic",
  "segment": {
    "segment_name": "Academic Medical Center",
    "organization_type": "academic_medical_center",
    "size_category": "large",
    "clinical_specialty": "radiology_and_emergency_medicine",
    "geographic_region": "northeast",
    "maturity_level": "mature",
    "tech_adoption": "progressive"
  },
  "primary_contact": "Dr. Miriam Castellanos",
  "email": "miriam.castellanos@riverbend-umc.example",
  "csm_assigned": "priya.raman",
  "contract_start": "2023-07-01",
  "contract_value": 1150000,
  "team_members": [
    {
      "name": "Dr. Miriam Castellanos",
      "title": "Chief Medical Information Officer",
      "specialty": "emergency_medicine",
      "expertise_areas": [
        "clinical_informatics",
        "ai_governance"
      ],
      "email": "miriam.castellanos@riverbend-umc.example",
      "role": "executive_sponsor",
      "community_consent": true,
      "community_consent_date": "2024-03-12"
    },
    {
      "name": "Dr. Ravi Menon",
      "title": "Vice Chair of Radiology",
      "specialty": "radiology",
      "expertise_areas": [
        "imaging_ai",
        "stroke_triage",
        "worklist_design"
      ],
      "email": "ravi.menon@riverbend-umc.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-03-12"
    },
    {
      "name": "Grace Liang, RN",
      "title": "Director of Nursing Practice",
      "specialty": "nursing",
      "expertise_areas": [
        "sepsis_bundles",
        "nurse_education",
        "quality_reporting"
      ],
      "email": "grace.liang@riverbend-umc.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-09-10"
    },
    {
      "name": "Jordan Whitfield",
      "title": "Director, Enterprise Applications",
      "specialty": "information_technology",
      "expertise_areas": [
        "pacs_integration",
        "fhir"
      ],
      "email": "jordan.whitfield@riverbend-umc.example",
      "role": "it_lead",
      "community_consent": false
    },
    {
      "name": "Lena Park",
      "title": "Director of Clinical Finance",
      "specialty": "finance",
      "expertise_areas": [
        "value_analysis"
      ],
      "email": "lena.park@riverbend-umc.example",
      "role": "billing"
    }
  ],
  "renewal_date": "2026-07-01",
  "contract_end": "2026-06-30",
  "status": "active",
  "products": [
    {
      "product_id": "imaging-triage",
      "licensed_seats": 4,
      "unit": "facility",
      "start_date": "2023-07-01"
    },
    {
      "product_id": "ambient-documentation",
      "licensed_seats": 400,
      "unit": "seat",
      "start_date": "2024-01-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000B7rTqAAJ"
  },
  "tags": [
    "expansion-candidate",
    "imaging",
    "ambient",
    "design-partner"
  ]
}

"""####),
        ("customers/AMC_002/reviews/2024-07-16-annual-business-review.md", ####"""
---
date: 2024-07-16
type: annual_business_review
status: held
author: priya.raman
attendees: [Dr. Miriam Castellanos, Dr. Ravi Menon, Lena Park, Priya Raman]
next_review: 2025-07-15
tags: [abr, imaging, ambient]
---
First annual review, covering imaging triage (live since July 2023) and the first
six months of ambient documentation.

## Outcomes vs targets

- Clinical outcome improvement 15.5% against a 15% target (stroke notification
  times, ED documentation completeness).
- Clinical efficiency gain 17.5% (target 20%); cost reduction 9.4% (target 12%).
- ROI 25.5%, meeting the 25% target in the first year.
- Implementation success 96.6%; all milestones except the nursing pilot met.

## Adoption

82% usage and 81% of the 400 ambient seats active. Imaging triage is live at all
four licensed facilities.

## Risks

- Radiology depends heavily on Dr. Menon as champion; no deputy identified.
- Resident turnover in July may dent ambient adoption.

## Next steps

- Name a second radiology champion.
- Build an intern onboarding module before next July.
- Quarterly steering meetings with the CMIO.

"""####),
        ("customers/AMC_002/reviews/2025-07-15-annual-business-review.md", ####"""
---
date: 2025-07-15
type: annual_business_review
status: held
author: priya.raman
attendees: [Dr. Miriam Castellanos, Dr. Ravi Menon, Jordan Whitfield, Lena Park, Priya Raman]
next_review: 2025-10-21
tags: [abr, expansion]
---
Second annual review. Riverbend is our strongest academic reference.

## Outcomes vs targets

- Clinical outcome improvement 21.9% (target 15%).
- Clinical efficiency gain 26.8% (target 20%); cost reduction 15.5% (target 12%).
- ROI 44.5% (target 25%); compliance 97.7 (target 95).
- Staff satisfaction 88 (target 85); patient satisfaction 91 (target 88).

## Adoption

Usage 95% and 96% of licensed ambient users active: 383 of 400 seats. The July
intern changeover barely registered thanks to the onboarding module.

## Risks

- Capacity, not engagement: seat sharing has started and the security team is
  unhappy about it.
- Finance wants any expansion priced against measured savings, not list price.

## Next steps

- Expansion proposal: 200 more ambient seats and imaging triage for the two
  affiliated community hospitals.
- Joint case study on stroke notification times.

"""####),
        ("customers/AMC_002/reviews/2025-10-21-quarterly-business-review.md", ####"""
---
date: 2025-10-21
type: quarterly_business_review
status: held
author: priya.raman
attendees: [Dr. Miriam Castellanos, Lena Park, Jordan Whitfield, Priya Raman]
next_review: 2026-01-20
tags: [qbr, expansion]
---
Quarterly review, mostly about the expansion proposal.

## Outcomes vs targets

All eight KPIs at or above target for the third quarter running: outcome
improvement 22.1%, efficiency gain 27.9%, cost reduction 16.0%, ROI 45.4%.

## Adoption

Usage 94%, 94% of licensed users active, NPS 9.6 in October. Waitlist is now 14
clinicians plus two departments that have not been offered seats.

## Risks

- Budget approval for the expansion goes through the January capital committee;
  a slip pushes seats to the spring.

## Next steps

- Send the 200-seat proposal with the value model by 2025-11-07.
- Lena Park to pre-brief the capital committee.
- Start imaging triage scoping at the affiliated hospitals.

"""####),
        ("customers/AMC_009/contracts.jsonl", ####"""
{"id": "K-2908c450ed665429", "date": "2024-02-01", "event": "start", "arr": 410000, "term_end": "2026-02-01", "author": "priya.raman"}

"""####),
        ("customers/AMC_009/feedback/2024-07-23-intern-onboarding-request.md", ####"""
---
date: 2024-07-23
channel: call
type: feature_request
author: priya.raman
contact: Dr. Adaeze Nwosu
status: shipped
product: clinical-decision-support
tags: [residents, onboarding, adoption]
---
July changeover dropped active users from 284 to 230 overnight: new interns are
not set up and nobody has time to train them in orientation week. Dr. Nwosu asked
for a self-paced 20-minute module embedded in the residency orientation.

"""####),
        ("customers/AMC_009/feedback/2024-11-13-explainability-complaint.md", ####"""
---
date: 2024-11-13
channel: email
type: complaint
author: priya.raman
contact: Dr. Felix Ortega
severity: medium
status: in_progress
product: clinical-decision-support
tags: [explainability, trust, teaching]
---
Dr. Ortega and the informatics faculty find the recommendation explanations too
thin to teach from: residents see the suggestion but not which findings drove it.
For an academic centre this is a barrier to trust. Severity medium; our product
team wants Kestrel as a design partner for the feature-attribution view.

"""####),
        ("customers/AMC_009/feedback/2025-04-02-ed-throughput-praise.md", ####"""
---
date: 2025-04-02
channel: call
type: praise
author: priya.raman
contact: Dr. Adaeze Nwosu
score: 8
status: closed
product: clinical-decision-support
tags: [emergency-department, outcomes]
---
Dr. Nwosu presented ED results at grand rounds: decision support for chest-pain
risk stratification has reduced unnecessary observation admissions, and the
department's efficiency measures are at their best in three years.

"""####),
        ("customers/AMC_009/feedback/2025-06-18-local-validation-question.md", ####"""
---
date: 2025-06-18
channel: email
type: question
author: priya.raman
contact: Dr. Felix Ortega
severity: medium
status: in_progress
product: clinical-decision-support
tags: [model-validation, ai-governance, build-vs-buy]
---
Dr. Ortega asked for the model's performance on Kestrel's own population, broken
down by age group and payer, before the AI governance committee's annual review.
He also mentioned that the informatics group is prototyping its own
risk-stratification model. Sent the validation protocol; agreed to a joint local
validation study.

"""####),
        ("customers/AMC_009/metrics.jsonl", ####"""
{"date": "2024-02-01", "usage_percentage": 38.3, "user_adoption_rate": 0.4, "support_ticket_volume": 10, "nps_score": 7.1, "engagement_level": 0.73, "clinical_efficiency_gain": 4.3, "cost_reduction": 1.0, "compliance_score": 97.0, "staff_satisfaction": 69.9, "patient_satisfaction": 85.8, "implementation_success_rate": 68.2, "workflow_adoption": 34.1, "competitive_pressure": 0.23, "roi_concerns": false, "executive_engagement": 0.8, "active_users": 201, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-03-01", "usage_percentage": 43.5, "user_adoption_rate": 0.43, "support_ticket_volume": 12, "nps_score": 7.3, "engagement_level": 0.73, "clinical_efficiency_gain": 5.7, "cost_reduction": 1.2, "compliance_score": 95.2, "staff_satisfaction": 71.7, "patient_satisfaction": 85.0, "implementation_success_rate": 72.1, "workflow_adoption": 35.9, "competitive_pressure": 0.23, "roi_concerns": false, "executive_engagement": 0.77, "active_users": 215, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 51.0, "user_adoption_rate": 0.48, "support_ticket_volume": 10, "nps_score": 7.3, "engagement_level": 0.69, "clinical_efficiency_gain": 5.9, "cost_reduction": 0.6, "compliance_score": 94.8, "staff_satisfaction": 72.6, "patient_satisfaction": 85.2, "implementation_success_rate": 74.3, "workflow_adoption": 37.7, "competitive_pressure": 0.22, "roi_concerns": false, "executive_engagement": 0.84, "active_users": 239, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 59.3, "clinical_outcome_improvement": 7.0, "user_adoption_rate": 0.5, "support_ticket_volume": 11, "nps_score": 7.0, "engagement_level": 0.74, "clinical_efficiency_gain": 6.5, "cost_reduction": 1.3, "compliance_score": 94.1, "staff_satisfaction": 72.7, "patient_satisfaction": 84.9, "roi_percentage": -15.2, "implementation_success_rate": 77.4, "workflow_adoption": 43.6, "competitive_pressure": 0.23, "roi_concerns": false, "executive_engagement": 0.82, "active_users": 252, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 61.9, "clinical_outcome_improvement": 8.4, "user_adoption_rate": 0.57, "support_ticket_volume": 9, "nps_score": 7.1, "engagement_level": 0.75, "clinical_efficiency_gain": 7.8, "cost_reduction": 2.1, "compliance_score": 94.5, "staff_satisfaction": 71.1, "patient_satisfaction": 84.2, "roi_percentage": -14.6, "implementation_success_rate": 82.3, "workflow_adoption": 46.0, "competitive_pressure": 0.28, "roi_concerns": false, "executive_engagement": 0.88, "active_users": 284, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 57.7, "clinical_outcome_improvement": 9.4, "user_adoption_rate": 0.46, "support_ticket_volume": 9, "nps_score": 7.4, "engagement_level": 0.74, "clinical_efficiency_gain": 8.7, "cost_reduction": 2.0, "compliance_score": 95.1, "staff_satisfaction": 71.7, "patient_satisfaction": 85.5, "roi_percentage": -11.9, "implementation_success_rate": 82.6, "workflow_adoption": 47.1, "competitive_pressure": 0.29, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.86, "active_users": 230, "critical_tickets": 0, "source": "product_analytics", "note": "July resident changeover: new interns not yet onboarded to decision support."}
{"date": "2024-08-01", "usage_percentage": 58.6, "clinical_outcome_improvement": 10.8, "user_adoption_rate": 0.5, "support_ticket_volume": 9, "nps_score": 7.6, "engagement_level": 0.68, "clinical_efficiency_gain": 10.8, "cost_reduction": 3.8, "compliance_score": 95.7, "staff_satisfaction": 71.1, "patient_satisfaction": 85.6, "roi_percentage": -10.7, "implementation_success_rate": 83.8, "workflow_adoption": 50.1, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.81, "active_users": 249, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 63.3, "clinical_outcome_improvement": 12.1, "user_adoption_rate": 0.55, "support_ticket_volume": 10, "nps_score": 7.3, "engagement_level": 0.7, "clinical_efficiency_gain": 11.6, "cost_reduction": 4.0, "compliance_score": 96.7, "staff_satisfaction": 72.0, "patient_satisfaction": 86.0, "roi_percentage": -9.0, "implementation_success_rate": 84.4, "workflow_adoption": 53.4, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.83, "active_users": 274, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 67.8, "clinical_outcome_improvement": 13.0, "user_adoption_rate": 0.57, "support_ticket_volume": 11, "nps_score": 6.8, "engagement_level": 0.73, "clinical_efficiency_gain": 13.4, "cost_reduction": 4.4, "compliance_score": 96.7, "staff_satisfaction": 74.4, "patient_satisfaction": 86.8, "roi_percentage": -1.5, "implementation_success_rate": 85.1, "workflow_adoption": 52.2, "competitive_pressure": 0.29, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.87, "active_users": 284, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 65.7, "clinical_outcome_improvement": 14.0, "user_adoption_rate": 0.57, "support_ticket_volume": 7, "nps_score": 7.0, "engagement_level": 0.72, "clinical_efficiency_gain": 14.2, "cost_reduction": 4.0, "compliance_score": 96.2, "staff_satisfaction": 75.0, "patient_satisfaction": 85.0, "roi_percentage": -1.5, "implementation_success_rate": 85.8, "workflow_adoption": 55.3, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.79, "active_users": 284, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 66.0, "clinical_outcome_improvement": 14.0, "user_adoption_rate": 0.57, "support_ticket_volume": 11, "nps_score": 7.3, "engagement_level": 0.72, "clinical_efficiency_gain": 15.0, "cost_reduction": 4.3, "compliance_score": 96.4, "staff_satisfaction": 73.6, "patient_satisfaction": 85.9, "roi_percentage": 0.3, "implementation_success_rate": 86.3, "workflow_adoption": 57.6, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.84, "active_users": 285, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 63.7, "clinical_outcome_improvement": 15.1, "user_adoption_rate": 0.58, "support_ticket_volume": 5, "nps_score": 7.3, "engagement_level": 0.74, "clinical_efficiency_gain": 15.0, "cost_reduction": 5.4, "compliance_score": 96.6, "staff_satisfaction": 73.7, "patient_satisfaction": 86.9, "roi_percentage": 3.0, "implementation_success_rate": 89.1, "workflow_adoption": 57.9, "competitive_pressure": 0.31, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.81, "active_users": 289, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 69.4, "clinical_outcome_improvement": 15.5, "user_adoption_rate": 0.56, "support_ticket_volume": 8, "nps_score": 7.3, "engagement_level": 0.75, "clinical_efficiency_gain": 15.5, "cost_reduction": 6.8, "compliance_score": 95.5, "staff_satisfaction": 73.7, "patient_satisfaction": 85.2, "roi_percentage": 8.4, "implementation_success_rate": 86.9, "workflow_adoption": 59.3, "competitive_pressure": 0.33, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.8, "active_users": 280, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 66.1, "clinical_outcome_improvement": 14.7, "user_adoption_rate": 0.57, "support_ticket_volume": 8, "nps_score": 7.4, "engagement_level": 0.68, "clinical_efficiency_gain": 15.2, "cost_reduction": 6.9, "compliance_score": 95.9, "staff_satisfaction": 72.8, "patient_satisfaction": 85.4, "roi_percentage": 10.9, "implementation_success_rate": 86.2, "workflow_adoption": 58.4, "competitive_pressure": 0.36, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.82, "active_users": 285, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 66.9, "clinical_outcome_improvement": 14.5, "user_adoption_rate": 0.55, "support_ticket_volume": 10, "nps_score": 7.3, "engagement_level": 0.67, "clinical_efficiency_gain": 15.1, "cost_reduction": 6.3, "compliance_score": 96.4, "staff_satisfaction": 74.6, "patient_satisfaction": 85.9, "roi_percentage": 14.1, "implementation_success_rate": 87.9, "workflow_adoption": 60.5, "competitive_pressure": 0.37, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.82, "active_users": 276, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 67.1, "clinical_outcome_improvement": 15.0, "user_adoption_rate": 0.57, "support_ticket_volume": 7, "nps_score": 7.0, "engagement_level": 0.68, "clinical_efficiency_gain": 17.0, "cost_reduction": 6.3, "compliance_score": 96.9, "staff_satisfaction": 74.3, "patient_satisfaction": 84.8, "roi_percentage": 15.8, "implementation_success_rate": 89.1, "workflow_adoption": 63.5, "competitive_pressure": 0.45, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.81, "active_users": 285, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 66.1, "clinical_outcome_improvement": 14.9, "user_adoption_rate": 0.59, "support_ticket_volume": 8, "nps_score": 7.4, "engagement_level": 0.69, "clinical_efficiency_gain": 16.9, "cost_reduction": 7.6, "compliance_score": 95.8, "staff_satisfaction": 75.6, "patient_satisfaction": 86.2, "roi_percentage": 13.1, "implementation_success_rate": 89.5, "workflow_adoption": 63.7, "competitive_pressure": 0.39, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.83, "active_users": 296, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 58.3, "clinical_outcome_improvement": 15.6, "user_adoption_rate": 0.5, "support_ticket_volume": 7, "nps_score": 7.2, "engagement_level": 0.71, "clinical_efficiency_gain": 17.3, "cost_reduction": 8.0, "compliance_score": 95.9, "staff_satisfaction": 73.9, "patient_satisfaction": 85.8, "roi_percentage": 15.9, "implementation_success_rate": 89.2, "workflow_adoption": 60.5, "competitive_pressure": 0.38, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.85, "active_users": 250, "critical_tickets": 0, "source": "product_analytics", "note": "Second July changeover, same adoption dip; onboarding module for interns requested."}
{"date": "2025-08-01", "usage_percentage": 64.6, "clinical_outcome_improvement": 15.2, "user_adoption_rate": 0.53, "support_ticket_volume": 6, "nps_score": 7.1, "engagement_level": 0.69, "clinical_efficiency_gain": 18.3, "cost_reduction": 9.3, "compliance_score": 96.0, "staff_satisfaction": 78.3, "patient_satisfaction": 87.2, "roi_percentage": 15.8, "implementation_success_rate": 87.6, "workflow_adoption": 62.9, "competitive_pressure": 0.5, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.86, "active_users": 264, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 64.5, "clinical_outcome_improvement": 15.3, "user_adoption_rate": 0.55, "support_ticket_volume": 7, "nps_score": 7.6, "engagement_level": 0.72, "clinical_efficiency_gain": 18.1, "cost_reduction": 8.8, "compliance_score": 96.8, "staff_satisfaction": 77.9, "patient_satisfaction": 86.3, "roi_percentage": 15.2, "implementation_success_rate": 87.6, "workflow_adoption": 60.7, "competitive_pressure": 0.5, "roi_concerns": true, "clinical_outcome_trend": "stable", "executive_engagement": 0.87, "active_users": 275, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-10-01", "usage_percentage": 66.1, "clinical_outcome_improvement": 16.6, "user_adoption_rate": 0.59, "support_ticket_volume": 5, "nps_score": 7.3, "engagement_level": 0.68, "clinical_efficiency_gain": 18.1, "cost_reduction": 9.7, "compliance_score": 97.3, "staff_satisfaction": 74.8, "patient_satisfaction": 85.7, "roi_percentage": 18.0, "implementation_success_rate": 89.0, "workflow_adoption": 62.1, "competitive_pressure": 0.51, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.86, "active_users": 296, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-11-01", "usage_percentage": 66.6, "clinical_outcome_improvement": 17.5, "user_adoption_rate": 0.57, "support_ticket_volume": 7, "nps_score": 6.7, "engagement_level": 0.7, "clinical_efficiency_gain": 18.2, "cost_reduction": 9.3, "compliance_score": 96.9, "staff_satisfaction": 75.0, "patient_satisfaction": 86.4, "roi_percentage": 19.9, "implementation_success_rate": 88.3, "workflow_adoption": 66.0, "competitive_pressure": 0.52, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.87, "active_users": 286, "critical_tickets": 0, "source": "product_analytics"}

"""####),
        ("customers/AMC_009/notes/2025-06-25-build-vs-buy.md", ####"""
---
date: 2025-06-25
title: In-house model prototype at Kestrel
author: priya.raman
kind: internal
tags: [build-vs-buy, competition]
---
Internal note: Kestrel's informatics group has a research prototype of its own
chest-pain risk model. Dr. Ortega presents it as research, but it will be raised
as an alternative at renewal. Our advantages are maintenance, monitoring,
regulatory documentation and EHR integration. Competitive pressure noted in
metrics.

"""####),
        ("customers/AMC_009/notes/2025-09-16-roi-questions.md", ####"""
---
date: 2025-09-16
title: Finance asks about unused seats
author: priya.raman
kind: call
tags: [roi, licensing, renewal-2026]
---
Monica Shah asked, on behalf of finance, why 500 seats are licensed when about
275 are active. Fair question. Explained the seasonality from resident rotations
and offered two options for renewal: a 400-seat licence, or keep 500 and extend
to surgery, where interest is real. Concern logged in this month's metrics.

"""####),
        ("customers/AMC_009/profile.json", ####"""
{
  "customer_id": "AMC_009",
  "organization_name": "Kestrel University Health",
  "tier": "enterprise",
  "segment": {
    "segment_name": "Academic Medical Center",
    "organization_type": "academic_medical_center",
    "size_category": "large",
    "clinical_specialty": "emergency_and_critical_care",
    "geographic_region": "southwest",
    "maturity_level": "mature",
    "tech_adoption": "progressive"
  },
  "primary_contact": "Dr. Adaeze Nwosu",
  "email": "adaeze.nwosu@kestrel-health.example",
  "csm_assigned": "priya.raman",
  "contract_start": "2024-02-01",
  "contract_value": 410000,
  "team_members": [
    {
      "name": "Dr. Adaeze Nwosu",
      "title": "Chair of Emergency Medicine",
      "specialty": "emergency_medicine",
      "expertise_areas": [
        "clinical_decision_support",
        "ed_throughput"
      ],
      "email": "adaeze.nwosu@kestrel-health.example",
      "role": "executive_sponsor",
      "community_consent": true,
      "community_consent_date": "2024-06-04"
    },
    {
      "name": "Dr. Felix Ortega",
      "title": "Assistant Professor, Biomedical Informatics",
      "specialty": "informatics",
      "expertise_areas": [
        "model_validation",
        "machine_learning"
      ],
      "email": "felix.ortega@kestrel-health.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-06-04"
    },
    {
      "name": "Monica Shah",
      "title": "Director, Research IT",
      "specialty": "information_technology",
      "expertise_areas": [
        "data_governance",
        "fhir"
      ],
      "email": "monica.shah@kestrel-health.example",
      "role": "it_lead",
      "community_consent": false
    }
  ],
  "renewal_date": "2026-02-01",
  "contract_end": "2026-01-31",
  "status": "active",
  "products": [
    {
      "product_id": "clinical-decision-support",
      "licensed_seats": 500,
      "unit": "seat",
      "start_date": "2024-02-01"
    },
    {
      "product_id": "imaging-triage",
      "licensed_seats": 2,
      "unit": "facility",
      "start_date": "2024-06-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000G6yUdAAJ",
    "hubspot": "18592466"
  },
  "tags": [
    "academic",
    "build-vs-buy",
    "renewal-2026"
  ]
}

"""####),
        ("customers/AMC_009/reviews/2025-02-18-annual-business-review.md", ####"""
---
date: 2025-02-18
type: annual_business_review
status: held
author: priya.raman
attendees: [Dr. Adaeze Nwosu, Dr. Felix Ortega, Monica Shah, Priya Raman]
next_review: 2025-08-26
tags: [abr, adoption]
---
## Outcomes vs targets

- Clinical outcome improvement 15.5% (target 15%).
- Clinical efficiency gain 15.5% (target 20%); cost reduction 6.8% (target 12%).
- ROI 8.4% after the first year (target 25%).

## Adoption

Usage 69% but only 56% of the 500 licensed users active. Attendings and senior
residents use it; interns and off-service rotators mostly do not.

## Risks

- July changeover will repeat the 2024 adoption drop without a better
  onboarding path.
- Faculty want deeper explanations before they teach with it.

## Next steps

- Intern module built into residency orientation.
- Feature-attribution view design partnership with Dr. Ortega.

"""####),
        ("customers/AMC_009/reviews/2025-08-26-quarterly-business-review.md", ####"""
---
date: 2025-08-26
type: quarterly_business_review
status: held
author: priya.raman
attendees: [Dr. Adaeze Nwosu, Dr. Felix Ortega, Priya Raman]
next_review: 2026-01-13
tags: [qbr, build-vs-buy, renewal-2026]
---
## Outcomes vs targets

- Clinical outcome improvement 15.2% (target 15%); efficiency gain 18.3%.
- ROI 15.8% (target 25%).

## Adoption

The July changeover still cost about 45 active users, although it recovered
faster than in 2024. Usage 65%, 53% of licensed users active.

## Risks

- Informatics is prototyping an in-house model; build-versus-buy will come up at
  the February renewal.
- Nearly half the licence is unused, which finance will notice.

## Next steps

- Joint local validation study to report before renewal.
- Right-size the licence or expand to surgery, whichever the data supports.

"""####),
        ("customers/CAH_007/contracts.jsonl", ####"""
{"id": "K-c191b868b38b7984", "date": "2024-09-01", "event": "start", "arr": 36000, "term_end": "2026-09-01", "author": "dana.okafor"}

"""####),
        ("customers/CAH_007/feedback/2024-11-05-downtime-question.md", ####"""
---
date: 2024-11-05
channel: email
type: question
author: dana.okafor
contact: Cody Brandt
severity: low
status: closed
product: sepsis-early-warning
tags: [downtime, connectivity, rural]
enhancement: ehr-downtime-mode
---
Cody asked what happens to the sepsis score when the hospital's single internet
link goes down, which happens a few times a year in winter. Explained that the
score stops updating and the nurse view shows the last update time; the paper
downtime early-warning worksheet remains the fallback. Sent the downtime guide.

"""####),
        ("customers/CAH_007/feedback/2025-04-16-earlier-transfer-praise.md", ####"""
---
date: 2025-04-16
channel: call
type: praise
author: dana.okafor
contact: Linda Chavez, RN
score: 8
status: closed
product: sepsis-early-warning
tags: [sepsis, transfers, rural]
---
Linda shared that in the first quarter the team arranged transfers to the
regional tertiary centre earlier for several deteriorating patients after an
alert prompted a reassessment. No individual cases discussed; the medical staff
meeting reviewed the aggregate numbers and asked to keep the alerts on.

"""####),
        ("customers/CAH_007/feedback/2025-08-12-travel-nurse-training.md", ####"""
---
date: 2025-08-12
channel: call
type: feature_request
author: dana.okafor
contact: Linda Chavez, RN
status: in_progress
product: sepsis-early-warning
tags: [training, staffing, rural]
---
With six of eleven night nurses on summer travel contracts, Linda asked for a
15-minute quick-start module that a travel nurse can complete on the first shift.
The current training is a one-hour session that is hard to schedule in a small
hospital. Logged as a feature request; recorded a short walkthrough video as a
stopgap.

"""####),
        ("customers/CAH_007/metrics.jsonl", ####"""
{"date": "2024-10-01", "usage_percentage": 36.4, "user_adoption_rate": 0.4, "support_ticket_volume": 4, "nps_score": 6.0, "engagement_level": 0.55, "clinical_efficiency_gain": 2.2, "cost_reduction": -0.1, "compliance_score": 90.0, "staff_satisfaction": 72.9, "patient_satisfaction": 88.6, "implementation_success_rate": 68.4, "workflow_adoption": 29.5, "competitive_pressure": 0.03, "roi_concerns": false, "executive_engagement": 0.49, "active_users": 15, "critical_tickets": 0, "sepsis_alerts_reviewed": 35, "source": "manual"}
{"date": "2024-11-01", "usage_percentage": 47.4, "user_adoption_rate": 0.51, "support_ticket_volume": 3, "nps_score": 6.4, "engagement_level": 0.59, "clinical_efficiency_gain": 2.9, "cost_reduction": 0.0, "compliance_score": 90.7, "staff_satisfaction": 74.1, "patient_satisfaction": 89.2, "implementation_success_rate": 71.9, "workflow_adoption": 33.2, "competitive_pressure": 0.07, "roi_concerns": false, "executive_engagement": 0.48, "active_users": 14, "critical_tickets": 0, "sepsis_alerts_reviewed": 43, "source": "manual"}
{"date": "2024-12-01", "usage_percentage": 56.3, "user_adoption_rate": 0.67, "support_ticket_volume": 5, "nps_score": 6.9, "engagement_level": 0.58, "clinical_efficiency_gain": 5.0, "cost_reduction": 0.2, "compliance_score": 88.7, "staff_satisfaction": 76.7, "patient_satisfaction": 88.9, "implementation_success_rate": 76.2, "workflow_adoption": 34.7, "competitive_pressure": 0.05, "roi_concerns": false, "executive_engagement": 0.57, "active_users": 18, "critical_tickets": 0, "sepsis_alerts_reviewed": 54, "source": "manual"}
{"date": "2025-01-01", "usage_percentage": 44.2, "clinical_outcome_improvement": 4.3, "user_adoption_rate": 0.61, "support_ticket_volume": 6, "nps_score": 6.7, "engagement_level": 0.55, "clinical_efficiency_gain": 6.9, "cost_reduction": 2.2, "compliance_score": 89.4, "staff_satisfaction": 74.5, "patient_satisfaction": 89.5, "roi_percentage": -10.9, "implementation_success_rate": 79.5, "workflow_adoption": 39.9, "competitive_pressure": 0.08, "roi_concerns": false, "executive_engagement": 0.59, "active_users": 17, "critical_tickets": 0, "sepsis_alerts_reviewed": 41, "source": "manual", "note": "Winter storm knocked out the hospital's fibre link 2024-12-18 to 2024-12-20; ran on paper downtime procedures."}
{"date": "2025-02-01", "usage_percentage": 56.5, "clinical_outcome_improvement": 5.3, "user_adoption_rate": 0.59, "support_ticket_volume": 3, "nps_score": 7.0, "engagement_level": 0.58, "clinical_efficiency_gain": 7.3, "cost_reduction": 2.2, "compliance_score": 90.4, "staff_satisfaction": 75.9, "patient_satisfaction": 89.1, "roi_percentage": -6.4, "implementation_success_rate": 83.6, "workflow_adoption": 41.9, "competitive_pressure": 0.1, "roi_concerns": false, "executive_engagement": 0.52, "active_users": 16, "critical_tickets": 0, "sepsis_alerts_reviewed": 48, "source": "manual"}
{"date": "2025-03-01", "usage_percentage": 66.4, "clinical_outcome_improvement": 5.2, "user_adoption_rate": 0.6, "support_ticket_volume": 2, "nps_score": 7.4, "engagement_level": 0.57, "clinical_efficiency_gain": 7.5, "cost_reduction": 2.3, "compliance_score": 90.4, "staff_satisfaction": 74.7, "patient_satisfaction": 88.3, "roi_percentage": -7.8, "implementation_success_rate": 85.4, "workflow_adoption": 45.8, "competitive_pressure": 0.08, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.52, "active_users": 18, "critical_tickets": 0, "sepsis_alerts_reviewed": 62, "source": "manual"}
{"date": "2025-04-01", "usage_percentage": 59.5, "clinical_outcome_improvement": 5.3, "user_adoption_rate": 0.62, "support_ticket_volume": 0, "nps_score": 7.0, "engagement_level": 0.56, "clinical_efficiency_gain": 7.9, "cost_reduction": 2.3, "compliance_score": 90.4, "staff_satisfaction": 76.2, "patient_satisfaction": 90.2, "roi_percentage": -6.2, "implementation_success_rate": 85.3, "workflow_adoption": 45.4, "competitive_pressure": 0.11, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.52, "active_users": 18, "critical_tickets": 0, "sepsis_alerts_reviewed": 56, "source": "manual"}
{"date": "2025-05-01", "usage_percentage": 62.2, "clinical_outcome_improvement": 5.9, "user_adoption_rate": 0.67, "support_ticket_volume": 1, "nps_score": 7.4, "engagement_level": 0.56, "clinical_efficiency_gain": 9.2, "cost_reduction": 2.8, "compliance_score": 90.8, "staff_satisfaction": 77.2, "patient_satisfaction": 89.2, "roi_percentage": -0.8, "implementation_success_rate": 86.1, "workflow_adoption": 46.7, "competitive_pressure": 0.14, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.55, "active_users": 21, "critical_tickets": 0, "sepsis_alerts_reviewed": 55, "source": "manual"}
{"date": "2025-06-01", "usage_percentage": 65.2, "clinical_outcome_improvement": 7.3, "user_adoption_rate": 0.7, "support_ticket_volume": 3, "nps_score": 7.2, "engagement_level": 0.57, "clinical_efficiency_gain": 9.3, "cost_reduction": 3.5, "compliance_score": 91.9, "staff_satisfaction": 78.3, "patient_satisfaction": 89.7, "roi_percentage": 3.6, "implementation_success_rate": 87.7, "workflow_adoption": 49.6, "competitive_pressure": 0.16, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.52, "active_users": 21, "critical_tickets": 0, "sepsis_alerts_reviewed": 59, "source": "manual"}
{"date": "2025-07-01", "usage_percentage": 57.7, "clinical_outcome_improvement": 8.7, "user_adoption_rate": 0.6, "support_ticket_volume": 0, "nps_score": 7.5, "engagement_level": 0.57, "clinical_efficiency_gain": 10.7, "cost_reduction": 4.1, "compliance_score": 92.5, "staff_satisfaction": 80.7, "patient_satisfaction": 89.0, "roi_percentage": 5.7, "implementation_success_rate": 86.8, "workflow_adoption": 51.7, "competitive_pressure": 0.08, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.54, "active_users": 16, "critical_tickets": 0, "sepsis_alerts_reviewed": 52, "source": "manual"}
{"date": "2025-08-01", "usage_percentage": 58.9, "clinical_outcome_improvement": 11.0, "user_adoption_rate": 0.57, "support_ticket_volume": 2, "nps_score": 7.5, "engagement_level": 0.56, "clinical_efficiency_gain": 11.1, "cost_reduction": 4.7, "compliance_score": 93.3, "staff_satisfaction": 79.5, "patient_satisfaction": 88.9, "roi_percentage": 5.3, "implementation_success_rate": 86.9, "workflow_adoption": 51.2, "competitive_pressure": 0.02, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.51, "active_users": 18, "critical_tickets": 0, "sepsis_alerts_reviewed": 55, "source": "manual", "note": "Summer travel-nurse rotation: 6 of 11 night nurses new and not yet trained."}
{"date": "2025-09-01", "usage_percentage": 68.4, "clinical_outcome_improvement": 10.2, "user_adoption_rate": 0.59, "support_ticket_volume": 0, "nps_score": 7.8, "engagement_level": 0.59, "clinical_efficiency_gain": 12.3, "cost_reduction": 4.5, "compliance_score": 93.3, "staff_satisfaction": 81.8, "patient_satisfaction": 88.8, "roi_percentage": 5.1, "implementation_success_rate": 87.4, "workflow_adoption": 56.6, "competitive_pressure": 0.09, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.53, "active_users": 18, "critical_tickets": 0, "sepsis_alerts_reviewed": 61, "source": "manual"}
{"date": "2025-10-01", "usage_percentage": 70.0, "clinical_outcome_improvement": 11.0, "user_adoption_rate": 0.63, "support_ticket_volume": 2, "nps_score": 7.9, "engagement_level": 0.6, "clinical_efficiency_gain": 13.6, "cost_reduction": 5.3, "compliance_score": 94.0, "staff_satisfaction": 80.6, "patient_satisfaction": 90.6, "roi_percentage": 9.2, "implementation_success_rate": 88.4, "workflow_adoption": 62.5, "competitive_pressure": 0.14, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.55, "active_users": 19, "critical_tickets": 0, "sepsis_alerts_reviewed": 64, "source": "manual", "patient_safety_events": 1}
{"date": "2025-11-01", "usage_percentage": 72.5, "clinical_outcome_improvement": 13.0, "user_adoption_rate": 0.71, "support_ticket_volume": 1, "nps_score": 7.9, "engagement_level": 0.64, "clinical_efficiency_gain": 12.5, "cost_reduction": 5.8, "compliance_score": 93.3, "staff_satisfaction": 78.7, "patient_satisfaction": 91.1, "roi_percentage": 13.3, "implementation_success_rate": 88.2, "workflow_adoption": 62.8, "competitive_pressure": 0.12, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.54, "active_users": 21, "critical_tickets": 0, "sepsis_alerts_reviewed": 70, "source": "manual", "patient_safety_events": 0}

"""####),
        ("customers/CAH_007/notes/2024-12-23-winter-storm-outage.md", ####"""
---
date: 2024-12-23
title: Winter storm connectivity outage
author: dana.okafor
kind: call
tags: [downtime, connectivity]
---
Winter storm cut Juniper Flats' fibre link from 2024-12-18 to 2024-12-20. The
hospital ran on paper downtime procedures; the sepsis score was unavailable for
about 52 hours. No tickets blamed the product, but January usage will dip.
Suggested they ask their carrier about a cellular backup link.

"""####),
        ("customers/CAH_007/notes/2025-08-14-summer-staffing-plan.md", ####"""
---
date: 2025-08-14
title: Summer staffing and training plan
author: dana.okafor
kind: internal
tags: [training, staffing]
---
Usage dipped to 58% in July with travel nurses on nights. Plan: short walkthrough
video now, quick-start module when it ships, and Linda pairs each new traveller
with a staff nurse for the first alert. Low-touch account, but worth keeping: the
CNO is an engaged champion and the medical staff like the alerts.

"""####),
        ("customers/CAH_007/profile.json", ####"""
{
  "customer_id": "CAH_007",
  "organization_name": "Juniper Flats Memorial Hospital",
  "tier": "smb",
  "segment": {
    "segment_name": "Critical Access Hospital",
    "organization_type": "critical_access_hospital",
    "size_category": "small",
    "clinical_specialty": "rural_general_medicine",
    "geographic_region": "mountain_west",
    "maturity_level": "emerging",
    "tech_adoption": "conservative"
  },
  "primary_contact": "Linda Chavez, RN",
  "email": "linda.chavez@juniperflats-hospital.example",
  "csm_assigned": "dana.okafor",
  "contract_start": "2024-09-01",
  "contract_value": 36000,
  "team_members": [
    {
      "name": "Linda Chavez, RN",
      "title": "Chief Nursing Officer",
      "specialty": "nursing",
      "expertise_areas": [
        "rural_health",
        "nurse_staffing"
      ],
      "email": "linda.chavez@juniperflats-hospital.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2025-01-22"
    },
    {
      "name": "Dr. Sam Whitehorse",
      "title": "Chief of Staff",
      "specialty": "family_medicine",
      "expertise_areas": [
        "emergency_care",
        "transfers"
      ],
      "email": "sam.whitehorse@juniperflats-hospital.example",
      "role": "executive_sponsor",
      "community_consent": false
    },
    {
      "name": "Cody Brandt",
      "title": "IT Coordinator",
      "specialty": "information_technology",
      "expertise_areas": [
        "network",
        "ehr_support"
      ],
      "email": "cody.brandt@juniperflats-hospital.example",
      "role": "it_lead"
    }
  ],
  "renewal_date": "2026-09-01",
  "contract_end": "2026-08-31",
  "status": "active",
  "products": [
    {
      "product_id": "sepsis-early-warning",
      "licensed_seats": 25,
      "unit": "bed",
      "start_date": "2024-09-15"
    },
    {
      "product_id": "clinical-decision-support",
      "licensed_seats": 30,
      "unit": "seat",
      "start_date": "2024-09-15"
    }
  ],
  "tags": [
    "rural",
    "sepsis",
    "low-touch"
  ]
}

"""####),
        ("customers/CH_003/contracts.jsonl", ####"""
{"id": "K-914017f373fcccb7", "date": "2024-03-01", "event": "start", "arr": 160000, "term_end": "2026-03-01", "author": "dana.okafor"}
{"id": "K-8f9ae85089d698fe", "date": "2025-04-01", "event": "contraction", "amount": 15000, "product": "clinical-decision-support", "author": "dana.okafor", "note": "seats reduced after a unit closed"}

"""####),
        ("customers/CH_003/feedback/2024-10-17-sepsis-bundle-praise.md", ####"""
---
date: 2024-10-17
channel: call
type: praise
author: dana.okafor
contact: Dr. Elena Marsh
score: 9
status: closed
product: sepsis-early-warning
tags: [sepsis, outcomes, huddle]
---
Dr. Marsh presented six months of sepsis results to the medical executive
committee: time from first alert to antibiotics down by about 35 minutes on the
medical units, and bundle compliance at its best level since the hospital started
reporting it.

She credits the weekly alert review huddle with the night charge nurses, which
she runs herself. Asked us to keep the huddle template in the customer community.

"""####),
        ("customers/CH_003/feedback/2025-02-11-unit-dashboard-request.md", ####"""
---
date: 2025-02-11
channel: email
type: feature_request
author: dana.okafor
contact: Dr. Elena Marsh
status: planned
product: sepsis-early-warning
tags: [dashboards, nursing, sepsis]
enhancement: unit-level-dashboards
---
Request for unit-level dashboards so nurse managers can see their own alert
volumes and response times without waiting for Dr. Marsh's monthly slide deck.
Reasonable and overdue; several community hospitals have asked for the same.

"""####),
        ("customers/CH_003/feedback/2025-06-19-night-shift-alert-fatigue.md", ####"""
---
date: 2025-06-19
channel: call
type: complaint
author: dana.okafor
contact: Rachel Ng, RN
severity: high
status: in_progress
product: sepsis-early-warning
tags: [alert-fatigue, sepsis, champion-change]
---
Rachel Ng called about growing frustration on nights: nurses say the sepsis
alerts fire "all the time" and several are acknowledging them in bulk at the
start of the shift. Since Dr. Marsh left, nobody runs the weekly alert review
huddle, so thresholds have not been revisited and new staff never hear why the
alerts matter.

Alert volume has not actually changed; what changed is the follow-through. This
is a champion problem presenting as a product complaint. Offered to run the
huddle remotely for six weeks while they name a permanent owner.

"""####),
        ("customers/CH_003/feedback/2025-09-24-nps-survey.md", ####"""
---
date: 2025-09-24
channel: nps
type: complaint
author: dana.okafor
contact: Marcus Hale
score: 5
severity: high
status: triaged
tags: [nps, renewal-risk, roi]
---
NPS 5 from the COO. Comment: "Good tool when Elena was here. Now I am not sure
what we are paying for, and the EHR has something similar built in."

Detractor score from the economic buyer seven months before renewal. Escalated
to the account team; see the risk plan note.

"""####),
        ("customers/CH_003/metrics.jsonl", ####"""
{"date": "2024-03-01", "usage_percentage": 32.3, "user_adoption_rate": 0.29, "support_ticket_volume": 8, "nps_score": 6.7, "engagement_level": 0.68, "clinical_efficiency_gain": 4.0, "compliance_score": 92.5, "staff_satisfaction": 72.5, "patient_satisfaction": 82.7, "implementation_success_rate": 54.0, "workflow_adoption": 27.6, "competitive_pressure": 0.15, "roi_concerns": false, "executive_engagement": 0.61, "active_users": 37, "critical_tickets": 0, "sepsis_alerts_reviewed": 202, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 43.5, "user_adoption_rate": 0.34, "support_ticket_volume": 7, "nps_score": 7.3, "engagement_level": 0.71, "clinical_efficiency_gain": 4.2, "compliance_score": 92.0, "staff_satisfaction": 74.5, "patient_satisfaction": 83.1, "implementation_success_rate": 60.8, "workflow_adoption": 28.9, "competitive_pressure": 0.2, "roi_concerns": false, "executive_engagement": 0.6, "active_users": 42, "critical_tickets": 0, "sepsis_alerts_reviewed": 268, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 49.5, "user_adoption_rate": 0.4, "support_ticket_volume": 6, "nps_score": 7.2, "engagement_level": 0.67, "clinical_efficiency_gain": 4.5, "compliance_score": 92.3, "staff_satisfaction": 76.7, "patient_satisfaction": 83.7, "implementation_success_rate": 67.7, "workflow_adoption": 31.9, "competitive_pressure": 0.18, "roi_concerns": false, "executive_engagement": 0.65, "active_users": 49, "critical_tickets": 0, "sepsis_alerts_reviewed": 277, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 55.2, "clinical_outcome_improvement": 5.6, "user_adoption_rate": 0.5, "support_ticket_volume": 8, "nps_score": 6.9, "engagement_level": 0.7, "clinical_efficiency_gain": 6.2, "cost_reduction": 1.9, "compliance_score": 92.7, "staff_satisfaction": 75.6, "patient_satisfaction": 83.6, "roi_percentage": -24.9, "implementation_success_rate": 73.8, "workflow_adoption": 33.2, "competitive_pressure": 0.2, "roi_concerns": false, "executive_engagement": 0.66, "active_users": 60, "critical_tickets": 0, "sepsis_alerts_reviewed": 337, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 62.1, "clinical_outcome_improvement": 5.8, "user_adoption_rate": 0.56, "support_ticket_volume": 6, "nps_score": 7.5, "engagement_level": 0.7, "clinical_efficiency_gain": 7.5, "cost_reduction": 3.2, "compliance_score": 93.9, "staff_satisfaction": 76.1, "patient_satisfaction": 82.0, "roi_percentage": -20.9, "implementation_success_rate": 80.9, "workflow_adoption": 38.0, "competitive_pressure": 0.17, "roi_concerns": false, "executive_engagement": 0.66, "active_users": 68, "critical_tickets": 0, "sepsis_alerts_reviewed": 399, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 67.5, "clinical_outcome_improvement": 8.1, "user_adoption_rate": 0.67, "support_ticket_volume": 6, "nps_score": 7.4, "engagement_level": 0.67, "clinical_efficiency_gain": 7.8, "cost_reduction": 4.2, "compliance_score": 94.2, "staff_satisfaction": 76.8, "patient_satisfaction": 82.6, "roi_percentage": -15.7, "implementation_success_rate": 87.0, "workflow_adoption": 41.7, "competitive_pressure": 0.17, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.69, "active_users": 80, "critical_tickets": 0, "sepsis_alerts_reviewed": 419, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 69.0, "clinical_outcome_improvement": 9.2, "user_adoption_rate": 0.7, "support_ticket_volume": 6, "nps_score": 7.6, "engagement_level": 0.68, "clinical_efficiency_gain": 9.1, "cost_reduction": 5.2, "compliance_score": 93.3, "staff_satisfaction": 77.0, "patient_satisfaction": 83.9, "roi_percentage": -10.0, "implementation_success_rate": 89.0, "workflow_adoption": 46.4, "competitive_pressure": 0.19, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.69, "active_users": 85, "critical_tickets": 0, "sepsis_alerts_reviewed": 431, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 69.9, "clinical_outcome_improvement": 9.9, "user_adoption_rate": 0.69, "support_ticket_volume": 2, "nps_score": 7.9, "engagement_level": 0.71, "clinical_efficiency_gain": 11.4, "cost_reduction": 5.4, "compliance_score": 93.5, "staff_satisfaction": 77.9, "patient_satisfaction": 85.1, "roi_percentage": 0.2, "implementation_success_rate": 89.3, "workflow_adoption": 49.9, "competitive_pressure": 0.15, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.67, "active_users": 83, "critical_tickets": 0, "sepsis_alerts_reviewed": 408, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 72.6, "clinical_outcome_improvement": 10.8, "user_adoption_rate": 0.69, "support_ticket_volume": 4, "nps_score": 8.0, "engagement_level": 0.78, "clinical_efficiency_gain": 11.9, "cost_reduction": 6.3, "compliance_score": 94.0, "staff_satisfaction": 79.0, "patient_satisfaction": 84.9, "roi_percentage": 1.1, "implementation_success_rate": 88.9, "workflow_adoption": 56.6, "competitive_pressure": 0.1, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.67, "active_users": 85, "critical_tickets": 0, "sepsis_alerts_reviewed": 432, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 75.8, "clinical_outcome_improvement": 11.9, "user_adoption_rate": 0.64, "support_ticket_volume": 3, "nps_score": 7.7, "engagement_level": 0.75, "clinical_efficiency_gain": 13.7, "cost_reduction": 6.7, "compliance_score": 93.4, "staff_satisfaction": 80.1, "patient_satisfaction": 84.4, "roi_percentage": 4.9, "implementation_success_rate": 89.4, "workflow_adoption": 60.2, "competitive_pressure": 0.14, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.61, "active_users": 77, "critical_tickets": 0, "sepsis_alerts_reviewed": 441, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 76.0, "clinical_outcome_improvement": 12.1, "user_adoption_rate": 0.68, "support_ticket_volume": 3, "nps_score": 7.9, "engagement_level": 0.74, "clinical_efficiency_gain": 14.5, "cost_reduction": 7.1, "compliance_score": 93.7, "staff_satisfaction": 80.4, "patient_satisfaction": 86.1, "roi_percentage": 7.0, "implementation_success_rate": 90.1, "workflow_adoption": 65.6, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.67, "active_users": 82, "critical_tickets": 0, "sepsis_alerts_reviewed": 423, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 75.0, "clinical_outcome_improvement": 13.2, "user_adoption_rate": 0.72, "support_ticket_volume": 3, "nps_score": 7.6, "engagement_level": 0.71, "clinical_efficiency_gain": 15.5, "cost_reduction": 8.0, "compliance_score": 94.4, "staff_satisfaction": 80.5, "patient_satisfaction": 85.6, "roi_percentage": 13.3, "implementation_success_rate": 89.6, "workflow_adoption": 69.6, "competitive_pressure": 0.22, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.61, "active_users": 87, "critical_tickets": 0, "sepsis_alerts_reviewed": 446, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 76.3, "clinical_outcome_improvement": 11.5, "user_adoption_rate": 0.72, "support_ticket_volume": 2, "nps_score": 7.9, "engagement_level": 0.73, "clinical_efficiency_gain": 16.8, "cost_reduction": 9.0, "compliance_score": 96.5, "staff_satisfaction": 78.1, "patient_satisfaction": 86.5, "roi_percentage": 16.4, "implementation_success_rate": 89.6, "workflow_adoption": 77.1, "competitive_pressure": 0.21, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.66, "active_users": 86, "critical_tickets": 0, "sepsis_alerts_reviewed": 452, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 75.4, "clinical_outcome_improvement": 13.3, "user_adoption_rate": 0.68, "support_ticket_volume": 3, "nps_score": 8.3, "engagement_level": 0.62, "clinical_efficiency_gain": 17.5, "cost_reduction": 9.7, "compliance_score": 95.8, "staff_satisfaction": 79.0, "patient_satisfaction": 85.3, "roi_percentage": 16.3, "implementation_success_rate": 89.7, "workflow_adoption": 73.2, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.61, "active_users": 81, "critical_tickets": 0, "sepsis_alerts_reviewed": 419, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 74.0, "clinical_outcome_improvement": 13.8, "user_adoption_rate": 0.65, "support_ticket_volume": 4, "nps_score": 7.8, "engagement_level": 0.61, "clinical_efficiency_gain": 15.7, "cost_reduction": 9.2, "compliance_score": 94.4, "staff_satisfaction": 78.2, "patient_satisfaction": 84.7, "roi_percentage": 18.9, "implementation_success_rate": 86.6, "workflow_adoption": 66.3, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.54, "active_users": 79, "critical_tickets": 0, "sepsis_alerts_reviewed": 444, "source": "product_analytics", "note": "Clinical champion Dr. Elena Marsh (Director of Quality) left Cedar Valley on 2025-04-11; no permanent successor named."}
{"date": "2025-06-01", "usage_percentage": 69.9, "clinical_outcome_improvement": 13.6, "user_adoption_rate": 0.65, "support_ticket_volume": 4, "nps_score": 7.5, "engagement_level": 0.57, "clinical_efficiency_gain": 15.9, "cost_reduction": 9.0, "compliance_score": 94.5, "staff_satisfaction": 76.2, "patient_satisfaction": 85.9, "roi_percentage": 17.1, "implementation_success_rate": 89.4, "workflow_adoption": 64.3, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.53, "active_users": 79, "critical_tickets": 0, "sepsis_alerts_reviewed": 430, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 64.7, "clinical_outcome_improvement": 12.8, "user_adoption_rate": 0.64, "support_ticket_volume": 8, "nps_score": 6.9, "engagement_level": 0.53, "clinical_efficiency_gain": 14.7, "cost_reduction": 9.0, "compliance_score": 93.6, "staff_satisfaction": 75.8, "patient_satisfaction": 84.8, "roi_percentage": 15.3, "implementation_success_rate": 89.6, "workflow_adoption": 61.4, "competitive_pressure": 0.29, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.52, "active_users": 75, "critical_tickets": 0, "sepsis_alerts_reviewed": 409, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 65.6, "clinical_outcome_improvement": 10.3, "user_adoption_rate": 0.59, "support_ticket_volume": 5, "nps_score": 6.4, "engagement_level": 0.54, "clinical_efficiency_gain": 14.2, "cost_reduction": 8.3, "compliance_score": 93.8, "staff_satisfaction": 73.9, "patient_satisfaction": 85.5, "roi_percentage": 10.7, "implementation_success_rate": 91.3, "workflow_adoption": 57.1, "competitive_pressure": 0.34, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.49, "active_users": 71, "critical_tickets": 0, "sepsis_alerts_reviewed": 369, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 61.3, "clinical_outcome_improvement": 10.8, "user_adoption_rate": 0.55, "support_ticket_volume": 5, "nps_score": 6.4, "engagement_level": 0.45, "clinical_efficiency_gain": 12.1, "cost_reduction": 8.0, "compliance_score": 93.7, "staff_satisfaction": 74.3, "patient_satisfaction": 84.5, "roi_percentage": 10.6, "implementation_success_rate": 90.4, "workflow_adoption": 56.9, "competitive_pressure": 0.41, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.4, "active_users": 66, "critical_tickets": 0, "sepsis_alerts_reviewed": 351, "source": "product_analytics", "note": "COO asked whether the EHR vendor's built-in sepsis score could replace us at renewal."}
{"date": "2025-10-01", "usage_percentage": 59.4, "clinical_outcome_improvement": 10.2, "user_adoption_rate": 0.5, "support_ticket_volume": 7, "nps_score": 5.9, "engagement_level": 0.43, "clinical_efficiency_gain": 12.7, "cost_reduction": 8.1, "compliance_score": 92.7, "staff_satisfaction": 71.3, "patient_satisfaction": 85.9, "roi_percentage": 9.5, "implementation_success_rate": 90.1, "workflow_adoption": 57.7, "competitive_pressure": 0.44, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.33, "active_users": 59, "critical_tickets": 0, "sepsis_alerts_reviewed": 372, "source": "product_analytics"}
{"date": "2025-11-01", "usage_percentage": 56.3, "clinical_outcome_improvement": 10.6, "user_adoption_rate": 0.47, "support_ticket_volume": 5, "nps_score": 6.0, "engagement_level": 0.41, "clinical_efficiency_gain": 12.0, "cost_reduction": 7.5, "compliance_score": 92.8, "staff_satisfaction": 69.5, "patient_satisfaction": 84.2, "roi_percentage": 7.2, "implementation_success_rate": 92.0, "workflow_adoption": 52.9, "competitive_pressure": 0.45, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.28, "active_users": 55, "critical_tickets": 0, "sepsis_alerts_reviewed": 344, "source": "product_analytics"}

"""####),
        ("customers/CH_003/notes/2025-04-14-champion-left.md", ####"""
---
date: 2025-04-14
title: Clinical champion Dr. Elena Marsh has left
author: dana.okafor
kind: call
tags: [champion-change, risk]
---
Marcus Hale called to tell us that Dr. Elena Marsh, Director of Quality and our
clinical champion since go-live, left Cedar Valley on 2025-04-11 for a role at
another health system. No successor named; Rachel Ng will cover quality
reporting on an interim basis.

Dr. Marsh ran the weekly alert review huddle and the threshold reviews. Without
her, expect alert follow-through and adoption to slip within a quarter. Flagging
the account as at risk.

"""####),
        ("customers/CH_003/notes/2025-09-26-renewal-risk-plan.md", ####"""
---
date: 2025-09-26
title: Renewal risk plan
author: dana.okafor
kind: internal
tags: [renewal-risk, action-plan]
---
Risk plan after the COO's detractor NPS and his question about replacing us with
the EHR's built-in score.

- Usage down from 76% to 61% since March; adoption 55%; roi_concerns raised.
- Root cause is the loss of the champion, not the model: alert volume is flat,
  but review and follow-through have dropped.

Actions: executive call between our CMO and Marcus Hale in October; remote huddle
support through December; comparison of both scores on Cedar Valley data; help
writing the job description for a sepsis coordinator.

"""####),
        ("customers/CH_003/profile.json", ####"""
{
  "customer_id": "CH_003",
  "organization_name": "Cedar Valley Community Hospital",
  "tier": "mid_market",
  "segment": {
    "segment_name": "Community Hospital",
    "organization_type": "community_hospital",
    "size_category": "mid",
    "clinical_specialty": "general_acute_care",
    "geographic_region": "southeast",
    "maturity_level": "developing",
    "tech_adoption": "mainstream"
  },
  "primary_contact": "Marcus Hale",
  "email": "marcus.hale@cedarvalley-hospital.example",
  "csm_assigned": "dana.okafor",
  "contract_start": "2024-03-01",
  "contract_value": 145000,
  "team_members": [
    {
      "name": "Marcus Hale",
      "title": "Chief Operating Officer",
      "specialty": "operations",
      "expertise_areas": [
        "hospital_operations",
        "budgeting"
      ],
      "email": "marcus.hale@cedarvalley-hospital.example",
      "role": "executive_sponsor",
      "community_consent": false
    },
    {
      "name": "Rachel Ng, RN",
      "title": "Interim Director of Quality",
      "specialty": "nursing",
      "expertise_areas": [
        "quality_reporting",
        "sepsis_bundles"
      ],
      "email": "rachel.ng@cedarvalley-hospital.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-09-30"
    },
    {
      "name": "Ben Osei",
      "title": "IT Manager",
      "specialty": "information_technology",
      "expertise_areas": [
        "ehr_integration"
      ],
      "email": "ben.osei@cedarvalley-hospital.example",
      "role": "it_lead"
    }
  ],
  "renewal_date": "2026-03-01",
  "contract_end": "2026-02-28",
  "status": "active",
  "products": [
    {
      "product_id": "sepsis-early-warning",
      "licensed_seats": 180,
      "unit": "bed",
      "start_date": "2024-03-01"
    },
    {
      "product_id": "clinical-decision-support",
      "licensed_seats": 120,
      "unit": "seat",
      "start_date": "2024-03-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000C2kPzAAJ"
  },
  "tags": [
    "at-risk",
    "champion-change",
    "sepsis"
  ]
}

"""####),
        ("customers/CH_003/reviews/2025-01-28-quarterly-business-review.md", ####"""
---
date: 2025-01-28
type: quarterly_business_review
status: held
author: dana.okafor
attendees: [Dr. Elena Marsh, Marcus Hale, Dana Okafor]
next_review: 2025-04-29
tags: [qbr, sepsis]
---
## Outcomes vs targets

- Clinical outcome improvement 12.1% (target 15%), still climbing.
- Clinical efficiency gain 14.5% (target 20%); ROI 7.0%, positive since October.
- Compliance 93.7 against a 95 target.

## Adoption

76% usage, 68% of licensed users active. The weekly huddle keeps night-shift
engagement high.

## Risks

- The programme depends on one person, Dr. Marsh. No deputy.

## Next steps

- Unit dashboards so managers can own their numbers.
- Identify a nursing co-champion before summer.

"""####),
        ("customers/CH_003/reviews/2025-10-14-quarterly-business-review.md", ####"""
---
date: 2025-10-14
type: quarterly_business_review
status: held
author: dana.okafor
attendees: [Marcus Hale, "Rachel Ng, RN", Ben Osei, Dana Okafor]
next_review: 2026-01-13
tags: [qbr, renewal-risk, champion-change]
---
First review since the champion left; the April review was cancelled.

## Outcomes vs targets

- Clinical outcome improvement down to 10.2% from 13.8% in May (target 15%).
- ROI 9.5%, below the 25% target and falling; efficiency gain 12.7%.
- Staff satisfaction 71 (target 85).

## Adoption

Usage 59%, down from 76% in March; only 50% of licensed users active. Fewer
alerts are being reviewed each month.

## Risks

- No permanent clinical owner; Rachel Ng is interim and stretched.
- COO is evaluating the EHR's built-in sepsis score for the March renewal.

## Next steps

- Cedar Valley to name a sepsis programme owner by November.
- We run alert review huddles and re-training for nights through December.
- Side-by-side comparison against the EHR score using Cedar Valley's own alerts.

"""####),
        ("customers/CH_008/contracts.jsonl", ####"""
{"id": "K-aa9ab769e051a250", "date": "2023-07-01", "event": "start", "arr": 120000, "term_end": "2025-07-01", "author": "dana.okafor"}
{"id": "K-59eb257c96a2dc7f", "date": "2025-06-30", "event": "churn", "author": "dana.okafor", "note": "did not renew after the merger"}

"""####),
        ("customers/CH_008/feedback/2024-04-18-hospitalist-praise.md", ####"""
---
date: 2024-04-18
channel: survey
type: praise
author: dana.okafor
contact: Dr. Nadia Petrov
score: 8
status: closed
product: ambient-documentation
tags: [ambient, hospitalists]
---
Dr. Petrov reported that the hospitalists are finishing admission notes faster
and that documentation complaints at the medical staff meeting have stopped.
Satisfaction with the tool is good, though usage outside hospital medicine is
thin.

"""####),
        ("customers/CH_008/feedback/2024-10-29-note-template-mismatch.md", ####"""
---
date: 2024-10-29
channel: ticket
type: complaint
author: dana.okafor
contact: Dr. Nadia Petrov
severity: high
status: closed
product: ambient-documentation
tags: [ambient, templates, ehr-integration]
---
Since Alder Creek switched to new physician note templates on 2024-09-16, the
generated notes land in the wrong sections and physicians spend as long fixing
them as they used to spend writing. Template mapping was changed without telling
us. Severity high; our template team needs a copy of the new build.

"""####),
        ("customers/CH_008/feedback/2025-03-06-survey-detractor.md", ####"""
---
date: 2025-03-06
channel: survey
type: complaint
author: dana.okafor
contact: Dr. Nadia Petrov
score: 3
severity: high
status: closed
product: ambient-documentation
tags: [ambient, adoption, renewal-risk]
---
Provider survey average of 3 out of 10. Comments: notes need too much editing
since the template change; several physicians have stopped using the tool. The
template fix shipped in January, but most physicians did not come back.

"""####),
        ("customers/CH_008/feedback/2025-05-20-non-renewal-notice.md", ####"""
---
date: 2025-05-20
channel: email
type: complaint
author: dana.okafor
contact: Gary Lindqvist
severity: critical
status: closed
tags: [churn, budget, competition]
---
Formal non-renewal notice from the CFO: "Given the budget freeze and the bundled
ambient capability in our EHR contract, we will not renew when the current term
ends on 2025-06-30." Offered a reduced-seat option and a 60-day extension; both
declined.

"""####),
        ("customers/CH_008/metrics.jsonl", ####"""
{"date": "2023-12-01", "usage_percentage": 62.2, "clinical_outcome_improvement": 6.0, "user_adoption_rate": 0.59, "support_ticket_volume": 7, "nps_score": 7.5, "engagement_level": 0.63, "clinical_efficiency_gain": 11.2, "cost_reduction": 3.5, "compliance_score": 93.1, "staff_satisfaction": 75.4, "patient_satisfaction": 83.4, "roi_percentage": 2.2, "implementation_success_rate": 79.0, "workflow_adoption": 55.6, "competitive_pressure": 0.31, "roi_concerns": false, "executive_engagement": 0.46, "active_users": 52, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-01-01", "usage_percentage": 65.2, "clinical_outcome_improvement": 6.1, "user_adoption_rate": 0.64, "support_ticket_volume": 1, "nps_score": 7.4, "engagement_level": 0.64, "clinical_efficiency_gain": 11.9, "cost_reduction": 3.1, "compliance_score": 93.5, "staff_satisfaction": 78.6, "patient_satisfaction": 82.8, "roi_percentage": 3.5, "implementation_success_rate": 79.9, "workflow_adoption": 54.0, "competitive_pressure": 0.29, "roi_concerns": false, "executive_engagement": 0.48, "active_users": 59, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-02-01", "usage_percentage": 64.5, "clinical_outcome_improvement": 6.5, "user_adoption_rate": 0.64, "support_ticket_volume": 4, "nps_score": 7.7, "engagement_level": 0.61, "clinical_efficiency_gain": 12.3, "cost_reduction": 2.5, "compliance_score": 92.7, "staff_satisfaction": 80.2, "patient_satisfaction": 83.4, "roi_percentage": 6.1, "implementation_success_rate": 81.7, "workflow_adoption": 54.9, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.47, "active_users": 57, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-03-01", "usage_percentage": 68.4, "clinical_outcome_improvement": 6.7, "user_adoption_rate": 0.63, "support_ticket_volume": 6, "nps_score": 7.6, "engagement_level": 0.59, "clinical_efficiency_gain": 12.4, "cost_reduction": 3.1, "compliance_score": 92.9, "staff_satisfaction": 79.7, "patient_satisfaction": 84.5, "roi_percentage": 4.4, "implementation_success_rate": 80.1, "workflow_adoption": 56.7, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.47, "active_users": 58, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 68.3, "clinical_outcome_improvement": 6.6, "user_adoption_rate": 0.66, "support_ticket_volume": 6, "nps_score": 7.0, "engagement_level": 0.6, "clinical_efficiency_gain": 12.7, "cost_reduction": 3.7, "compliance_score": 92.8, "staff_satisfaction": 78.1, "patient_satisfaction": 83.4, "roi_percentage": 6.2, "implementation_success_rate": 81.3, "workflow_adoption": 54.9, "competitive_pressure": 0.34, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.39, "active_users": 59, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 68.2, "clinical_outcome_improvement": 7.0, "user_adoption_rate": 0.63, "support_ticket_volume": 7, "nps_score": 7.1, "engagement_level": 0.6, "clinical_efficiency_gain": 14.3, "cost_reduction": 4.4, "compliance_score": 92.6, "staff_satisfaction": 78.4, "patient_satisfaction": 84.4, "roi_percentage": 9.8, "implementation_success_rate": 79.8, "workflow_adoption": 55.3, "competitive_pressure": 0.35, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.39, "active_users": 54, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 66.1, "clinical_outcome_improvement": 7.4, "user_adoption_rate": 0.65, "support_ticket_volume": 5, "nps_score": 7.2, "engagement_level": 0.59, "clinical_efficiency_gain": 15.2, "cost_reduction": 4.4, "compliance_score": 92.7, "staff_satisfaction": 77.6, "patient_satisfaction": 83.3, "roi_percentage": 10.6, "implementation_success_rate": 81.0, "workflow_adoption": 57.4, "competitive_pressure": 0.36, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.4, "active_users": 59, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 66.6, "clinical_outcome_improvement": 8.1, "user_adoption_rate": 0.61, "support_ticket_volume": 8, "nps_score": 7.1, "engagement_level": 0.59, "clinical_efficiency_gain": 15.4, "cost_reduction": 4.2, "compliance_score": 91.7, "staff_satisfaction": 75.3, "patient_satisfaction": 83.1, "roi_percentage": 9.2, "implementation_success_rate": 81.0, "workflow_adoption": 59.8, "competitive_pressure": 0.36, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.4, "active_users": 54, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 66.2, "clinical_outcome_improvement": 7.2, "user_adoption_rate": 0.63, "support_ticket_volume": 8, "nps_score": 7.1, "engagement_level": 0.53, "clinical_efficiency_gain": 13.7, "cost_reduction": 3.4, "compliance_score": 91.6, "staff_satisfaction": 76.6, "patient_satisfaction": 82.7, "roi_percentage": 8.8, "implementation_success_rate": 81.2, "workflow_adoption": 62.3, "competitive_pressure": 0.4, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.41, "active_users": 58, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 65.9, "clinical_outcome_improvement": 6.8, "user_adoption_rate": 0.61, "support_ticket_volume": 5, "nps_score": 6.8, "engagement_level": 0.56, "clinical_efficiency_gain": 13.6, "cost_reduction": 4.2, "compliance_score": 91.8, "staff_satisfaction": 74.7, "patient_satisfaction": 82.9, "roi_percentage": 6.8, "implementation_success_rate": 81.1, "workflow_adoption": 57.8, "competitive_pressure": 0.37, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.42, "active_users": 54, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 61.2, "clinical_outcome_improvement": 6.3, "user_adoption_rate": 0.56, "support_ticket_volume": 11, "nps_score": 6.1, "engagement_level": 0.5, "clinical_efficiency_gain": 11.0, "cost_reduction": 3.1, "compliance_score": 92.1, "staff_satisfaction": 71.7, "patient_satisfaction": 81.0, "roi_percentage": 8.3, "implementation_success_rate": 81.9, "workflow_adoption": 52.6, "competitive_pressure": 0.43, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.38, "active_users": 50, "critical_tickets": 0, "source": "product_analytics", "note": "Alder Creek switched to new physician note templates on 2024-09-16; generated notes now need heavy editing."}
{"date": "2024-11-01", "usage_percentage": 58.5, "clinical_outcome_improvement": 4.9, "user_adoption_rate": 0.56, "support_ticket_volume": 11, "nps_score": 5.6, "engagement_level": 0.44, "clinical_efficiency_gain": 11.6, "cost_reduction": 3.2, "compliance_score": 91.7, "staff_satisfaction": 70.3, "patient_satisfaction": 81.9, "roi_percentage": 4.2, "implementation_success_rate": 82.1, "workflow_adoption": 47.6, "competitive_pressure": 0.44, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.32, "active_users": 49, "critical_tickets": 1, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 52.7, "clinical_outcome_improvement": 5.8, "user_adoption_rate": 0.51, "support_ticket_volume": 10, "nps_score": 4.8, "engagement_level": 0.42, "clinical_efficiency_gain": 9.3, "cost_reduction": 3.3, "compliance_score": 92.0, "staff_satisfaction": 69.8, "patient_satisfaction": 80.7, "roi_percentage": 1.3, "implementation_success_rate": 80.5, "workflow_adoption": 43.4, "competitive_pressure": 0.5, "roi_concerns": true, "clinical_outcome_trend": "stable", "executive_engagement": 0.3, "active_users": 46, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 48.6, "clinical_outcome_improvement": 5.2, "user_adoption_rate": 0.46, "support_ticket_volume": 10, "nps_score": 4.7, "engagement_level": 0.43, "clinical_efficiency_gain": 8.6, "cost_reduction": 3.0, "compliance_score": 92.1, "staff_satisfaction": 70.8, "patient_satisfaction": 83.0, "roi_percentage": 0.2, "implementation_success_rate": 78.6, "workflow_adoption": 41.3, "competitive_pressure": 0.62, "roi_concerns": true, "clinical_outcome_trend": "stable", "executive_engagement": 0.27, "active_users": 40, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 46.4, "clinical_outcome_improvement": 4.5, "user_adoption_rate": 0.41, "support_ticket_volume": 8, "nps_score": 4.1, "engagement_level": 0.37, "clinical_efficiency_gain": 9.3, "cost_reduction": 2.2, "compliance_score": 91.0, "staff_satisfaction": 68.5, "patient_satisfaction": 82.5, "roi_percentage": -2.6, "implementation_success_rate": 74.9, "workflow_adoption": 38.7, "competitive_pressure": 0.71, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.26, "active_users": 40, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 39.5, "clinical_outcome_improvement": 5.0, "user_adoption_rate": 0.39, "support_ticket_volume": 8, "nps_score": 3.9, "engagement_level": 0.31, "clinical_efficiency_gain": 7.9, "cost_reduction": 2.0, "compliance_score": 91.8, "staff_satisfaction": 65.4, "patient_satisfaction": 82.1, "roi_percentage": -5.2, "implementation_success_rate": 71.1, "workflow_adoption": 34.0, "competitive_pressure": 0.72, "roi_concerns": true, "clinical_outcome_trend": "stable", "executive_engagement": 0.19, "active_users": 35, "critical_tickets": 0, "source": "product_analytics", "note": "CFO confirmed budget freeze and an EHR-vendor ambient pilot in two departments."}
{"date": "2025-04-01", "usage_percentage": 36.5, "clinical_outcome_improvement": 3.3, "user_adoption_rate": 0.36, "support_ticket_volume": 7, "nps_score": 3.2, "engagement_level": 0.26, "clinical_efficiency_gain": 7.9, "cost_reduction": 0.7, "compliance_score": 92.3, "staff_satisfaction": 65.4, "patient_satisfaction": 82.3, "roi_percentage": -6.3, "implementation_success_rate": 70.7, "workflow_adoption": 32.2, "competitive_pressure": 0.82, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.19, "active_users": 31, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 31.7, "clinical_outcome_improvement": 3.1, "user_adoption_rate": 0.3, "support_ticket_volume": 2, "nps_score": 3.0, "engagement_level": 0.21, "clinical_efficiency_gain": 7.3, "cost_reduction": 1.3, "compliance_score": 91.6, "staff_satisfaction": 62.3, "patient_satisfaction": 81.8, "roi_percentage": -13.5, "implementation_success_rate": 70.0, "workflow_adoption": 26.7, "competitive_pressure": 0.81, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.16, "active_users": 26, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 30.7, "clinical_outcome_improvement": 2.4, "user_adoption_rate": 0.25, "support_ticket_volume": 2, "nps_score": 2.5, "engagement_level": 0.14, "clinical_efficiency_gain": 4.1, "cost_reduction": 0.5, "compliance_score": 91.1, "staff_satisfaction": 60.1, "patient_satisfaction": 80.3, "roi_percentage": -17.3, "implementation_success_rate": 69.7, "workflow_adoption": 22.8, "competitive_pressure": 0.8, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.07, "active_users": 21, "critical_tickets": 0, "source": "product_analytics", "note": "Non-renewal notice received 2025-05-20; contract ends 2025-06-30. Final snapshot."}

"""####),
        ("customers/CH_008/notes/2024-12-04-renewal-risk.md", ####"""
---
date: 2024-12-04
title: Renewal at risk
author: dana.okafor
kind: internal
tags: [renewal-risk]
---
Alder Creek flagged at risk seven months before renewal: usage falling since the
template change, NPS from 7 to under 5, roi_concerns raised by the CFO. Plan:
template fix first, then a re-launch with the CMO.

"""####),
        ("customers/CH_008/notes/2025-03-11-cfo-call.md", ####"""
---
date: 2025-03-11
title: "CFO call: budget freeze and EHR pilot"
author: dana.okafor
kind: call
tags: [budget, competition, renewal-risk]
---
Call with Gary Lindqvist. The hospital has frozen discretionary IT spend for the
fiscal year and is piloting the EHR vendor's bundled ambient tool in two
departments. He was candid: "If the free one is 80% as good, I cannot justify
yours." Offered a value review; he accepted but did not commit to timing.

"""####),
        ("customers/CH_008/notes/2025-07-15-churn-post-mortem.md", ####"""
---
date: 2025-07-15
title: Churn post-mortem
author: dana.okafor
kind: internal
tags: [churn, post-mortem, lessons-learned]
---
Post-mortem for Alder Creek, churned 2025-06-30 (120,000 per year).

What happened: adoption was solid through summer 2024. The 2024-09-16 note
template change broke our section mapping; we learned about it from tickets six
weeks later. By the time the fix shipped in January, most physicians had stopped
using the tool, the champion had disengaged and the CFO had a free alternative in
the EHR contract.

What we missed: no warning of customer-side template changes; usage fell for
three months before we flagged the account; no executive sponsor beyond the CFO.

What we change: template-change monitoring for every ambient customer, an
automatic risk flag when usage falls three months running, and a clinical
executive sponsor required for every mid-market account.

"""####),
        ("customers/CH_008/profile.json", ####"""
{
  "customer_id": "CH_008",
  "organization_name": "Alder Creek Community Hospital",
  "tier": "mid_market",
  "segment": {
    "segment_name": "Community Hospital",
    "organization_type": "community_hospital",
    "size_category": "mid",
    "clinical_specialty": "general_acute_care",
    "geographic_region": "midwest",
    "maturity_level": "developing",
    "tech_adoption": "conservative"
  },
  "primary_contact": "Gary Lindqvist",
  "email": "gary.lindqvist@aldercreek-hospital.example",
  "csm_assigned": "dana.okafor",
  "contract_start": "2023-07-01",
  "contract_value": 120000,
  "team_members": [
    {
      "name": "Gary Lindqvist",
      "title": "Chief Financial Officer",
      "specialty": "finance",
      "expertise_areas": [
        "budgeting",
        "vendor_management"
      ],
      "email": "gary.lindqvist@aldercreek-hospital.example",
      "role": "executive_sponsor",
      "community_consent": false
    },
    {
      "name": "Dr. Nadia Petrov",
      "title": "Chief Medical Officer",
      "specialty": "hospital_medicine",
      "expertise_areas": [
        "physician_workflow"
      ],
      "email": "nadia.petrov@aldercreek-hospital.example",
      "role": "clinical_champion",
      "community_consent": false
    }
  ],
  "renewal_date": "2025-07-01",
  "contract_end": "2025-06-30",
  "status": "churned",
  "churn_date": "2025-06-30",
  "churn_reason": "Did not renew: switched to the EHR vendor's bundled ambient documentation after a budget freeze; adoption never recovered from the 2024 note-template change and ROI was not proven.",
  "products": [
    {
      "product_id": "ambient-documentation",
      "licensed_seats": 90,
      "unit": "seat",
      "start_date": "2023-07-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000F1sQxAAJ"
  },
  "tags": [
    "churned",
    "ambient",
    "lost-to-ehr-vendor"
  ]
}

"""####),
        ("customers/CH_008/reviews/2025-01-22-quarterly-business-review.md", ####"""
---
date: 2025-01-22
type: quarterly_business_review
status: held
author: dana.okafor
attendees: [Gary Lindqvist, Dr. Nadia Petrov, Dana Okafor]
next_review: 2025-04-23
tags: [qbr, renewal-risk]
---
## Outcomes vs targets

- Clinical outcome improvement 5.2% (target 15%); efficiency gain 8.6% (target 20%).
- ROI 0.2%, down from 10.6% in June (target 25%).

## Adoption

Usage down to 49% from 68% in the spring; 40 of 90 seats active. The template
mismatch is fixed, but physicians who stopped have not returned.

## Risks

- CFO raised a budget freeze; the EHR vendor is offering ambient documentation
  bundled into their contract.
- No clinical champion attends our meetings any more.

## Next steps

- Re-launch with Dr. Petrov at the February medical staff meeting.
- Value case for finance by March.

"""####),
        ("customers/CLN_005/contracts.jsonl", ####"""
{"id": "K-3bdf7ad69d656100", "date": "2024-06-01", "event": "start", "arr": 40000, "term_end": "2026-06-01", "author": "luis.fernandez"}
{"id": "K-db5e3680804898bf", "date": "2025-03-01", "event": "expansion", "amount": 8000, "product": "care-gap-analytics", "author": "luis.fernandez"}

"""####),
        ("customers/CLN_005/feedback/2024-09-10-leaving-on-time.md", ####"""
---
date: 2024-09-10
channel: email
type: praise
author: luis.fernandez
contact: Dr. Hannah Velasquez
score: 9
status: closed
product: ambient-documentation
tags: [ambient, time-saved, burnout]
---
Dr. Velasquez: "Our providers are leaving the clinic by six for the first time
since the pandemic." Pajama time (charting after hours) has dropped noticeably,
and two part-time physicians asked to add sessions now that documentation is
lighter.

"""####),
        ("customers/CLN_005/feedback/2025-02-26-tablet-microphone-dropouts.md", ####"""
---
date: 2025-02-26
channel: ticket
type: bug
author: luis.fernandez
contact: Carla Jimenez
severity: medium
status: shipped
product: ambient-documentation
tags: [ambient, mobile, audio]
---
Several ticket reports of the mobile app losing the microphone mid-visit on the
clinic's older tablets; providers have to restart the recording and finish the
note by hand. Reproduced on the same tablet model; fixed in app release 4.12
on 2025-03-18.

"""####),
        ("customers/CLN_005/feedback/2025-04-09-spanish-language-visits.md", ####"""
---
date: 2025-04-09
channel: call
type: feature_request
author: luis.fernandez
contact: Dr. Hannah Velasquez
status: planned
product: ambient-documentation
tags: [ambient, language-support]
enhancement: spanish-language-notes
---
About a quarter of Bluestem's visits are conducted in Spanish, and the generated
notes for those visits need more editing. Dr. Velasquez asked for native
Spanish-language capture with English notes. Logged; several clinic groups have
asked for the same.

"""####),
        ("customers/CLN_005/feedback/2025-10-02-nps-survey.md", ####"""
---
date: 2025-10-02
channel: nps
type: feature_request
author: luis.fernandez
contact: Carla Jimenez
score: 7
status: triaged
product: care-gap-analytics
tags: [nps, care-gaps, reporting]
---
NPS 7 from the practice administrator. Comment: "Providers love it. I need the
care-gap reports to feed our quality bonus submission without me copying numbers
into a spreadsheet."

"""####),
        ("customers/CLN_005/feedback/2025-12-01-medication-dose-near-miss.md", ####"""
---
date: 2025-12-01
channel: call
type: patient_safety
author: luis.fernandez
contact: Carla Jimenez
severity: critical
status: triaged
tags: [patient-safety, ambient, medication]
---
The practice administrator reported a near miss: an ambient draft note wrote a
medication dose as 50 mg where the provider had said 15 mg. The provider caught it
before signing, and no harm reached anyone. The clinics have stopped using ambient
drafts for medication changes until we explain the cause and the fix.

"""####),
        ("customers/CLN_005/metrics.jsonl", ####"""
{"date": "2024-07-01", "usage_percentage": 47.1, "user_adoption_rate": 0.47, "support_ticket_volume": 5, "nps_score": 7.1, "engagement_level": 0.6, "clinical_efficiency_gain": 8.3, "cost_reduction": 0.3, "compliance_score": 90.4, "staff_satisfaction": 79.4, "patient_satisfaction": 87.4, "implementation_success_rate": 69.3, "workflow_adoption": 40.8, "competitive_pressure": 0.34, "roi_concerns": false, "executive_engagement": 0.53, "active_users": 30, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 51.9, "user_adoption_rate": 0.55, "support_ticket_volume": 6, "nps_score": 6.8, "engagement_level": 0.62, "clinical_efficiency_gain": 10.9, "cost_reduction": 0.7, "compliance_score": 90.0, "staff_satisfaction": 78.7, "patient_satisfaction": 86.3, "implementation_success_rate": 75.7, "workflow_adoption": 44.5, "competitive_pressure": 0.34, "roi_concerns": false, "executive_engagement": 0.49, "active_users": 32, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 52.7, "user_adoption_rate": 0.56, "support_ticket_volume": 3, "nps_score": 7.0, "engagement_level": 0.57, "clinical_efficiency_gain": 11.5, "cost_reduction": 1.3, "compliance_score": 90.6, "staff_satisfaction": 82.0, "patient_satisfaction": 85.7, "implementation_success_rate": 78.2, "workflow_adoption": 48.2, "competitive_pressure": 0.37, "roi_concerns": false, "executive_engagement": 0.47, "active_users": 35, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 60.2, "clinical_outcome_improvement": 3.9, "user_adoption_rate": 0.62, "support_ticket_volume": 2, "nps_score": 6.9, "engagement_level": 0.59, "clinical_efficiency_gain": 13.4, "cost_reduction": 2.1, "compliance_score": 91.6, "staff_satisfaction": 83.8, "patient_satisfaction": 87.6, "roi_percentage": -7.7, "implementation_success_rate": 80.6, "workflow_adoption": 51.4, "competitive_pressure": 0.37, "roi_concerns": false, "executive_engagement": 0.48, "active_users": 38, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 69.1, "clinical_outcome_improvement": 4.0, "user_adoption_rate": 0.68, "support_ticket_volume": 7, "nps_score": 7.0, "engagement_level": 0.59, "clinical_efficiency_gain": 17.1, "cost_reduction": 3.1, "compliance_score": 91.0, "staff_satisfaction": 84.1, "patient_satisfaction": 88.5, "roi_percentage": -3.0, "implementation_success_rate": 81.8, "workflow_adoption": 53.2, "competitive_pressure": 0.37, "roi_concerns": false, "executive_engagement": 0.49, "active_users": 43, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 66.3, "clinical_outcome_improvement": 5.6, "user_adoption_rate": 0.66, "support_ticket_volume": 6, "nps_score": 6.9, "engagement_level": 0.65, "clinical_efficiency_gain": 20.3, "cost_reduction": 3.4, "compliance_score": 91.5, "staff_satisfaction": 86.8, "patient_satisfaction": 87.9, "roi_percentage": -2.7, "implementation_success_rate": 83.6, "workflow_adoption": 56.5, "competitive_pressure": 0.37, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.47, "active_users": 39, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 61.7, "clinical_outcome_improvement": 5.6, "user_adoption_rate": 0.67, "support_ticket_volume": 4, "nps_score": 6.6, "engagement_level": 0.6, "clinical_efficiency_gain": 22.1, "cost_reduction": 2.6, "compliance_score": 92.0, "staff_satisfaction": 90.3, "patient_satisfaction": 86.8, "roi_percentage": 0.0, "implementation_success_rate": 85.1, "workflow_adoption": 63.5, "competitive_pressure": 0.34, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.49, "active_users": 41, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 61.7, "clinical_outcome_improvement": 6.4, "user_adoption_rate": 0.68, "support_ticket_volume": 7, "nps_score": 6.6, "engagement_level": 0.58, "clinical_efficiency_gain": 22.6, "cost_reduction": 2.2, "compliance_score": 92.3, "staff_satisfaction": 87.7, "patient_satisfaction": 88.2, "roi_percentage": 4.0, "implementation_success_rate": 87.0, "workflow_adoption": 62.2, "competitive_pressure": 0.37, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.51, "active_users": 40, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 65.0, "clinical_outcome_improvement": 8.0, "user_adoption_rate": 0.66, "support_ticket_volume": 8, "nps_score": 6.8, "engagement_level": 0.61, "clinical_efficiency_gain": 22.4, "cost_reduction": 3.3, "compliance_score": 91.6, "staff_satisfaction": 86.4, "patient_satisfaction": 87.9, "roi_percentage": 8.4, "implementation_success_rate": 84.6, "workflow_adoption": 64.1, "competitive_pressure": 0.34, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.5, "active_users": 40, "critical_tickets": 0, "source": "product_analytics", "note": "Mobile app microphone drop-outs on older tablets drove a ticket bump; fixed in app release 4.12."}
{"date": "2025-04-01", "usage_percentage": 66.8, "clinical_outcome_improvement": 8.6, "user_adoption_rate": 0.67, "support_ticket_volume": 8, "nps_score": 6.9, "engagement_level": 0.63, "clinical_efficiency_gain": 21.8, "cost_reduction": 2.9, "compliance_score": 92.2, "staff_satisfaction": 84.3, "patient_satisfaction": 87.7, "roi_percentage": 7.2, "implementation_success_rate": 84.2, "workflow_adoption": 65.7, "competitive_pressure": 0.39, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.55, "active_users": 40, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 72.4, "clinical_outcome_improvement": 8.4, "user_adoption_rate": 0.69, "support_ticket_volume": 2, "nps_score": 7.2, "engagement_level": 0.53, "clinical_efficiency_gain": 23.8, "cost_reduction": 3.9, "compliance_score": 93.1, "staff_satisfaction": 85.4, "patient_satisfaction": 87.7, "roi_percentage": 9.4, "implementation_success_rate": 84.1, "workflow_adoption": 66.3, "competitive_pressure": 0.4, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.49, "active_users": 42, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 75.9, "clinical_outcome_improvement": 8.8, "user_adoption_rate": 0.67, "support_ticket_volume": 2, "nps_score": 7.4, "engagement_level": 0.59, "clinical_efficiency_gain": 22.4, "cost_reduction": 4.5, "compliance_score": 92.1, "staff_satisfaction": 84.3, "patient_satisfaction": 86.8, "roi_percentage": 12.8, "implementation_success_rate": 82.6, "workflow_adoption": 65.1, "competitive_pressure": 0.38, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.5, "active_users": 40, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 75.4, "clinical_outcome_improvement": 8.8, "user_adoption_rate": 0.68, "support_ticket_volume": 2, "nps_score": 7.2, "engagement_level": 0.59, "clinical_efficiency_gain": 23.2, "cost_reduction": 5.5, "compliance_score": 92.3, "staff_satisfaction": 84.5, "patient_satisfaction": 87.8, "roi_percentage": 15.4, "implementation_success_rate": 85.7, "workflow_adoption": 69.2, "competitive_pressure": 0.43, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.47, "active_users": 42, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 71.5, "clinical_outcome_improvement": 9.9, "user_adoption_rate": 0.68, "support_ticket_volume": 2, "nps_score": 6.9, "engagement_level": 0.62, "clinical_efficiency_gain": 23.7, "cost_reduction": 6.0, "compliance_score": 93.9, "staff_satisfaction": 85.1, "patient_satisfaction": 88.0, "roi_percentage": 16.3, "implementation_success_rate": 86.5, "workflow_adoption": 67.8, "competitive_pressure": 0.42, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.5, "active_users": 41, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 71.5, "clinical_outcome_improvement": 10.5, "user_adoption_rate": 0.67, "support_ticket_volume": 2, "nps_score": 7.4, "engagement_level": 0.58, "clinical_efficiency_gain": 25.6, "cost_reduction": 6.4, "compliance_score": 92.9, "staff_satisfaction": 85.4, "patient_satisfaction": 86.7, "roi_percentage": 18.4, "implementation_success_rate": 88.7, "workflow_adoption": 69.4, "competitive_pressure": 0.37, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.49, "active_users": 39, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-10-01", "usage_percentage": 72.4, "clinical_outcome_improvement": 10.2, "user_adoption_rate": 0.68, "support_ticket_volume": 3, "nps_score": 7.1, "engagement_level": 0.59, "clinical_efficiency_gain": 25.1, "cost_reduction": 7.3, "compliance_score": 93.8, "staff_satisfaction": 86.8, "patient_satisfaction": 89.0, "roi_percentage": 20.9, "implementation_success_rate": 86.4, "workflow_adoption": 67.8, "competitive_pressure": 0.41, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.52, "active_users": 38, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-11-01", "usage_percentage": 70.9, "clinical_outcome_improvement": 11.4, "user_adoption_rate": 0.68, "support_ticket_volume": 4, "nps_score": 7.4, "engagement_level": 0.6, "clinical_efficiency_gain": 24.4, "cost_reduction": 7.4, "compliance_score": 93.8, "staff_satisfaction": 84.6, "patient_satisfaction": 88.6, "roi_percentage": 21.4, "implementation_success_rate": 87.4, "workflow_adoption": 68.5, "competitive_pressure": 0.41, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.52, "active_users": 41, "critical_tickets": 0, "source": "product_analytics"}

"""####),
        ("customers/CLN_005/notes/2025-03-12-value-check-in.md", ####"""
---
date: 2025-03-12
title: Value check-in with the practice administrator
author: luis.fernandez
kind: call
tags: [roi, care-gaps]
---
Carla raised cost: with the ticket bump from the tablet microphone issue and a
tight first quarter, the partners asked whether the subscription pays for itself.

Walked through the numbers: efficiency gain above 20%, staff satisfaction in the
mid-80s and two extra clinic sessions a week. ROI is positive but modest because
care-gap analytics has not yet been used for the quality bonus. Agreed to set up
the quality-measure reports together before the next submission.

"""####),
        ("customers/CLN_005/profile.json", ####"""
{
  "customer_id": "CLN_005",
  "organization_name": "Bluestem Family Care Clinics",
  "tier": "smb",
  "segment": {
    "segment_name": "Primary Care Clinic Group",
    "organization_type": "clinic_group",
    "size_category": "small",
    "clinical_specialty": "family_medicine",
    "geographic_region": "great_plains",
    "maturity_level": "developing",
    "tech_adoption": "mainstream"
  },
  "primary_contact": "Dr. Hannah Velasquez",
  "email": "hannah.velasquez@bluestem-clinics.example",
  "csm_assigned": "luis.fernandez",
  "contract_start": "2024-06-01",
  "contract_value": 48000,
  "team_members": [
    {
      "name": "Dr. Hannah Velasquez",
      "title": "Medical Director",
      "specialty": "family_medicine",
      "expertise_areas": [
        "primary_care",
        "documentation_burden"
      ],
      "email": "hannah.velasquez@bluestem-clinics.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-11-18"
    },
    {
      "name": "Carla Jimenez",
      "title": "Practice Administrator",
      "specialty": "operations",
      "expertise_areas": [
        "practice_management",
        "billing"
      ],
      "email": "carla.jimenez@bluestem-clinics.example",
      "role": "billing",
      "community_consent": false
    }
  ],
  "renewal_date": "2026-06-01",
  "contract_end": "2026-05-31",
  "status": "active",
  "products": [
    {
      "product_id": "ambient-documentation",
      "licensed_seats": 60,
      "unit": "seat",
      "start_date": "2024-06-15"
    },
    {
      "product_id": "care-gap-analytics",
      "licensed_seats": 8,
      "unit": "facility",
      "start_date": "2024-10-01"
    }
  ],
  "crm_ids": {
    "hubspot": "18455102"
  },
  "tags": [
    "ambient",
    "primary-care"
  ]
}

"""####),
        ("customers/HOSP_001/contracts.jsonl", ####"""
{"id": "K-d39f03769fad3316", "date": "2024-01-01", "event": "start", "arr": 500000, "term_end": "2026-01-01", "author": "mike.smith"}

"""####),
        ("customers/HOSP_001/feedback/2024-02-20-hl7-feed-question.md", ####"""
---
date: 2024-02-20
channel: email
type: question
author: mike.smith
contact: Tom Reyes
severity: low
status: closed
product: sepsis-early-warning
tags: [ehr-integration, sepsis, device-data]
---
Tom asked whether the sepsis model can read vitals from the new bedside monitor
integration instead of waiting for nurse validation in the flowsheet. Today the
score updates only when vitals are validated, which can lag by up to an hour on
busy med-surg floors.

Answered on the call: the model can consume unvalidated device vitals through the
interface engine, but Metro's nursing governance has to sign off first because
the alert threshold was tuned on validated data. Sent the integration guide and
offered a joint session with our interface team.

"""####),
        ("customers/HOSP_001/feedback/2024-10-08-ambient-hospitalist-survey.md", ####"""
---
date: 2024-10-08
channel: survey
type: praise
author: mike.smith
contact: Dr. Kevin Liu
score: 9
status: closed
product: ambient-documentation
tags: [ambient, time-saved, hospitalists]
---
Five-week survey of the hospitalist group after the ambient documentation go-live.
Dr. Liu summarised it as "the first tool in years that gave time back instead of
taking it". Hospitalists report finishing notes before leaving the unit on most
days; median after-hours charting time is down by roughly 40 minutes per shift.

Two asks came with the praise: better handling of cross-cover conversations with
more than two speakers, and a shortcut to push the assessment and plan straight
into the discharge summary. Both logged as feature requests.

"""####),
        ("customers/HOSP_001/feedback/2025-03-14-alert-fatigue.md", ####"""
---
date: 2025-03-14
channel: call
type: complaint
author: mike.smith
contact: Dr. Sarah Johnson
severity: high
status: triaged
tags: [alert-fatigue, sepsis]
---
Night-shift nurses report too many low-acuity sepsis alerts on the two
orthopaedic units, most of them fired by post-operative fever and heart rate in
the first 24 hours after surgery. Angela's team counted roughly one alert in
three being dismissed without action on those units last month.

Dr. Johnson wants this fixed before it erodes trust on the medical floors where
the alerts are working well. Proposed a unit-specific suppression window for
post-operative patients and a review of the lactate trigger; our clinical
science team will bring a simulation against Metro's last 90 days of alerts.

"""####),
        ("customers/HOSP_001/feedback/2025-05-22-alert-tuning-praise.md", ####"""
---
date: 2025-05-22
channel: call
type: praise
author: mike.smith
contact: Angela Brooks, RN
score: 9
status: closed
product: sepsis-early-warning
tags: [alert-fatigue, sepsis, nursing]
---
Follow-up after the post-operative suppression window went live on the
orthopaedic units on 2025-04-28. Angela reports the dismiss-without-action rate
on those units fell from about a third to under one in ten, and the night charge
nurses stopped asking to switch the alerts off.

She asked us to present the tuning approach at Metro's nursing practice council
and offered to speak about it in the customer community's sepsis group.

"""####),
        ("customers/HOSP_001/feedback/2025-10-15-nps-survey.md", ####"""
---
date: 2025-10-15
channel: nps
type: praise
author: mike.smith
contact: Dr. Sarah Johnson
score: 8
status: closed
tags: [nps, ambient, specialty-templates]
enhancement: specialty-note-templates
---
Quarterly NPS response from the CMO: 8. Comment: "Sepsis programme is now part of
how we run the hospitals. Would be a 10 if the ambient notes handled our
specialty clinics as well as they handle hospital medicine."

Specialty-clinic templates are on the roadmap for Q1; will bring a preview to the
annual review in December.

"""####),
        ("customers/HOSP_001/metrics.jsonl", ####"""
{"date": "2024-01-01", "usage_percentage": 36.4, "user_adoption_rate": 0.36, "support_ticket_volume": 15, "nps_score": 6.6, "engagement_level": 0.62, "compliance_score": 92.6, "staff_satisfaction": 75.6, "patient_satisfaction": 84.2, "implementation_success_rate": 59.4, "workflow_adoption": 28.0, "competitive_pressure": 0.34, "roi_concerns": false, "executive_engagement": 0.75, "active_users": 149, "critical_tickets": 0, "sepsis_alerts_reviewed": 788, "source": "product_analytics"}
{"date": "2024-02-01", "usage_percentage": 45.2, "user_adoption_rate": 0.45, "support_ticket_volume": 11, "nps_score": 7.0, "engagement_level": 0.59, "compliance_score": 92.7, "staff_satisfaction": 76.6, "patient_satisfaction": 84.8, "implementation_success_rate": 66.8, "workflow_adoption": 32.7, "competitive_pressure": 0.32, "roi_concerns": false, "executive_engagement": 0.74, "active_users": 187, "critical_tickets": 1, "sepsis_alerts_reviewed": 1023, "source": "product_analytics"}
{"date": "2024-03-01", "usage_percentage": 55.3, "user_adoption_rate": 0.51, "support_ticket_volume": 9, "nps_score": 6.9, "engagement_level": 0.61, "clinical_efficiency_gain": 4.7, "compliance_score": 93.5, "staff_satisfaction": 78.3, "patient_satisfaction": 85.4, "implementation_success_rate": 74.6, "workflow_adoption": 39.1, "competitive_pressure": 0.3, "roi_concerns": false, "executive_engagement": 0.66, "active_users": 216, "critical_tickets": 0, "sepsis_alerts_reviewed": 1188, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 63.0, "clinical_outcome_improvement": 6.4, "user_adoption_rate": 0.58, "support_ticket_volume": 8, "nps_score": 7.4, "engagement_level": 0.64, "clinical_efficiency_gain": 4.8, "cost_reduction": 2.1, "compliance_score": 92.7, "staff_satisfaction": 76.6, "patient_satisfaction": 84.5, "roi_percentage": -21.3, "implementation_success_rate": 80.8, "workflow_adoption": 47.0, "competitive_pressure": 0.28, "roi_concerns": false, "executive_engagement": 0.71, "active_users": 242, "critical_tickets": 0, "sepsis_alerts_reviewed": 1351, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 66.8, "clinical_outcome_improvement": 8.0, "user_adoption_rate": 0.62, "support_ticket_volume": 13, "nps_score": 7.4, "engagement_level": 0.65, "clinical_efficiency_gain": 7.3, "cost_reduction": 2.5, "compliance_score": 94.2, "staff_satisfaction": 78.1, "patient_satisfaction": 84.8, "roi_percentage": -15.3, "implementation_success_rate": 85.7, "workflow_adoption": 52.3, "competitive_pressure": 0.35, "roi_concerns": false, "executive_engagement": 0.7, "active_users": 261, "critical_tickets": 0, "sepsis_alerts_reviewed": 1495, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 65.9, "clinical_outcome_improvement": 9.3, "user_adoption_rate": 0.67, "support_ticket_volume": 8, "nps_score": 7.9, "engagement_level": 0.63, "clinical_efficiency_gain": 8.2, "cost_reduction": 3.1, "compliance_score": 94.3, "staff_satisfaction": 79.6, "patient_satisfaction": 85.1, "roi_percentage": -14.1, "implementation_success_rate": 94.2, "workflow_adoption": 60.1, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.64, "active_users": 279, "critical_tickets": 0, "sepsis_alerts_reviewed": 1346, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 70.7, "clinical_outcome_improvement": 10.6, "user_adoption_rate": 0.66, "support_ticket_volume": 7, "nps_score": 7.6, "engagement_level": 0.7, "clinical_efficiency_gain": 9.5, "cost_reduction": 4.5, "compliance_score": 94.1, "staff_satisfaction": 80.6, "patient_satisfaction": 86.6, "roi_percentage": -5.8, "implementation_success_rate": 92.4, "workflow_adoption": 65.6, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.7, "active_users": 276, "critical_tickets": 0, "sepsis_alerts_reviewed": 1540, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 73.7, "clinical_outcome_improvement": 10.2, "user_adoption_rate": 0.7, "support_ticket_volume": 5, "nps_score": 7.6, "engagement_level": 0.69, "clinical_efficiency_gain": 11.4, "cost_reduction": 5.1, "compliance_score": 94.7, "staff_satisfaction": 81.8, "patient_satisfaction": 85.7, "roi_percentage": -2.7, "implementation_success_rate": 91.7, "workflow_adoption": 70.6, "competitive_pressure": 0.35, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.68, "active_users": 294, "critical_tickets": 0, "sepsis_alerts_reviewed": 1568, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 71.6, "clinical_outcome_improvement": 11.3, "user_adoption_rate": 0.63, "support_ticket_volume": 10, "nps_score": 7.8, "engagement_level": 0.7, "clinical_efficiency_gain": 12.3, "cost_reduction": 5.4, "compliance_score": 94.5, "staff_satisfaction": 80.5, "patient_satisfaction": 85.6, "roi_percentage": -1.4, "implementation_success_rate": 91.6, "workflow_adoption": 69.9, "competitive_pressure": 0.34, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.71, "active_users": 359, "critical_tickets": 0, "sepsis_alerts_reviewed": 1589, "source": "product_analytics", "note": "Ambient documentation went live for 150 hospitalist and ED seats; adoption rate dips as new seats are added."}
{"date": "2024-10-01", "usage_percentage": 73.4, "clinical_outcome_improvement": 12.6, "user_adoption_rate": 0.65, "support_ticket_volume": 7, "nps_score": 7.8, "engagement_level": 0.73, "clinical_efficiency_gain": 14.4, "cost_reduction": 7.2, "compliance_score": 95.3, "staff_satisfaction": 78.6, "patient_satisfaction": 85.2, "roi_percentage": 4.6, "implementation_success_rate": 94.2, "workflow_adoption": 69.1, "competitive_pressure": 0.31, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.77, "active_users": 371, "critical_tickets": 0, "sepsis_alerts_reviewed": 1581, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 75.4, "clinical_outcome_improvement": 13.9, "user_adoption_rate": 0.7, "support_ticket_volume": 6, "nps_score": 8.0, "engagement_level": 0.7, "clinical_efficiency_gain": 15.3, "cost_reduction": 7.6, "compliance_score": 94.9, "staff_satisfaction": 78.6, "patient_satisfaction": 85.9, "roi_percentage": 7.5, "implementation_success_rate": 92.2, "workflow_adoption": 70.0, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.77, "active_users": 400, "critical_tickets": 0, "sepsis_alerts_reviewed": 1552, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 76.1, "clinical_outcome_improvement": 14.6, "user_adoption_rate": 0.71, "support_ticket_volume": 4, "nps_score": 7.7, "engagement_level": 0.79, "clinical_efficiency_gain": 16.5, "cost_reduction": 8.8, "compliance_score": 95.6, "staff_satisfaction": 80.8, "patient_satisfaction": 86.5, "roi_percentage": 9.8, "implementation_success_rate": 93.2, "workflow_adoption": 70.2, "competitive_pressure": 0.32, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.8, "active_users": 406, "critical_tickets": 0, "sepsis_alerts_reviewed": 1482, "time_saved_hours": 118, "source": "product_analytics", "note": "Annual business review held 2024-12-10; sepsis bundle compliance up across all four hospitals."}
{"date": "2025-01-01", "usage_percentage": 78.8, "clinical_outcome_improvement": 14.6, "user_adoption_rate": 0.72, "support_ticket_volume": 5, "nps_score": 7.8, "engagement_level": 0.76, "clinical_efficiency_gain": 16.8, "cost_reduction": 8.7, "compliance_score": 95.8, "staff_satisfaction": 82.9, "patient_satisfaction": 87.9, "roi_percentage": 11.5, "implementation_success_rate": 94.4, "workflow_adoption": 70.4, "competitive_pressure": 0.31, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.82, "active_users": 411, "critical_tickets": 0, "sepsis_alerts_reviewed": 1742, "time_saved_hours": 124, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 78.0, "clinical_outcome_improvement": 15.4, "user_adoption_rate": 0.74, "support_ticket_volume": 4, "nps_score": 8.1, "engagement_level": 0.73, "clinical_efficiency_gain": 18.1, "cost_reduction": 9.5, "compliance_score": 96.5, "staff_satisfaction": 83.2, "patient_satisfaction": 87.9, "roi_percentage": 13.3, "implementation_success_rate": 94.6, "workflow_adoption": 70.7, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.79, "active_users": 422, "critical_tickets": 0, "sepsis_alerts_reviewed": 1734, "time_saved_hours": 131, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 77.3, "clinical_outcome_improvement": 14.0, "user_adoption_rate": 0.75, "support_ticket_volume": 3, "nps_score": 7.8, "engagement_level": 0.71, "clinical_efficiency_gain": 16.6, "cost_reduction": 9.9, "compliance_score": 95.4, "staff_satisfaction": 82.4, "patient_satisfaction": 87.6, "roi_percentage": 16.0, "implementation_success_rate": 95.2, "workflow_adoption": 73.1, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.78, "active_users": 428, "critical_tickets": 0, "sepsis_alerts_reviewed": 1716, "time_saved_hours": 129, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 79.6, "clinical_outcome_improvement": 15.1, "user_adoption_rate": 0.75, "support_ticket_volume": 9, "nps_score": 7.8, "engagement_level": 0.76, "clinical_efficiency_gain": 18.8, "cost_reduction": 10.4, "compliance_score": 96.5, "staff_satisfaction": 85.9, "patient_satisfaction": 86.3, "roi_percentage": 18.7, "implementation_success_rate": 93.2, "workflow_adoption": 75.5, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.7, "active_users": 428, "critical_tickets": 0, "sepsis_alerts_reviewed": 1696, "time_saved_hours": 138, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 81.0, "clinical_outcome_improvement": 16.4, "user_adoption_rate": 0.78, "support_ticket_volume": 5, "nps_score": 8.5, "engagement_level": 0.75, "clinical_efficiency_gain": 20.4, "cost_reduction": 11.5, "compliance_score": 95.7, "staff_satisfaction": 84.9, "patient_satisfaction": 86.4, "roi_percentage": 21.1, "implementation_success_rate": 94.2, "workflow_adoption": 78.8, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.72, "active_users": 445, "critical_tickets": 0, "sepsis_alerts_reviewed": 1623, "time_saved_hours": 142, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 78.2, "clinical_outcome_improvement": 16.1, "user_adoption_rate": 0.78, "support_ticket_volume": 4, "nps_score": 8.5, "engagement_level": 0.79, "clinical_efficiency_gain": 20.3, "cost_reduction": 11.6, "compliance_score": 95.3, "staff_satisfaction": 83.5, "patient_satisfaction": 87.1, "roi_percentage": 20.5, "implementation_success_rate": 92.7, "workflow_adoption": 79.6, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.74, "active_users": 445, "critical_tickets": 0, "sepsis_alerts_reviewed": 1656, "time_saved_hours": 147, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 82.0, "clinical_outcome_improvement": 17.3, "user_adoption_rate": 0.79, "support_ticket_volume": 4, "nps_score": 8.3, "engagement_level": 0.71, "clinical_efficiency_gain": 20.3, "cost_reduction": 12.2, "compliance_score": 96.6, "staff_satisfaction": 83.1, "patient_satisfaction": 86.8, "roi_percentage": 25.3, "implementation_success_rate": 94.0, "workflow_adoption": 78.0, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.8, "active_users": 451, "critical_tickets": 0, "sepsis_alerts_reviewed": 1735, "time_saved_hours": 151, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 83.1, "clinical_outcome_improvement": 17.4, "user_adoption_rate": 0.8, "support_ticket_volume": 6, "nps_score": 8.1, "engagement_level": 0.75, "clinical_efficiency_gain": 19.9, "cost_reduction": 11.5, "compliance_score": 97.2, "staff_satisfaction": 85.2, "patient_satisfaction": 88.9, "roi_percentage": 24.7, "implementation_success_rate": 94.5, "workflow_adoption": 80.3, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.89, "active_users": 457, "critical_tickets": 0, "sepsis_alerts_reviewed": 1679, "time_saved_hours": 149, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 81.3, "clinical_outcome_improvement": 17.8, "user_adoption_rate": 0.79, "support_ticket_volume": 6, "nps_score": 8.2, "engagement_level": 0.8, "clinical_efficiency_gain": 19.5, "cost_reduction": 11.5, "compliance_score": 97.6, "staff_satisfaction": 83.7, "patient_satisfaction": 88.2, "roi_percentage": 25.5, "implementation_success_rate": 95.8, "workflow_adoption": 82.0, "competitive_pressure": 0.32, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.86, "active_users": 450, "critical_tickets": 0, "sepsis_alerts_reviewed": 1657, "time_saved_hours": 156, "source": "product_analytics"}
{"date": "2025-10-01", "usage_percentage": 84.0, "clinical_outcome_improvement": 17.7, "user_adoption_rate": 0.81, "support_ticket_volume": 4, "nps_score": 8.0, "engagement_level": 0.77, "clinical_efficiency_gain": 21.6, "cost_reduction": 11.5, "compliance_score": 97.4, "staff_satisfaction": 84.6, "patient_satisfaction": 90.0, "roi_percentage": 25.3, "implementation_success_rate": 92.4, "workflow_adoption": 79.8, "competitive_pressure": 0.25, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.82, "active_users": 456, "critical_tickets": 0, "sepsis_alerts_reviewed": 1772, "time_saved_hours": 158, "source": "product_analytics"}
{"date": "2025-11-01", "usage_percentage": 85.0, "clinical_outcome_improvement": 18.5, "user_adoption_rate": 0.82, "support_ticket_volume": 3, "nps_score": 8.5, "engagement_level": 0.78, "clinical_efficiency_gain": 22.2, "cost_reduction": 12.6, "compliance_score": 97.1, "staff_satisfaction": 85.0, "patient_satisfaction": 90.5, "roi_percentage": 30.3, "implementation_success_rate": 94.1, "workflow_adoption": 80.0, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.82, "active_users": 467, "critical_tickets": 0, "sepsis_alerts_reviewed": 1672, "time_saved_hours": 162, "projected_savings": 610000, "source": "product_analytics"}

"""####),
        ("customers/HOSP_001/notes/2024-09-03-ambient-go-live.md", ####"""
---
date: 2024-09-03
title: Ambient documentation go-live
author: mike.smith
kind: meeting
tags: [go-live, ambient]
---
Ambient documentation went live on 2024-09-01 for 150 hospitalist and emergency
department seats. Go-live support ran through the long weekend with two of our
clinical trainers on site.

First-week issues were minor: microphone permissions on the shared workstations
and a note template that dropped the review of systems. Both fixed by Tuesday.
Adoption rate will dip for a month because the new seats count as licensed but
inactive until training finishes.

"""####),
        ("customers/HOSP_001/notes/2025-03-20-alert-threshold-tuning-plan.md", ####"""
---
date: 2025-03-20
title: Alert threshold tuning plan for orthopaedic units
author: mike.smith
kind: internal
tags: [alert-fatigue, sepsis, action-plan]
---
Internal plan for the orthopaedic alert-fatigue complaint of 2025-03-14.

Clinical science ran the last 90 days of Metro alerts through a simulation: a
24-hour post-operative suppression window for temperature and heart-rate-only
triggers removes about 60% of the orthopaedic alerts and would have missed none
of the alerts that led to a sepsis bundle being started. Lactate-driven alerts
stay on.

Plan: present to Metro's sepsis committee on 2025-04-02, go live on the two
orthopaedic units first, measure dismiss-without-action rate weekly for a month.

"""####),
        ("customers/HOSP_001/profile.json", ####"""
{
  "customer_id": "HOSP_001",
  "organization_name": "Metro Health System",
  "tier": "enterprise",
  "segment": {
    "segment_name": "Large Health System",
    "organization_type": "health_system",
    "size_category": "enterprise",
    "clinical_specialty": "multi_specialty",
    "geographic_region": "midwest",
    "maturity_level": "mature",
    "tech_adoption": "progressive"
  },
  "primary_contact": "Dr. Sarah Johnson",
  "email": "sarah.johnson@metrohealth.org",
  "csm_assigned": "mike.smith",
  "contract_start": "2024-01-01",
  "contract_value": 500000,
  "team_members": [
    {
      "name": "Dr. Sarah Johnson",
      "title": "Chief Medical Officer",
      "specialty": "internal_medicine",
      "expertise_areas": [
        "clinical_analytics",
        "quality_improvement"
      ]
    },
    {
      "name": "Angela Brooks, RN",
      "title": "Director of Nursing Informatics",
      "specialty": "nursing_informatics",
      "expertise_areas": [
        "sepsis_bundles",
        "nurse_workflow",
        "ehr_build"
      ],
      "email": "angela.brooks@metrohealth.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-05-15"
    },
    {
      "name": "Tom Reyes",
      "title": "VP, Clinical Applications",
      "specialty": "information_technology",
      "expertise_areas": [
        "ehr_integration",
        "interface_engines"
      ],
      "email": "tom.reyes@metrohealth.example",
      "role": "it_lead",
      "community_consent": false
    },
    {
      "name": "Dr. Kevin Liu",
      "title": "Hospitalist Medical Director",
      "specialty": "hospital_medicine",
      "expertise_areas": [
        "clinical_decision_support",
        "readmissions"
      ],
      "email": "kevin.liu@metrohealth.example",
      "role": "end_user",
      "community_consent": true,
      "community_consent_date": "2024-05-15"
    }
  ],
  "renewal_date": "2026-01-01",
  "contract_end": "2025-12-31",
  "status": "active",
  "products": [
    {
      "product_id": "sepsis-early-warning",
      "licensed_seats": 900,
      "unit": "bed",
      "start_date": "2024-01-01"
    },
    {
      "product_id": "clinical-decision-support",
      "licensed_seats": 420,
      "unit": "seat",
      "start_date": "2024-01-01"
    },
    {
      "product_id": "ambient-documentation",
      "licensed_seats": 150,
      "unit": "seat",
      "start_date": "2024-09-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000A1mHsAAJ",
    "hubspot": "18204311"
  },
  "tags": [
    "reference-account",
    "sepsis",
    "ambient"
  ]
}

"""####),
        ("customers/HOSP_001/reviews/2024-12-10-annual-business-review.md", ####"""
---
date: 2024-12-10
type: annual_business_review
status: held
author: mike.smith
attendees: [Dr. Sarah Johnson, "Angela Brooks, RN", Tom Reyes, Mike Smith]
next_review: 2025-06-17
tags: [abr, sepsis, roi]
---
First annual review, held at Metro's system office with the CMO, nursing
informatics and IT.

## Outcomes vs targets

- Clinical outcome improvement (sepsis bundle compliance and time to antibiotics,
  combined index): 14.6% against a 15% target, up from 6.4% in April.
- Clinical efficiency gain 16.5% (target 20%); cost reduction 8.8% (target 12%).
- ROI 9.8% after eleven months, turning positive in October; on track for the
  25% target during year two.
- Compliance score 95.6, meeting the 95 target.

## Adoption

Usage at 76% of licensed capacity and 71% of licensed users active. Adoption
dipped in September when 150 ambient documentation seats were added and has
recovered since. Support tickets fell from 15 in the January snapshot to 4 in December.

## Risks

- Alert burden on surgical units is not yet measured separately; nursing
  leadership wants unit-level reporting.
- Renewal is a year out, but Metro's budget cycle closes in August.

## Next steps

- Unit-level alert dashboards for nursing informatics (Q1).
- Quarterly review in June with a full-year ROI model for finance.
- Invite Dr. Johnson to the customer advisory board.

"""####),
        ("customers/HOSP_001/reviews/2025-06-17-quarterly-business-review.md", ####"""
---
date: 2025-06-17
type: quarterly_business_review
status: held
author: mike.smith
attendees: [Dr. Sarah Johnson, "Angela Brooks, RN", Dr. Kevin Liu, Mike Smith]
next_review: 2025-12-09
tags: [qbr, renewal-prep]
---
Mid-year review focused on value for the renewal conversation.

## Outcomes vs targets

- Clinical outcome improvement 16.1%, above the 15% target in every month since April.
- Clinical efficiency gain 20.3%, now at target; cost reduction 11.6% (target 12%).
- ROI 20.5%, up from 9.8% at the annual review; finance accepts the model we built
  with them.

## Adoption

78% usage, 78% of licensed users active, 445 active users. The post-operative
alert suppression window fixed the orthopaedic complaint from March.

## Risks

- Hospital-medicine champions are strong; specialty clinics are lukewarm on
  ambient documentation.
- The EHR vendor is marketing a native sepsis score to Metro's IT group.

## Next steps

- Specialty-clinic template pilot with cardiology in Q3.
- Share the bundle-compliance results with the quality committee in September.
- Renewal paperwork to start in September for the January renewal.

"""####),
        ("customers/HOSP_001/reviews/2025-12-09-annual-business-review.md", ####"""
---
date: 2025-12-09
type: annual_business_review
status: planned
author: mike.smith
attendees: [Dr. Sarah Johnson, Tom Reyes, "Angela Brooks, RN", Mike Smith]
tags: [abr, renewal]
---
Agenda draft for the second annual review; numbers as of the 2025-11-01 snapshot.

## Outcomes vs targets

- Clinical outcome improvement 18.5% (target 15%).
- Clinical efficiency gain 22.2% (target 20%); cost reduction 12.6% (target 12%).
- ROI 30.3% (target 25%); compliance 97.1 (target 95).

## Adoption

85% usage, 82% of licensed users active, NPS 8.5. Support volume down to three
tickets a month.

## Risks

- Specialty-clinic ambient templates are still in pilot.
- Competitive pressure from the EHR vendor's native tools remains moderate.

## Next steps

- Present the renewal proposal with the specialty-template roadmap.
- Discuss extending sepsis early warning to the two affiliated critical access
  hospitals.

"""####),
        ("customers/HS_004/contracts.jsonl", ####"""
{"id": "K-5960a843906b260a", "date": "2023-11-01", "event": "start", "arr": 620000, "term_end": "2026-11-01", "author": "mike.smith"}

"""####),
        ("customers/HS_004/feedback/2024-06-12-ambient-ed-praise.md", ####"""
---
date: 2024-06-12
channel: email
type: praise
author: mike.smith
contact: Keisha Morgan, RN
score: 8
status: closed
product: ambient-documentation
tags: [ambient, time-saved, emergency-department]
---
Keisha passed on feedback from the emergency department: physicians using
ambient documentation leave within 20 minutes of shift end on most days instead
of staying an hour to finish charts. Two of the ED's most sceptical physicians
asked for it after seeing colleagues use it.

"""####),
        ("customers/HS_004/feedback/2025-02-18-downtime-mode-request.md", ####"""
---
date: 2025-02-18
channel: call
type: feature_request
author: mike.smith
contact: Greg Tollefson
status: planned
product: sepsis-early-warning
tags: [downtime, ehr-integration, sepsis]
enhancement: ehr-downtime-mode
---
Greg asked for a documented downtime mode: what the sepsis score does when the
vitals feed stops, how long before it is stale, and how nurses are told. Right
now a stale score looks the same as a current one.

Good catch; logged as a feature request for a visible "data as of" time stamp and
a staleness banner.

"""####),
        ("customers/HS_004/feedback/2025-07-16-stale-scores-after-upgrade.md", ####"""
---
date: 2025-07-16
channel: ticket
type: bug
author: mike.smith
contact: Greg Tollefson
severity: critical
status: closed
product: sepsis-early-warning
tags: [ehr-integration, downtime, sepsis, escalation]
---
Critical ticket opened by Granite Ridge's integration team: since the EHR
platform upgrade on 2025-07-12, the lab and vitals feed into the sepsis model has
been dropping messages on three of the five campuses. Scores were up to six hours
stale and nurses could not tell.

Workaround the same day: hourly batch replay from the interface engine. Root
cause is a changed message segment in the upgraded interface; fix needs both
teams. Escalated to engineering as severity 1.

"""####),
        ("customers/HS_004/feedback/2025-08-25-reliability-complaint.md", ####"""
---
date: 2025-08-25
channel: call
type: complaint
author: mike.smith
contact: Dr. Paul Andersen
score: 4
severity: critical
status: closed
product: sepsis-early-warning
tags: [ehr-integration, downtime, trust, escalation]
---
Dr. Andersen, after the second feed failure on 2025-08-21: "My nurses are
back to calculating early warning scores by hand on two campuses. I cannot keep
telling them to trust the alerts." He wants a written root-cause analysis and a
commitment on monitoring so that a silent failure cannot happen again.

August ticket volume is already the highest on record, with several critical.
This is the most serious escalation on the account.

"""####),
        ("customers/HS_004/feedback/2025-10-20-war-room-praise.md", ####"""
---
date: 2025-10-20
channel: email
type: praise
author: mike.smith
contact: Keisha Morgan, RN
score: 7
status: closed
product: sepsis-early-warning
tags: [downtime, recovery, sepsis]
---
Keisha reported that night nurses noticed the new "data as of" time stamp and the
staleness banner within days of release and like being able to see when a score
is fresh. Dr. Andersen thanked the team for the daily war-room calls in September.
NPS is recovering but not back to where it was before July.

"""####),
        ("customers/HS_004/metrics.jsonl", ####"""
{"date": "2023-12-01", "usage_percentage": 58.4, "clinical_outcome_improvement": 6.3, "user_adoption_rate": 0.54, "support_ticket_volume": 8, "nps_score": 7.0, "engagement_level": 0.63, "clinical_efficiency_gain": 5.6, "cost_reduction": 3.3, "compliance_score": 94.1, "staff_satisfaction": 72.7, "patient_satisfaction": 86.5, "roi_percentage": -12.5, "implementation_success_rate": 77.5, "workflow_adoption": 48.2, "competitive_pressure": 0.24, "roi_concerns": false, "executive_engagement": 0.57, "active_users": 162, "critical_tickets": 0, "sepsis_alerts_reviewed": 1549, "source": "product_analytics"}
{"date": "2024-01-01", "usage_percentage": 60.0, "clinical_outcome_improvement": 7.3, "user_adoption_rate": 0.54, "support_ticket_volume": 6, "nps_score": 7.4, "engagement_level": 0.62, "clinical_efficiency_gain": 6.6, "cost_reduction": 2.9, "compliance_score": 93.7, "staff_satisfaction": 75.4, "patient_satisfaction": 85.6, "roi_percentage": -11.8, "implementation_success_rate": 80.3, "workflow_adoption": 50.1, "competitive_pressure": 0.26, "roi_concerns": false, "executive_engagement": 0.64, "active_users": 162, "critical_tickets": 0, "sepsis_alerts_reviewed": 1566, "source": "product_analytics"}
{"date": "2024-02-01", "usage_percentage": 63.7, "clinical_outcome_improvement": 7.4, "user_adoption_rate": 0.58, "support_ticket_volume": 6, "nps_score": 7.5, "engagement_level": 0.67, "clinical_efficiency_gain": 6.9, "cost_reduction": 3.4, "compliance_score": 94.8, "staff_satisfaction": 76.4, "patient_satisfaction": 86.4, "roi_percentage": -7.1, "implementation_success_rate": 81.9, "workflow_adoption": 48.3, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.65, "active_users": 174, "critical_tickets": 0, "sepsis_alerts_reviewed": 1778, "source": "product_analytics"}
{"date": "2024-03-01", "usage_percentage": 65.9, "clinical_outcome_improvement": 9.2, "user_adoption_rate": 0.62, "support_ticket_volume": 5, "nps_score": 7.6, "engagement_level": 0.72, "clinical_efficiency_gain": 6.9, "cost_reduction": 5.1, "compliance_score": 94.6, "staff_satisfaction": 76.0, "patient_satisfaction": 85.2, "roi_percentage": -3.0, "implementation_success_rate": 83.1, "workflow_adoption": 49.1, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.57, "active_users": 187, "critical_tickets": 0, "sepsis_alerts_reviewed": 1807, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 69.3, "clinical_outcome_improvement": 10.6, "user_adoption_rate": 0.61, "support_ticket_volume": 8, "nps_score": 7.4, "engagement_level": 0.71, "clinical_efficiency_gain": 9.0, "cost_reduction": 5.9, "compliance_score": 93.9, "staff_satisfaction": 75.7, "patient_satisfaction": 85.6, "roi_percentage": 0.4, "implementation_success_rate": 86.8, "workflow_adoption": 52.3, "competitive_pressure": 0.22, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.58, "active_users": 181, "critical_tickets": 1, "sepsis_alerts_reviewed": 2075, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 71.7, "clinical_outcome_improvement": 9.3, "user_adoption_rate": 0.67, "support_ticket_volume": 7, "nps_score": 7.7, "engagement_level": 0.71, "clinical_efficiency_gain": 8.6, "cost_reduction": 6.0, "compliance_score": 93.1, "staff_satisfaction": 74.5, "patient_satisfaction": 86.0, "roi_percentage": 1.8, "implementation_success_rate": 88.4, "workflow_adoption": 54.3, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.6, "active_users": 201, "critical_tickets": 0, "sepsis_alerts_reviewed": 1994, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 73.6, "clinical_outcome_improvement": 11.7, "user_adoption_rate": 0.7, "support_ticket_volume": 9, "nps_score": 7.5, "engagement_level": 0.67, "clinical_efficiency_gain": 11.1, "cost_reduction": 5.2, "compliance_score": 95.0, "staff_satisfaction": 78.0, "patient_satisfaction": 85.1, "roi_percentage": 1.0, "implementation_success_rate": 88.7, "workflow_adoption": 55.0, "competitive_pressure": 0.29, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.62, "active_users": 211, "critical_tickets": 0, "sepsis_alerts_reviewed": 1956, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 76.6, "clinical_outcome_improvement": 12.1, "user_adoption_rate": 0.73, "support_ticket_volume": 5, "nps_score": 8.0, "engagement_level": 0.66, "clinical_efficiency_gain": 11.4, "cost_reduction": 6.2, "compliance_score": 95.2, "staff_satisfaction": 79.6, "patient_satisfaction": 86.0, "roi_percentage": 3.7, "implementation_success_rate": 89.8, "workflow_adoption": 60.4, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.59, "active_users": 219, "critical_tickets": 0, "sepsis_alerts_reviewed": 2069, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 75.5, "clinical_outcome_improvement": 12.9, "user_adoption_rate": 0.7, "support_ticket_volume": 5, "nps_score": 8.2, "engagement_level": 0.69, "clinical_efficiency_gain": 11.3, "cost_reduction": 7.1, "compliance_score": 94.8, "staff_satisfaction": 79.6, "patient_satisfaction": 85.4, "roi_percentage": 8.3, "implementation_success_rate": 91.9, "workflow_adoption": 60.3, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.62, "active_users": 211, "critical_tickets": 0, "sepsis_alerts_reviewed": 2004, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 74.2, "clinical_outcome_improvement": 12.8, "user_adoption_rate": 0.72, "support_ticket_volume": 3, "nps_score": 7.4, "engagement_level": 0.69, "clinical_efficiency_gain": 11.5, "cost_reduction": 6.4, "compliance_score": 95.0, "staff_satisfaction": 79.1, "patient_satisfaction": 84.9, "roi_percentage": 10.6, "implementation_success_rate": 92.4, "workflow_adoption": 63.2, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.64, "active_users": 215, "critical_tickets": 0, "sepsis_alerts_reviewed": 2157, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 79.2, "clinical_outcome_improvement": 12.9, "user_adoption_rate": 0.74, "support_ticket_volume": 5, "nps_score": 7.5, "engagement_level": 0.71, "clinical_efficiency_gain": 13.4, "cost_reduction": 7.4, "compliance_score": 96.0, "staff_satisfaction": 80.4, "patient_satisfaction": 86.4, "roi_percentage": 14.0, "implementation_success_rate": 94.2, "workflow_adoption": 62.6, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.65, "active_users": 223, "critical_tickets": 0, "sepsis_alerts_reviewed": 2198, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 80.1, "clinical_outcome_improvement": 13.2, "user_adoption_rate": 0.73, "support_ticket_volume": 3, "nps_score": 7.9, "engagement_level": 0.67, "clinical_efficiency_gain": 13.4, "cost_reduction": 7.4, "compliance_score": 94.5, "staff_satisfaction": 78.9, "patient_satisfaction": 87.4, "roi_percentage": 17.5, "implementation_success_rate": 94.7, "workflow_adoption": 65.1, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.69, "active_users": 217, "critical_tickets": 0, "sepsis_alerts_reviewed": 2157, "source": "product_analytics"}
{"date": "2024-12-01", "usage_percentage": 79.2, "clinical_outcome_improvement": 13.6, "user_adoption_rate": 0.72, "support_ticket_volume": 6, "nps_score": 7.9, "engagement_level": 0.71, "clinical_efficiency_gain": 13.5, "cost_reduction": 7.8, "compliance_score": 95.0, "staff_satisfaction": 80.1, "patient_satisfaction": 86.8, "roi_percentage": 19.6, "implementation_success_rate": 91.0, "workflow_adoption": 68.5, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.72, "active_users": 215, "critical_tickets": 0, "sepsis_alerts_reviewed": 2134, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 80.5, "clinical_outcome_improvement": 14.1, "user_adoption_rate": 0.73, "support_ticket_volume": 4, "nps_score": 8.0, "engagement_level": 0.7, "clinical_efficiency_gain": 14.4, "cost_reduction": 9.2, "compliance_score": 94.0, "staff_satisfaction": 81.1, "patient_satisfaction": 88.3, "roi_percentage": 17.5, "implementation_success_rate": 90.4, "workflow_adoption": 69.2, "competitive_pressure": 0.23, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.73, "active_users": 218, "critical_tickets": 0, "sepsis_alerts_reviewed": 2392, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 80.7, "clinical_outcome_improvement": 14.4, "user_adoption_rate": 0.73, "support_ticket_volume": 6, "nps_score": 8.1, "engagement_level": 0.71, "clinical_efficiency_gain": 15.7, "cost_reduction": 9.8, "compliance_score": 92.5, "staff_satisfaction": 82.2, "patient_satisfaction": 88.5, "roi_percentage": 18.3, "implementation_success_rate": 89.3, "workflow_adoption": 69.5, "competitive_pressure": 0.23, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.67, "active_users": 219, "critical_tickets": 0, "sepsis_alerts_reviewed": 2217, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 81.3, "clinical_outcome_improvement": 14.8, "user_adoption_rate": 0.75, "support_ticket_volume": 6, "nps_score": 8.1, "engagement_level": 0.67, "clinical_efficiency_gain": 16.5, "cost_reduction": 10.5, "compliance_score": 95.0, "staff_satisfaction": 81.5, "patient_satisfaction": 88.1, "roi_percentage": 16.7, "implementation_success_rate": 89.9, "workflow_adoption": 72.1, "competitive_pressure": 0.22, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.67, "active_users": 227, "critical_tickets": 0, "sepsis_alerts_reviewed": 2116, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 80.5, "clinical_outcome_improvement": 16.4, "user_adoption_rate": 0.77, "support_ticket_volume": 3, "nps_score": 8.3, "engagement_level": 0.78, "clinical_efficiency_gain": 16.4, "cost_reduction": 10.6, "compliance_score": 95.0, "staff_satisfaction": 83.8, "patient_satisfaction": 87.9, "roi_percentage": 18.0, "implementation_success_rate": 90.9, "workflow_adoption": 74.7, "competitive_pressure": 0.25, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.73, "active_users": 231, "critical_tickets": 0, "sepsis_alerts_reviewed": 2327, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 82.8, "clinical_outcome_improvement": 16.2, "user_adoption_rate": 0.76, "support_ticket_volume": 3, "nps_score": 8.1, "engagement_level": 0.77, "clinical_efficiency_gain": 18.4, "cost_reduction": 11.0, "compliance_score": 95.4, "staff_satisfaction": 82.0, "patient_satisfaction": 86.8, "roi_percentage": 23.3, "implementation_success_rate": 93.0, "workflow_adoption": 75.3, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.73, "active_users": 226, "critical_tickets": 0, "sepsis_alerts_reviewed": 2422, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 79.7, "clinical_outcome_improvement": 15.7, "user_adoption_rate": 0.75, "support_ticket_volume": 6, "nps_score": 8.0, "engagement_level": 0.76, "clinical_efficiency_gain": 18.1, "cost_reduction": 11.1, "compliance_score": 96.0, "staff_satisfaction": 80.7, "patient_satisfaction": 86.4, "roi_percentage": 23.0, "implementation_success_rate": 92.8, "workflow_adoption": 75.8, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.72, "active_users": 223, "critical_tickets": 0, "sepsis_alerts_reviewed": 2185, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 82.4, "clinical_outcome_improvement": 15.1, "user_adoption_rate": 0.77, "support_ticket_volume": 8, "nps_score": 8.1, "engagement_level": 0.78, "clinical_efficiency_gain": 19.0, "cost_reduction": 10.4, "compliance_score": 95.9, "staff_satisfaction": 81.5, "patient_satisfaction": 85.7, "roi_percentage": 25.0, "implementation_success_rate": 93.6, "workflow_adoption": 79.5, "competitive_pressure": 0.19, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.7, "active_users": 234, "critical_tickets": 0, "sepsis_alerts_reviewed": 2258, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 73.1, "clinical_outcome_improvement": 14.4, "user_adoption_rate": 0.7, "support_ticket_volume": 23, "nps_score": 6.6, "engagement_level": 0.84, "clinical_efficiency_gain": 15.4, "cost_reduction": 10.7, "compliance_score": 95.5, "staff_satisfaction": 78.0, "patient_satisfaction": 86.6, "roi_percentage": 23.3, "implementation_success_rate": 89.5, "workflow_adoption": 73.6, "competitive_pressure": 0.33, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.74, "active_users": 210, "critical_tickets": 5, "sepsis_alerts_reviewed": 2168, "source": "product_analytics", "note": "EHR platform upgrade on 2025-07-12 broke the vitals and lab feed; sepsis scores stale for up to 6 hours on three campuses."}
{"date": "2025-09-01", "usage_percentage": 62.3, "clinical_outcome_improvement": 14.9, "user_adoption_rate": 0.63, "support_ticket_volume": 31, "nps_score": 6.4, "engagement_level": 0.84, "clinical_efficiency_gain": 12.4, "cost_reduction": 9.8, "compliance_score": 92.4, "staff_satisfaction": 73.4, "patient_satisfaction": 86.4, "roi_percentage": 15.6, "implementation_success_rate": 82.8, "workflow_adoption": 63.6, "competitive_pressure": 0.42, "roi_concerns": true, "clinical_outcome_trend": "stable", "executive_engagement": 0.83, "active_users": 190, "critical_tickets": 7, "sepsis_alerts_reviewed": 1741, "source": "product_analytics", "note": "Second interface failure 2025-08-21; war room with Granite Ridge integration team, daily calls until fixed."}
{"date": "2025-10-01", "usage_percentage": 71.2, "clinical_outcome_improvement": 16.1, "user_adoption_rate": 0.66, "support_ticket_volume": 14, "nps_score": 7.0, "engagement_level": 0.79, "clinical_efficiency_gain": 15.4, "cost_reduction": 10.7, "compliance_score": 94.2, "staff_satisfaction": 72.8, "patient_satisfaction": 86.6, "roi_percentage": 13.4, "implementation_success_rate": 84.6, "workflow_adoption": 69.8, "competitive_pressure": 0.42, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.81, "active_users": 197, "critical_tickets": 2, "sepsis_alerts_reviewed": 1839, "source": "product_analytics", "note": "Feed stable since 2025-09-09 patch; ticket backlog being worked down."}
{"date": "2025-11-01", "usage_percentage": 76.2, "clinical_outcome_improvement": 15.7, "user_adoption_rate": 0.69, "support_ticket_volume": 9, "nps_score": 7.2, "engagement_level": 0.78, "clinical_efficiency_gain": 17.1, "cost_reduction": 10.9, "compliance_score": 95.1, "staff_satisfaction": 78.2, "patient_satisfaction": 87.6, "roi_percentage": 16.3, "implementation_success_rate": 87.4, "workflow_adoption": 76.4, "competitive_pressure": 0.47, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.8, "active_users": 206, "critical_tickets": 0, "sepsis_alerts_reviewed": 2028, "source": "product_analytics"}

"""####),
        ("customers/HS_004/notes/2025-07-18-interface-outage-escalation.md", ####"""
---
date: 2025-07-18
title: Interface outage after the EHR upgrade
author: mike.smith
kind: escalation
tags: [ehr-integration, downtime, escalation]
---
Escalation opened after the EHR upgrade broke the vitals and lab feed on
2025-07-12. Three campuses affected; scores stale for up to six hours.

- Hourly replay workaround in place since 2025-07-16.
- Engineering and Granite Ridge integration team on a shared bridge daily.
- Customer-facing updates from Mike Smith every afternoon until resolved.

"""####),
        ("customers/HS_004/notes/2025-09-12-post-incident-review.md", ####"""
---
date: 2025-09-12
title: "Post-incident review: July and August feed failures"
author: mike.smith
kind: meeting
tags: [incident-review, ehr-integration]
---
Post-incident review with Granite Ridge after the permanent fix went in on
2025-09-09. Two failures (2025-07-12 and 2025-08-21), both caused by the upgraded
interface sending a changed segment our parser dropped without raising an
error. The real failure was silence: nothing told anyone the feed had stopped.

Agreed: feed heartbeat monitoring on both sides, a staleness banner in the
nurse view, and upgrade regression tests added to Granite Ridge's change
calendar. Tickets are coming down; the relationship is intact but bruised.

"""####),
        ("customers/HS_004/profile.json", ####"""
{
  "customer_id": "HS_004",
  "organization_name": "Granite Ridge Health",
  "tier": "enterprise",
  "segment": {
    "segment_name": "Regional Health System",
    "organization_type": "health_system",
    "size_category": "large",
    "clinical_specialty": "multi_specialty",
    "geographic_region": "mountain_west",
    "maturity_level": "mature",
    "tech_adoption": "mainstream"
  },
  "primary_contact": "Dr. Paul Andersen",
  "email": "paul.andersen@graniteridge-health.example",
  "csm_assigned": "mike.smith",
  "contract_start": "2023-11-01",
  "contract_value": 620000,
  "team_members": [
    {
      "name": "Dr. Paul Andersen",
      "title": "Chief Quality Officer",
      "specialty": "critical_care",
      "expertise_areas": [
        "sepsis",
        "patient_safety"
      ],
      "email": "paul.andersen@graniteridge-health.example",
      "role": "executive_sponsor",
      "community_consent": true,
      "community_consent_date": "2024-04-02"
    },
    {
      "name": "Keisha Morgan, RN",
      "title": "Sepsis Program Coordinator",
      "specialty": "nursing",
      "expertise_areas": [
        "sepsis_bundles",
        "nurse_education"
      ],
      "email": "keisha.morgan@graniteridge-health.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-04-02"
    },
    {
      "name": "Greg Tollefson",
      "title": "Director, Integration Services",
      "specialty": "information_technology",
      "expertise_areas": [
        "hl7_interfaces",
        "fhir",
        "downtime_procedures"
      ],
      "email": "greg.tollefson@graniteridge-health.example",
      "role": "it_lead",
      "community_consent": false
    }
  ],
  "renewal_date": "2026-11-01",
  "contract_end": "2026-10-31",
  "status": "active",
  "products": [
    {
      "product_id": "sepsis-early-warning",
      "licensed_seats": 1400,
      "unit": "bed",
      "start_date": "2023-11-01"
    },
    {
      "product_id": "ambient-documentation",
      "licensed_seats": 300,
      "unit": "seat",
      "start_date": "2024-04-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000D9vLeAAJ",
    "hubspot": "18377920"
  },
  "tags": [
    "ehr-upgrade-2025",
    "sepsis",
    "ambient"
  ]
}

"""####),
        ("customers/HS_004/reviews/2024-11-19-annual-business-review.md", ####"""
---
date: 2024-11-19
type: annual_business_review
status: held
author: mike.smith
attendees: [Dr. Paul Andersen, "Keisha Morgan, RN", Greg Tollefson, Mike Smith]
next_review: 2025-05-20
tags: [abr, sepsis, ehr-upgrade-2025]
---
## Outcomes vs targets

- Clinical outcome improvement 13.2% (target 15%): time to first antibiotic and
  ICU transfers from the floors.
- Clinical efficiency gain 13.4% (target 20%); cost reduction 7.4% (target 12%).
- ROI 17.5% after the first year (target 25%).

## Adoption

80% usage, 73% of licensed users active. Ambient documentation in the ED is the
fastest-growing use.

## Risks

- Granite Ridge plans a major EHR platform upgrade in summer 2025; the
  integration has to be regression-tested against it.

## Next steps

- Joint test plan for the EHR upgrade with Greg Tollefson's team.
- Expand ambient documentation to hospital medicine.

"""####),
        ("customers/HS_004/reviews/2025-09-30-quarterly-business-review.md", ####"""
---
date: 2025-09-30
type: quarterly_business_review
status: held
author: mike.smith
attendees: [Dr. Paul Andersen, Greg Tollefson, "Keisha Morgan, RN", Mike Smith]
next_review: 2026-01-27
tags: [qbr, incident-review, ehr-integration]
---
Review held as an incident review after the July and August feed failures.

## Outcomes vs targets

- Clinical outcome improvement held at 14.9% despite the outages (target 15%).
- Efficiency gain fell to 12.4% in September from 19.0% in July; ROI 15.6%.
- Compliance dipped to 92.4 (target 95) because of documentation gaps during
  manual scoring.

## Adoption

Usage fell from 82% in July to 62% in September; 31 tickets in August, 7 of them
critical. Two critical tickets in September, both before the fix on 2025-09-09.

## Risks

- Trust among night nurses on the two worst-hit campuses.
- Competitive pressure has risen; the EHR vendor offered its native score during
  the outage.

## Next steps

- Feed monitoring with a 15-minute silence alarm, live from October.
- Staleness banner and "data as of" time stamp, shipped.
- Re-training huddles on the two campuses in October and November.

"""####),
        ("customers/HS_010/contracts.jsonl", ####"""
{"id": "K-5d8e92399f0b3c1d", "date": "2024-11-01", "event": "start", "arr": 210000, "term_end": "2026-11-01", "author": "mike.smith"}

"""####),
        ("customers/HS_010/feedback/2025-01-09-note-sync-failure.md", ####"""
---
date: 2025-01-09
channel: ticket
type: bug
author: mike.smith
contact: Jenna Holt
severity: critical
status: closed
product: ambient-documentation
tags: [ehr-integration, ambient, go-live]
---
Critical ticket: notes generated by ambient documentation intermittently failed
to file into the EHR at the two hospitals, leaving physicians with drafts they had
to copy in by hand. Cause was a token expiry in the EHR integration; fixed
2025-01-14. December and January ticket volume was high while this was open.

"""####),
        ("customers/HS_010/feedback/2025-04-23-clinic-physicians-praise.md", ####"""
---
date: 2025-04-23
channel: call
type: praise
author: mike.smith
contact: Dr. Luis Amaro
score: 8
status: closed
product: ambient-documentation
tags: [ambient, time-saved, clinics]
---
Dr. Amaro reports that the clinic physicians who stuck with ambient documentation
through the rough go-live now refuse to give it up. Notes are done between visits
and Friday-afternoon charting backlogs are gone. Hospital adoption still lags the
clinics.

"""####),
        ("customers/HS_010/feedback/2025-09-17-orthopaedic-templates.md", ####"""
---
date: 2025-09-17
channel: email
type: feature_request
author: mike.smith
contact: Jenna Holt
status: planned
product: ambient-documentation
tags: [ambient, specialty-templates]
enhancement: specialty-note-templates
---
Orthopaedics asked for specialty templates: generated notes miss the structured
joint examination and imaging review that surgeons expect. Logged; the same
specialty-template work is on the roadmap for Metro Health.

"""####),
        ("customers/HS_010/metrics.jsonl", ####"""
{"date": "2024-12-01", "usage_percentage": 29.2, "user_adoption_rate": 0.31, "support_ticket_volume": 23, "nps_score": 5.9, "engagement_level": 0.82, "clinical_efficiency_gain": 1.5, "compliance_score": 90.3, "staff_satisfaction": 68.2, "patient_satisfaction": 84.0, "implementation_success_rate": 53.1, "workflow_adoption": 18.0, "competitive_pressure": 0.18, "roi_concerns": false, "executive_engagement": 0.69, "active_users": 54, "critical_tickets": 0, "source": "product_analytics", "note": "Go-live 2024-11-15 across two hospitals and six clinics; note sync to the EHR failing intermittently."}
{"date": "2025-01-01", "usage_percentage": 36.9, "user_adoption_rate": 0.33, "support_ticket_volume": 20, "nps_score": 5.8, "engagement_level": 0.81, "clinical_efficiency_gain": 3.4, "compliance_score": 89.2, "staff_satisfaction": 65.9, "patient_satisfaction": 84.1, "implementation_success_rate": 57.8, "workflow_adoption": 26.0, "competitive_pressure": 0.16, "roi_concerns": false, "executive_engagement": 0.72, "active_users": 60, "critical_tickets": 1, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 43.8, "user_adoption_rate": 0.39, "support_ticket_volume": 16, "nps_score": 5.9, "engagement_level": 0.81, "clinical_efficiency_gain": 4.8, "cost_reduction": 0.5, "compliance_score": 91.4, "staff_satisfaction": 68.0, "patient_satisfaction": 85.4, "roi_percentage": -35.4, "implementation_success_rate": 66.6, "workflow_adoption": 31.7, "competitive_pressure": 0.18, "roi_concerns": false, "executive_engagement": 0.75, "active_users": 68, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-03-01", "usage_percentage": 49.4, "clinical_outcome_improvement": 3.5, "user_adoption_rate": 0.43, "support_ticket_volume": 10, "nps_score": 5.9, "engagement_level": 0.76, "clinical_efficiency_gain": 8.4, "cost_reduction": 0.4, "compliance_score": 91.4, "staff_satisfaction": 69.3, "patient_satisfaction": 86.5, "roi_percentage": -28.2, "implementation_success_rate": 74.0, "workflow_adoption": 34.8, "competitive_pressure": 0.17, "roi_concerns": true, "executive_engagement": 0.74, "active_users": 77, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 57.0, "clinical_outcome_improvement": 5.0, "user_adoption_rate": 0.49, "support_ticket_volume": 11, "nps_score": 6.3, "engagement_level": 0.74, "clinical_efficiency_gain": 10.2, "cost_reduction": 0.7, "compliance_score": 92.1, "staff_satisfaction": 70.4, "patient_satisfaction": 85.0, "roi_percentage": -24.8, "implementation_success_rate": 78.8, "workflow_adoption": 39.0, "competitive_pressure": 0.18, "roi_concerns": false, "executive_engagement": 0.72, "active_users": 87, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 63.8, "clinical_outcome_improvement": 5.5, "user_adoption_rate": 0.49, "support_ticket_volume": 7, "nps_score": 6.3, "engagement_level": 0.76, "clinical_efficiency_gain": 9.8, "cost_reduction": 2.0, "compliance_score": 92.8, "staff_satisfaction": 71.8, "patient_satisfaction": 85.1, "roi_percentage": -20.0, "implementation_success_rate": 79.2, "workflow_adoption": 41.9, "competitive_pressure": 0.18, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.7, "active_users": 88, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 62.2, "clinical_outcome_improvement": 5.2, "user_adoption_rate": 0.5, "support_ticket_volume": 7, "nps_score": 7.2, "engagement_level": 0.79, "clinical_efficiency_gain": 10.4, "cost_reduction": 3.0, "compliance_score": 92.5, "staff_satisfaction": 73.3, "patient_satisfaction": 85.4, "roi_percentage": -12.9, "implementation_success_rate": 81.5, "workflow_adoption": 46.6, "competitive_pressure": 0.2, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.74, "active_users": 90, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 67.3, "clinical_outcome_improvement": 6.0, "user_adoption_rate": 0.54, "support_ticket_volume": 3, "nps_score": 7.3, "engagement_level": 0.78, "clinical_efficiency_gain": 12.4, "cost_reduction": 3.8, "compliance_score": 92.6, "staff_satisfaction": 75.0, "patient_satisfaction": 86.4, "roi_percentage": -5.7, "implementation_success_rate": 82.4, "workflow_adoption": 51.5, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.74, "active_users": 97, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 65.0, "clinical_outcome_improvement": 6.8, "user_adoption_rate": 0.59, "support_ticket_volume": 5, "nps_score": 7.0, "engagement_level": 0.71, "clinical_efficiency_gain": 14.1, "cost_reduction": 4.9, "compliance_score": 92.7, "staff_satisfaction": 75.5, "patient_satisfaction": 87.3, "roi_percentage": 1.6, "implementation_success_rate": 84.3, "workflow_adoption": 58.0, "competitive_pressure": 0.24, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.71, "active_users": 106, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 68.4, "clinical_outcome_improvement": 7.7, "user_adoption_rate": 0.62, "support_ticket_volume": 7, "nps_score": 7.6, "engagement_level": 0.71, "clinical_efficiency_gain": 15.7, "cost_reduction": 4.9, "compliance_score": 93.5, "staff_satisfaction": 79.5, "patient_satisfaction": 86.4, "roi_percentage": 4.0, "implementation_success_rate": 86.4, "workflow_adoption": 59.8, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.7, "active_users": 113, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-10-01", "usage_percentage": 71.5, "clinical_outcome_improvement": 8.5, "user_adoption_rate": 0.66, "support_ticket_volume": 6, "nps_score": 7.5, "engagement_level": 0.74, "clinical_efficiency_gain": 18.3, "cost_reduction": 5.8, "compliance_score": 94.2, "staff_satisfaction": 81.5, "patient_satisfaction": 86.1, "roi_percentage": 3.7, "implementation_success_rate": 89.3, "workflow_adoption": 63.6, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.68, "active_users": 119, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-11-01", "usage_percentage": 71.3, "clinical_outcome_improvement": 9.4, "user_adoption_rate": 0.71, "support_ticket_volume": 6, "nps_score": 7.6, "engagement_level": 0.73, "clinical_efficiency_gain": 18.7, "cost_reduction": 5.9, "compliance_score": 93.9, "staff_satisfaction": 82.6, "patient_satisfaction": 86.9, "roi_percentage": 11.6, "implementation_success_rate": 88.4, "workflow_adoption": 67.1, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.66, "active_users": 129, "critical_tickets": 0, "source": "product_analytics"}

"""####),
        ("customers/HS_010/notes/2025-02-12-go-live-retrospective.md", ####"""
---
date: 2025-02-12
title: Go-live retrospective
author: mike.smith
kind: meeting
tags: [go-live, lessons-learned]
---
Retrospective on the 2024-11-15 go-live. What went wrong: the note-sync token
expiry (fixed 2025-01-14), training scheduled during the holidays, and super-users
named too late. What went right: executive sponsorship from Dr. Kaufman and quick
turnaround from Jenna Holt's team. Implementation milestones at about 67% of plan;
new plan targets 85% by May.

"""####),
        ("customers/HS_010/notes/2025-03-18-roi-concern-call.md", ####"""
---
date: 2025-03-18
title: CMO asks about ROI timing
author: mike.smith
kind: call
tags: [roi, first-year]
---
Dr. Kaufman asked when the investment turns positive; the board wants an answer
before the budget cycle. With ROI still negative in March, agreed to track
documentation time saved per physician monthly and report against a break-even
target of August. Executive engagement remains strong.

"""####),
        ("customers/HS_010/profile.json", ####"""
{
  "customer_id": "HS_010",
  "organization_name": "Wheatland Valley Health",
  "tier": "mid_market",
  "segment": {
    "segment_name": "Rural Health Network",
    "organization_type": "health_system",
    "size_category": "mid",
    "clinical_specialty": "multi_specialty",
    "geographic_region": "great_plains",
    "maturity_level": "developing",
    "tech_adoption": "mainstream"
  },
  "primary_contact": "Dr. Trevor Kaufman",
  "email": "trevor.kaufman@wheatland-health.example",
  "csm_assigned": "mike.smith",
  "contract_start": "2024-11-01",
  "contract_value": 210000,
  "team_members": [
    {
      "name": "Dr. Trevor Kaufman",
      "title": "Chief Medical Officer",
      "specialty": "family_medicine",
      "expertise_areas": [
        "physician_wellbeing",
        "documentation_burden"
      ],
      "email": "trevor.kaufman@wheatland-health.example",
      "role": "executive_sponsor",
      "community_consent": true,
      "community_consent_date": "2025-03-03"
    },
    {
      "name": "Jenna Holt",
      "title": "Clinical Applications Manager",
      "specialty": "information_technology",
      "expertise_areas": [
        "ehr_build",
        "training"
      ],
      "email": "jenna.holt@wheatland-health.example",
      "role": "it_lead",
      "community_consent": true
    },
    {
      "name": "Dr. Luis Amaro",
      "title": "Hospitalist",
      "specialty": "hospital_medicine",
      "expertise_areas": [
        "ambient_documentation"
      ],
      "email": "luis.amaro@wheatland-health.example",
      "role": "clinical_champion"
    }
  ],
  "renewal_date": "2026-11-01",
  "contract_end": "2026-10-31",
  "status": "active",
  "products": [
    {
      "product_id": "ambient-documentation",
      "licensed_seats": 180,
      "unit": "seat",
      "start_date": "2024-11-15"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000H3pZcAAJ"
  },
  "tags": [
    "ambient",
    "first-year"
  ]
}

"""####),
        ("customers/HS_010/reviews/2025-10-28-quarterly-business-review.md", ####"""
---
date: 2025-10-28
type: quarterly_business_review
status: held
author: mike.smith
attendees: [Dr. Trevor Kaufman, Jenna Holt, Dr. Luis Amaro, Mike Smith]
next_review: 2026-01-27
tags: [qbr, first-year]
---
## Outcomes vs targets

- Clinical efficiency gain 18.3% (target 20%); clinical outcome improvement 8.5%
  (documentation quality index, target 15%).
- ROI 3.7%, positive since August (target 25%).

## Adoption

Usage 72% and 66% of licensed users active, up from 31% at go-live. Tickets down
from 23 in the first month to about six.

## Risks

- Hospital-based physicians lag the clinics.
- Specialty templates needed for orthopaedics and cardiology.

## Next steps

- Peer-led sessions by Dr. Amaro at both hospitals.
- Specialty-template pilot in Q1.

"""####),
        ("customers/PAY_006/contracts.jsonl", ####"""
{"id": "K-0c5b8135ae79f05f", "date": "2023-10-01", "event": "start", "arr": 700000, "term_end": "2027-10-01", "author": "luis.fernandez"}
{"id": "K-4391d558739d94f4", "date": "2025-01-15", "event": "expansion", "amount": 35000, "product": "care-gap-analytics", "author": "luis.fernandez"}

"""####),
        ("customers/PAY_006/feedback/2024-10-22-stale-gap-lists.md", ####"""
---
date: 2024-10-22
channel: call
type: complaint
author: luis.fernandez
contact: Dr. Omar Haddad
severity: high
status: closed
product: care-gap-analytics
tags: [data-latency, care-gaps, claims-feed]
---
Dr. Haddad: care managers are calling members about gaps that were closed weeks
ago because the claims feed into care-gap analytics is running 45 days behind
since Copperline's data-warehouse migration. Members are annoyed and care
managers have stopped trusting the lists.

Our side is healthy; the lag is in the plan's new warehouse export. Opened a joint
ticket with Sandra Kowalski's team.

"""####),
        ("customers/PAY_006/feedback/2025-01-15-nps-detractor.md", ####"""
---
date: 2025-01-15
channel: nps
type: complaint
author: luis.fernandez
contact: Denise Whitaker
score: 4
severity: critical
status: closed
tags: [nps, renewal-risk, roi]
---
NPS 4 from the VP of Population Health. Comment: "We were promised Star rating
improvement. So far we have stale lists and a lot of meetings."

Detractor from the executive sponsor nine months before renewal, with the CFO
reviewing all analytics vendors. Triggered the rescue escalation.

"""####),
        ("customers/PAY_006/feedback/2025-05-06-hedis-rescope-praise.md", ####"""
---
date: 2025-05-06
channel: call
type: praise
author: luis.fernandez
contact: Dr. Omar Haddad
score: 8
status: closed
product: care-gap-analytics
tags: [hedis, care-gaps, recovery]
---
Dr. Haddad on the re-scoped programme: narrowing from 40 measures to the 12 HEDIS
measures that drive Copperline's Star rating "made the tool make sense to the
care managers". Gap closure on the 12 measures is running ahead of last year,
and the embedded analyst has become part of the team's Monday huddle.

"""####),
        ("customers/PAY_006/feedback/2025-08-05-outreach-export-request.md", ####"""
---
date: 2025-08-05
channel: email
type: feature_request
author: luis.fernandez
contact: Dr. Omar Haddad
status: planned
product: care-gap-analytics
tags: [care-gaps, outreach, expansion]
enhancement: care-gap-outreach-export
---
Care-management supervisors want an outreach export that groups open gaps by
member and preferred contact channel, so one call can close several gaps. Logged
as a feature request; good expansion hook into the outreach module.

"""####),
        ("customers/PAY_006/metrics.jsonl", ####"""
{"date": "2023-12-01", "usage_percentage": 54.8, "clinical_outcome_improvement": 2.8, "user_adoption_rate": 0.51, "support_ticket_volume": 8, "nps_score": 7.0, "engagement_level": 0.63, "clinical_efficiency_gain": 7.1, "cost_reduction": 0.8, "compliance_score": 95.5, "staff_satisfaction": 74.5, "patient_satisfaction": 81.9, "roi_percentage": -16.2, "implementation_success_rate": 71.3, "workflow_adoption": 38.6, "competitive_pressure": 0.24, "roi_concerns": false, "executive_engagement": 0.55, "active_users": 72, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-01-01", "usage_percentage": 57.6, "clinical_outcome_improvement": 3.2, "user_adoption_rate": 0.53, "support_ticket_volume": 6, "nps_score": 6.7, "engagement_level": 0.6, "clinical_efficiency_gain": 7.4, "cost_reduction": 2.6, "compliance_score": 96.2, "staff_satisfaction": 75.5, "patient_satisfaction": 81.8, "roi_percentage": -14.7, "implementation_success_rate": 72.2, "workflow_adoption": 45.6, "competitive_pressure": 0.29, "roi_concerns": false, "executive_engagement": 0.65, "active_users": 72, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-02-01", "usage_percentage": 61.1, "clinical_outcome_improvement": 5.0, "user_adoption_rate": 0.57, "support_ticket_volume": 8, "nps_score": 7.3, "engagement_level": 0.66, "clinical_efficiency_gain": 8.0, "cost_reduction": 2.8, "compliance_score": 94.9, "staff_satisfaction": 77.0, "patient_satisfaction": 81.3, "roi_percentage": -10.2, "implementation_success_rate": 73.9, "workflow_adoption": 49.4, "competitive_pressure": 0.21, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.6, "active_users": 80, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-03-01", "usage_percentage": 63.6, "clinical_outcome_improvement": 5.5, "user_adoption_rate": 0.61, "support_ticket_volume": 6, "nps_score": 7.2, "engagement_level": 0.66, "clinical_efficiency_gain": 8.5, "cost_reduction": 3.0, "compliance_score": 95.8, "staff_satisfaction": 77.5, "patient_satisfaction": 82.1, "roi_percentage": -7.2, "implementation_success_rate": 76.0, "workflow_adoption": 50.5, "competitive_pressure": 0.2, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.54, "active_users": 86, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-04-01", "usage_percentage": 68.3, "clinical_outcome_improvement": 6.4, "user_adoption_rate": 0.65, "support_ticket_volume": 7, "nps_score": 7.5, "engagement_level": 0.65, "clinical_efficiency_gain": 9.5, "cost_reduction": 2.9, "compliance_score": 95.9, "staff_satisfaction": 78.1, "patient_satisfaction": 81.4, "roi_percentage": -1.7, "implementation_success_rate": 79.3, "workflow_adoption": 52.7, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.57, "active_users": 92, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-05-01", "usage_percentage": 72.2, "clinical_outcome_improvement": 7.0, "user_adoption_rate": 0.67, "support_ticket_volume": 5, "nps_score": 7.4, "engagement_level": 0.66, "clinical_efficiency_gain": 11.7, "cost_reduction": 4.1, "compliance_score": 95.4, "staff_satisfaction": 79.0, "patient_satisfaction": 82.0, "roi_percentage": 1.0, "implementation_success_rate": 80.5, "workflow_adoption": 56.2, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.54, "active_users": 93, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-06-01", "usage_percentage": 71.1, "clinical_outcome_improvement": 7.6, "user_adoption_rate": 0.68, "support_ticket_volume": 4, "nps_score": 7.5, "engagement_level": 0.63, "clinical_efficiency_gain": 11.9, "cost_reduction": 4.3, "compliance_score": 95.2, "staff_satisfaction": 77.1, "patient_satisfaction": 82.7, "roi_percentage": 0.0, "implementation_success_rate": 83.9, "workflow_adoption": 60.8, "competitive_pressure": 0.28, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.49, "active_users": 95, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-07-01", "usage_percentage": 69.0, "clinical_outcome_improvement": 8.5, "user_adoption_rate": 0.71, "support_ticket_volume": 5, "nps_score": 7.9, "engagement_level": 0.64, "clinical_efficiency_gain": 12.2, "cost_reduction": 4.6, "compliance_score": 96.2, "staff_satisfaction": 76.5, "patient_satisfaction": 82.8, "roi_percentage": 6.3, "implementation_success_rate": 84.8, "workflow_adoption": 63.3, "competitive_pressure": 0.27, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.46, "active_users": 98, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-08-01", "usage_percentage": 73.8, "clinical_outcome_improvement": 7.8, "user_adoption_rate": 0.72, "support_ticket_volume": 6, "nps_score": 7.7, "engagement_level": 0.6, "clinical_efficiency_gain": 14.2, "cost_reduction": 5.9, "compliance_score": 96.6, "staff_satisfaction": 78.9, "patient_satisfaction": 82.1, "roi_percentage": 8.1, "implementation_success_rate": 83.9, "workflow_adoption": 63.7, "competitive_pressure": 0.23, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.47, "active_users": 103, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-09-01", "usage_percentage": 73.2, "clinical_outcome_improvement": 6.9, "user_adoption_rate": 0.7, "support_ticket_volume": 11, "nps_score": 7.1, "engagement_level": 0.63, "clinical_efficiency_gain": 13.9, "cost_reduction": 6.3, "compliance_score": 95.1, "staff_satisfaction": 80.4, "patient_satisfaction": 81.3, "roi_percentage": 9.6, "implementation_success_rate": 82.2, "workflow_adoption": 58.7, "competitive_pressure": 0.26, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.42, "active_users": 97, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-10-01", "usage_percentage": 67.9, "clinical_outcome_improvement": 7.1, "user_adoption_rate": 0.65, "support_ticket_volume": 12, "nps_score": 6.6, "engagement_level": 0.62, "clinical_efficiency_gain": 13.6, "cost_reduction": 5.4, "compliance_score": 95.3, "staff_satisfaction": 76.0, "patient_satisfaction": 83.0, "roi_percentage": 10.1, "implementation_success_rate": 79.0, "workflow_adoption": 56.0, "competitive_pressure": 0.38, "roi_concerns": false, "clinical_outcome_trend": "declining", "executive_engagement": 0.48, "active_users": 90, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2024-11-01", "usage_percentage": 62.8, "clinical_outcome_improvement": 6.9, "user_adoption_rate": 0.57, "support_ticket_volume": 13, "nps_score": 5.6, "engagement_level": 0.52, "clinical_efficiency_gain": 12.3, "cost_reduction": 5.7, "compliance_score": 95.3, "staff_satisfaction": 73.4, "patient_satisfaction": 83.2, "roi_percentage": 8.4, "implementation_success_rate": 77.5, "workflow_adoption": 54.2, "competitive_pressure": 0.49, "roi_concerns": true, "clinical_outcome_trend": "stable", "executive_engagement": 0.4, "active_users": 81, "critical_tickets": 1, "source": "product_analytics", "note": "Claims feed lagging 45+ days since the plan's data-warehouse migration; care managers say the gap lists are stale."}
{"date": "2024-12-01", "usage_percentage": 56.6, "clinical_outcome_improvement": 6.4, "user_adoption_rate": 0.56, "support_ticket_volume": 11, "nps_score": 5.2, "engagement_level": 0.49, "clinical_efficiency_gain": 11.1, "cost_reduction": 5.5, "compliance_score": 96.1, "staff_satisfaction": 71.4, "patient_satisfaction": 82.8, "roi_percentage": 6.8, "implementation_success_rate": 74.9, "workflow_adoption": 50.6, "competitive_pressure": 0.59, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.38, "active_users": 76, "critical_tickets": 2, "source": "product_analytics"}
{"date": "2025-01-01", "usage_percentage": 50.8, "clinical_outcome_improvement": 6.0, "user_adoption_rate": 0.52, "support_ticket_volume": 12, "nps_score": 4.3, "engagement_level": 0.41, "clinical_efficiency_gain": 9.6, "cost_reduction": 5.6, "compliance_score": 96.3, "staff_satisfaction": 66.9, "patient_satisfaction": 84.0, "roi_percentage": 1.6, "implementation_success_rate": 72.4, "workflow_adoption": 45.3, "competitive_pressure": 0.66, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.27, "active_users": 73, "critical_tickets": 1, "source": "product_analytics"}
{"date": "2025-02-01", "usage_percentage": 46.7, "clinical_outcome_improvement": 5.5, "user_adoption_rate": 0.49, "support_ticket_volume": 13, "nps_score": 4.7, "engagement_level": 0.63, "clinical_efficiency_gain": 8.7, "cost_reduction": 4.7, "compliance_score": 95.6, "staff_satisfaction": 64.4, "patient_satisfaction": 82.7, "roi_percentage": 2.8, "implementation_success_rate": 77.6, "workflow_adoption": 43.4, "competitive_pressure": 0.58, "roi_concerns": true, "clinical_outcome_trend": "declining", "executive_engagement": 0.54, "active_users": 69, "critical_tickets": 0, "source": "product_analytics", "note": "Rescue plan agreed 2025-02-10 with the VP of Population Health: feed fix, re-scope to 12 HEDIS measures, embedded analyst for 90 days."}
{"date": "2025-03-01", "usage_percentage": 48.8, "clinical_outcome_improvement": 7.1, "user_adoption_rate": 0.48, "support_ticket_volume": 10, "nps_score": 5.7, "engagement_level": 0.83, "clinical_efficiency_gain": 13.6, "cost_reduction": 6.3, "compliance_score": 95.4, "staff_satisfaction": 69.2, "patient_satisfaction": 84.6, "roi_percentage": 8.0, "implementation_success_rate": 82.4, "workflow_adoption": 48.1, "competitive_pressure": 0.55, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.76, "active_users": 68, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-04-01", "usage_percentage": 57.3, "clinical_outcome_improvement": 8.4, "user_adoption_rate": 0.53, "support_ticket_volume": 8, "nps_score": 6.5, "engagement_level": 0.79, "clinical_efficiency_gain": 14.1, "cost_reduction": 7.7, "compliance_score": 96.0, "staff_satisfaction": 68.5, "patient_satisfaction": 83.5, "roi_percentage": 5.9, "implementation_success_rate": 84.1, "workflow_adoption": 50.8, "competitive_pressure": 0.45, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.74, "active_users": 76, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-05-01", "usage_percentage": 62.2, "clinical_outcome_improvement": 9.8, "user_adoption_rate": 0.58, "support_ticket_volume": 6, "nps_score": 6.9, "engagement_level": 0.81, "clinical_efficiency_gain": 15.4, "cost_reduction": 7.9, "compliance_score": 96.7, "staff_satisfaction": 73.9, "patient_satisfaction": 82.8, "roi_percentage": 10.0, "implementation_success_rate": 89.8, "workflow_adoption": 56.6, "competitive_pressure": 0.45, "roi_concerns": true, "clinical_outcome_trend": "improving", "executive_engagement": 0.72, "active_users": 81, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-06-01", "usage_percentage": 66.6, "clinical_outcome_improvement": 10.8, "user_adoption_rate": 0.63, "support_ticket_volume": 3, "nps_score": 7.5, "engagement_level": 0.81, "clinical_efficiency_gain": 17.3, "cost_reduction": 8.5, "compliance_score": 97.1, "staff_satisfaction": 75.7, "patient_satisfaction": 84.6, "roi_percentage": 13.8, "implementation_success_rate": 93.6, "workflow_adoption": 64.4, "competitive_pressure": 0.47, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.76, "active_users": 89, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-07-01", "usage_percentage": 72.4, "clinical_outcome_improvement": 12.2, "user_adoption_rate": 0.69, "support_ticket_volume": 2, "nps_score": 7.0, "engagement_level": 0.82, "clinical_efficiency_gain": 16.8, "cost_reduction": 9.0, "compliance_score": 98.1, "staff_satisfaction": 75.9, "patient_satisfaction": 84.5, "roi_percentage": 18.8, "implementation_success_rate": 92.2, "workflow_adoption": 67.6, "competitive_pressure": 0.44, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.78, "active_users": 96, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-08-01", "usage_percentage": 75.3, "clinical_outcome_improvement": 14.0, "user_adoption_rate": 0.73, "support_ticket_volume": 5, "nps_score": 7.2, "engagement_level": 0.8, "clinical_efficiency_gain": 18.3, "cost_reduction": 10.0, "compliance_score": 96.0, "staff_satisfaction": 77.2, "patient_satisfaction": 83.4, "roi_percentage": 21.5, "implementation_success_rate": 94.0, "workflow_adoption": 72.7, "competitive_pressure": 0.34, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.78, "active_users": 102, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-09-01", "usage_percentage": 80.5, "clinical_outcome_improvement": 14.7, "user_adoption_rate": 0.78, "support_ticket_volume": 3, "nps_score": 7.2, "engagement_level": 0.81, "clinical_efficiency_gain": 20.8, "cost_reduction": 12.1, "compliance_score": 96.6, "staff_satisfaction": 79.5, "patient_satisfaction": 83.9, "roi_percentage": 26.0, "implementation_success_rate": 95.4, "workflow_adoption": 77.3, "competitive_pressure": 0.3, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.81, "active_users": 108, "critical_tickets": 0, "source": "product_analytics"}
{"date": "2025-10-01", "usage_percentage": 82.7, "clinical_outcome_improvement": 14.6, "user_adoption_rate": 0.78, "support_ticket_volume": 1, "nps_score": 7.3, "engagement_level": 0.76, "clinical_efficiency_gain": 22.3, "cost_reduction": 11.9, "compliance_score": 97.3, "staff_satisfaction": 80.7, "patient_satisfaction": 85.0, "roi_percentage": 28.3, "implementation_success_rate": 96.6, "workflow_adoption": 79.2, "competitive_pressure": 0.21, "roi_concerns": false, "clinical_outcome_trend": "stable", "executive_engagement": 0.83, "active_users": 109, "critical_tickets": 0, "source": "product_analytics", "note": "Renewed 2025-09-22 for two years at 735,000 per year."}
{"date": "2025-11-01", "usage_percentage": 83.0, "clinical_outcome_improvement": 16.1, "user_adoption_rate": 0.8, "support_ticket_volume": 2, "nps_score": 8.4, "engagement_level": 0.82, "clinical_efficiency_gain": 22.2, "cost_reduction": 12.7, "compliance_score": 97.0, "staff_satisfaction": 83.6, "patient_satisfaction": 84.6, "roi_percentage": 31.0, "implementation_success_rate": 94.0, "workflow_adoption": 81.1, "competitive_pressure": 0.19, "roi_concerns": false, "clinical_outcome_trend": "improving", "executive_engagement": 0.78, "active_users": 112, "critical_tickets": 0, "source": "product_analytics"}

"""####),
        ("customers/PAY_006/notes/2024-11-12-risk-flag.md", ####"""
---
date: 2024-11-12
title: "Account at risk: stale data and falling usage"
author: luis.fernandez
kind: internal
tags: [risk, data-latency]
---
Flagging Copperline as at risk. Usage down from 74% in August to 63%, tickets up,
NPS falling. Cause: claims lag after the plan's warehouse migration, and a
measure list too long for care managers to work. The VP is frustrated and
executive engagement has dropped.

"""####),
        ("customers/PAY_006/notes/2025-02-10-rescue-plan.md", ####"""
---
date: 2025-02-10
title: Rescue plan agreed
author: luis.fernandez
kind: escalation
tags: [rescue, action-plan, intervention]
---
Rescue meeting with Denise Whitaker, Dr. Haddad and Sandra Kowalski; our VP of
Customer Success attended.

Agreed plan, 90 days:

1. Fix the claims feed latency with Copperline data engineering (target: under 10
   days of lag by March).
2. Re-scope from 40 measures to the 12 HEDIS measures that move the Star rating.
3. Embed one of our analysts with the care-management team for 90 days.
4. Weekly office hours for care managers; monthly executive check-in.

Denise agreed to hold off on the competitive evaluation until May.

"""####),
        ("customers/PAY_006/notes/2025-09-22-renewal-signed.md", ####"""
---
date: 2025-09-22
title: Renewal signed
author: luis.fernandez
kind: email
tags: [renewal, rescue]
---
Copperline signed a two-year renewal today at 735,000 per year, effective
2025-10-01. The CFO's condition, a measure-performance review at 12 months, is in
the order form. Denise thanked the team for "not going away when it got hard".

"""####),
        ("customers/PAY_006/profile.json", ####"""
{
  "customer_id": "PAY_006",
  "organization_name": "Copperline Health Plan",
  "tier": "strategic",
  "segment": {
    "segment_name": "Regional Health Plan",
    "organization_type": "payer",
    "size_category": "large",
    "clinical_specialty": "population_health",
    "geographic_region": "pacific_northwest",
    "maturity_level": "mature",
    "tech_adoption": "mainstream"
  },
  "primary_contact": "Denise Whitaker",
  "email": "denise.whitaker@copperline-plan.example",
  "csm_assigned": "luis.fernandez",
  "contract_start": "2023-10-01",
  "contract_value": 735000,
  "team_members": [
    {
      "name": "Denise Whitaker",
      "title": "VP, Population Health",
      "specialty": "population_health",
      "expertise_areas": [
        "care_management",
        "star_ratings"
      ],
      "email": "denise.whitaker@copperline-plan.example",
      "role": "executive_sponsor",
      "community_consent": true,
      "community_consent_date": "2024-02-27"
    },
    {
      "name": "Dr. Omar Haddad",
      "title": "Associate Medical Director, Quality",
      "specialty": "internal_medicine",
      "expertise_areas": [
        "hedis_measures",
        "care_gap_closure"
      ],
      "email": "omar.haddad@copperline-plan.example",
      "role": "clinical_champion",
      "community_consent": true,
      "community_consent_date": "2024-02-27"
    },
    {
      "name": "Sandra Kowalski",
      "title": "Director, Data Engineering",
      "specialty": "information_technology",
      "expertise_areas": [
        "claims_data",
        "data_pipelines"
      ],
      "email": "sandra.kowalski@copperline-plan.example",
      "role": "it_lead",
      "community_consent": false
    },
    {
      "name": "Brian Tate",
      "title": "Chief Financial Officer",
      "specialty": "finance",
      "expertise_areas": [
        "vendor_management"
      ],
      "email": "brian.tate@copperline-plan.example",
      "role": "billing"
    }
  ],
  "renewal_date": "2027-10-01",
  "contract_end": "2027-09-30",
  "status": "active",
  "products": [
    {
      "product_id": "care-gap-analytics",
      "licensed_seats": 140,
      "unit": "seat",
      "start_date": "2023-10-01"
    }
  ],
  "crm_ids": {
    "salesforce": "001Nw00000E4hWbAAJ"
  },
  "tags": [
    "renewed-2025",
    "rescue",
    "payer",
    "care-gaps"
  ]
}

"""####),
        ("customers/PAY_006/reviews/2024-09-24-annual-business-review.md", ####"""
---
date: 2024-09-24
type: annual_business_review
status: held
author: luis.fernandez
attendees: [Denise Whitaker, Dr. Omar Haddad, Sandra Kowalski, Luis Fernandez]
next_review: 2025-03-25
tags: [abr, care-gaps]
---
## Outcomes vs targets

- Care-gap closure improvement 6.9% (target 15%).
- Clinical efficiency gain 13.9% (target 20%); cost reduction 6.3% (target 12%).
- ROI 9.6% in year one (target 25%).

## Adoption

73% usage and 70% of the 140 care-manager seats active.

## Risks

- Copperline is migrating its data warehouse in October; the claims feed has to
  be re-pointed and tested.
- Too many measures in scope; care managers find the lists long.

## Next steps

- Feed cut-over plan with Sandra Kowalski before the migration.
- Workshop to prioritise measures by Star rating impact.

"""####),
        ("customers/PAY_006/reviews/2025-05-20-quarterly-business-review.md", ####"""
---
date: 2025-05-20
type: quarterly_business_review
status: held
author: luis.fernandez
attendees: [Denise Whitaker, Dr. Omar Haddad, Luis Fernandez]
next_review: 2025-08-19
tags: [qbr, rescue]
---
Checkpoint three months into the rescue plan.

## Outcomes vs targets

- Care-gap closure improvement 9.8%, up from 5.5% in February (target 15%).
- ROI back to 10.0% from 2.8% in February.

## Adoption

Usage 62%, up from 47% at the low point; 81 active care managers. Claims lag is
under 10 days since the warehouse fix.

## Risks

- Renewal in September; the CFO still lists us among vendors under review.

## Next steps

- Extend the embedded analyst through August.
- Build the renewal value case with Copperline finance.

"""####),
        ("customers/PAY_006/reviews/2025-08-19-executive-business-review.md", ####"""
---
date: 2025-08-19
type: executive_business_review
status: held
author: luis.fernandez
attendees: [Brian Tate, Denise Whitaker, Dr. Omar Haddad, Luis Fernandez]
next_review: 2026-02-17
tags: [ebr, renewal, rescue]
---
Executive review ahead of the 2025-09-30 contract end, with Copperline's CFO and
our Chief Customer Officer.

## Outcomes vs targets

- Care-gap closure improvement 14.0% on the 12 priority HEDIS measures (target
  15%), against 5.5% at the low point in February.
- Clinical efficiency gain 18.3% (target 20%); cost reduction 10.0% (target 12%).
- ROI 21.5% and rising (target 25%); finance validated the model.

## Adoption

Usage 75%, 73% of licensed care managers active: 102 people, up from 69 in
February. Tickets down to a handful a month.

## Risks

- The CFO asked for price protection if the next Star rating does not move.
- Competitive pressure has eased but a payer-analytics competitor is still in the
  conversation.

## Next steps

- Two-year renewal at 735,000 per year with a measure-performance review at 12
  months.
- Outreach export and member-level grouping in the Q4 roadmap.
- Keep the Monday huddle with the embedded analyst through year end.

"""####),
        ("enhancements/care-gap-outreach-export.md", ####"""
---
title: Care-gap outreach export grouped by member and channel
status: proposed
product: care-gap-analytics
owner: luis.fernandez
created: 2025-08-07
tags: [care-gaps, outreach]
---
One row per member with every open gap and the preferred contact channel, so one
outreach call can close several gaps.

"""####),
        ("enhancements/ehr-downtime-mode.md", ####"""
---
title: Documented EHR downtime mode for the sepsis score
status: shipped
product: sepsis-early-warning
owner: mike.smith
created: 2025-02-20
shipped: 2025-10-01
release: "2025.4"
tags: [downtime, ehr-integration, sepsis]
---
When the vitals feed stops, the score shows how old its inputs are, turns grey after
30 minutes, and the charge nurse gets one notice instead of silent stale scores.
The downtime runbook is in the admin guide, section 7.

"""####),
        ("enhancements/nursing-flowsheet-capture.md", ####"""
---
title: Ambient capture of nursing assessments into flowsheet rows
status: proposed
product: ambient-documentation
owner: priya.raman
created: 2025-03-14
tags: [ambient, nursing]
---
Nursing assessments spoken at the bedside land as flowsheet rows for the nurse to
accept. Needs a design partner; Crestview offered its medicine floors.

"""####),
        ("enhancements/spanish-language-notes.md", ####"""
---
title: Native Spanish-language visit notes
status: declined
product: ambient-documentation
owner: luis.fernandez
created: 2025-04-11
tags: [ambient, language-support]
---
Declined for 2025: the speech model's Spanish clinical vocabulary is not yet good
enough to draft notes without heavy editing. Revisit with the 2026 model.

"""####),
        ("enhancements/specialty-note-templates.md", ####"""
---
title: Specialty templates for ambient notes (orthopaedics, cardiology)
status: accepted
product: ambient-documentation
owner: mike.smith
created: 2025-09-20
tags: [ambient, specialty-templates]
---
Structured joint examination and imaging review for orthopaedics; echo and
catheterisation summaries for cardiology. Accepted for the first half of 2026.

"""####),
        ("enhancements/unit-level-dashboards.md", ####"""
---
title: Unit-level sepsis dashboards for nurse managers
status: in_development
product: sepsis-early-warning
owner: dana.okafor
created: 2025-02-14
tags: [dashboards, nursing, sepsis]
---
Each nurse manager sees their own unit's alert volume, time to acknowledgement and
bundle compliance, refreshed daily, without waiting for the monthly slide deck.
In development for the 2026.1 release; Metro and Riverside have asked to pilot it.

"""####),
        ("playbooks/adoption-re-training.md", ####"""
---
title: Adoption re-training
type: adoption
summary: Lift usage and workflow adoption with targeted training for the teams that lag.
trigger:
  drivers: [workflow_adoption_gap, health_gap, support_load]
  alert_rules: [support-surge]
steps:
  - title: Find the departments and shifts with the lowest usage
    owner_role: csm
    day: 0
  - title: Schedule role-based refresher sessions with the unit educators
    owner_role: csm
    day: 5
  - title: Publish quick-reference guides for the top three support questions
    owner_role: support
    day: 7
  - title: Hold the training sessions, including night shift
    owner_role: csm
    day: 14
  - title: Compare usage and tickets thirty days after training
    owner_role: csm
    day: 44
tags: [adoption, training]
---
Low adoption is rarely a software problem: new staff were never trained, workflows
changed, or an early bad experience stuck. Go unit by unit, train on the workflow they
actually run, and measure again a month later.

"""####),
        ("playbooks/clinical-outcome-deep-dive.md", ####"""
---
title: Clinical outcome deep dive
type: retention
summary: Review outcome data with clinical leadership when improvement stalls or declines.
trigger:
  drivers: [outcomes_declining, health_gap]
  min_churn: 0.2
steps:
  - title: Pull twelve months of outcome metrics against the KPI targets
    owner_role: csm
    day: 0
  - title: Review the data with our clinical informatics lead and find the units that lag
    owner_role: clinical_lead
    day: 3
  - title: Run a working session with the customer's quality and nursing leaders
    owner_role: clinical_lead
    day: 10
  - title: Agree a unit-level improvement plan with owners and dates
    owner_role: csm
    day: 14
  - title: Check the first month of results against the plan
    owner_role: csm
    day: 45
tags: [retention, clinical-outcomes]
---
Outcomes are why healthcare customers buy clinical AI. When the numbers stall, go to the
unit level: alert thresholds, workflow fit and staffing explain most gaps, and each has a
fix the customer's clinicians can own.

"""####),
        ("playbooks/competitive-defence.md", ####"""
---
title: Competitive defence
type: retention
summary: Respond early when a competitor or build-versus-buy discussion appears.
trigger:
  drivers: [competitive_pressure]
  tiers: [enterprise, strategic, mid_market]
steps:
  - title: Find out who is evaluating what, and which problem they want solved
    owner_role: csm
    day: 0
  - title: Prepare a side-by-side of outcomes achieved and the roadmap for their gaps
    owner_role: sales
    day: 5
  - title: Offer a reference call with a peer customer of the same segment
    owner_role: csm
    day: 7
  - title: Executive conversation on partnership terms and roadmap commitments
    owner_role: exec_sponsor
    day: 14
tags: [retention, competition]
---
A competitor or an internal build team is often a symptom of an unmet need. Learn the
need first; answer with outcomes and peers, not discounts.

"""####),
        ("playbooks/executive-sponsor-re-engagement.md", ####"""
---
title: Executive sponsor re-engagement
type: retention
summary: Rebuild executive ownership when health and satisfaction slide after a sponsor change.
trigger:
  drivers: [health_gap, staff_satisfaction_gap, nps_detractor]
  alert_rules: [health-at-risk, health-critical, declining-trend]
  tiers: [enterprise, strategic, mid_market]
  min_churn: 0.3
steps:
  - title: Map the current decision makers and who replaced the former sponsor
    owner_role: csm
    day: 0
  - title: Ask our executive sponsor to request a 30-minute call with the CMO or CNO
    owner_role: exec_sponsor
    day: 2
  - title: Prepare a one-page value summary with the customer's own outcome numbers
    owner_role: csm
    day: 5
  - title: Hold the executive call and agree three outcomes for the next quarter
    owner_role: exec_sponsor
    day: 10
  - title: Send the written recap and schedule a 30-day check-in
    owner_role: csm
    day: 12
tags: [retention, executive]
---
When a champion leaves or satisfaction drops, usage usually follows within a quarter.
Re-anchor the relationship at the executive level before renewal talks start: show the
outcomes the customer already has, name the gaps honestly, and agree what success looks
like for the next ninety days.

"""####),
        ("playbooks/expansion-enterprise.md", ####"""
---
title: Enterprise expansion
type: expansion
summary: Grow strategic and enterprise accounts from proven outcomes, with the executive sponsor.
trigger:
  tiers: [strategic, enterprise]
steps:
  - title: Summarise outcomes and usage by department for the executive sponsor
    owner_role: csm
    day: 0
  - title: Identify the next departments or facilities with the clinical lead
    owner_role: clinical_lead
    day: 7
  - title: Hold an expansion workshop with IT, clinical and finance stakeholders
    owner_role: sales
    day: 21
  - title: Send a proposal tied to the customer's outcome targets
    owner_role: sales
    day: 35
tags: [expansion]
---
Large health systems buy expansion on evidence from their own units. Start from the
outcomes the first departments achieved, let the clinical lead pick the next ones, and
tie the proposal to the targets the executive sponsor already owns.

"""####),
        ("playbooks/expansion-mid-market.md", ####"""
---
title: Mid-market and SMB expansion
type: expansion
summary: Add seats or modules in smaller accounts when usage is near capacity.
trigger:
  tiers: [mid_market, smb]
steps:
  - title: Confirm who is using the product and who is waiting for access
    owner_role: csm
    day: 0
  - title: Share a one-page case from a peer of the same segment
    owner_role: csm
    day: 5
  - title: Send a simple add-on quote
    owner_role: sales
    day: 10
tags: [expansion]
---
Smaller accounts expand when people are waiting for seats. Keep it simple: confirm the
demand, show a peer's result, and send a quote they can sign without a procurement cycle.

"""####),
        ("playbooks/onboarding.md", ####"""
---
title: Onboarding
type: onboarding
summary: From contract to first measured outcomes in ninety days.
trigger:
  tiers: [enterprise, strategic, mid_market, smb]
steps:
  - title: Kick-off with clinical, IT and executive stakeholders; agree success metrics
    owner_role: csm
    day: 0
  - title: Confirm integrations and data feeds are live in the test environment
    owner_role: implementation
    day: 14
  - title: Train super-users in each go-live unit
    owner_role: csm
    day: 30
  - title: Go live and hold daily huddles for the first week
    owner_role: csm
    day: 45
  - title: First outcome review against the agreed metrics
    owner_role: csm
    day: 90
tags: [onboarding]
---
The first ninety days decide the renewal three years later. Agree measurable outcomes at
kick-off, so the first business review can show them.

"""####),
        ("playbooks/renewal-preparation.md", ####"""
---
title: Renewal preparation
type: renewal
summary: Start renewal work four months ahead, with the value story and the risks known.
trigger:
  drivers: [renewal_within_90d]
  alert_rules: [renewal-at-risk]
  days_before_renewal: 120
steps:
  - title: Review health, churn drivers and open issues for the account
    owner_role: csm
    day: 0
  - title: Prepare the value summary and the business review deck
    owner_role: csm
    day: 14
  - title: Hold the business review with the economic buyer
    owner_role: csm
    day: 30
  - title: Send the renewal proposal
    owner_role: sales
    day: 45
  - title: Close the renewal
    owner_role: sales
    day: 90
tags: [renewal]
---
Renewals are won in the year before, and confirmed in the last four months. Know the
risks early enough to act on them, and arrive at the proposal with the value already
agreed.

"""####),
        ("playbooks/roi-recovery.md", ####"""
---
title: ROI recovery
type: retention
summary: Rebuild the business case when the customer questions the return.
trigger:
  drivers: [roi_concerns, health_gap]
  min_churn: 0.2
steps:
  - title: Collect cost, efficiency and outcome figures since go-live
    owner_role: csm
    day: 0
  - title: Build an ROI model with the customer's finance contact, using their numbers
    owner_role: csm
    day: 7
  - title: Present the ROI review to the budget holder
    owner_role: exec_sponsor
    day: 14
  - title: Agree the two levers that would raise the return most, with owners
    owner_role: csm
    day: 21
tags: [retention, roi]
---
Doubts about return are the strongest churn signal in the framework. Answer them with
the customer's own data, in their finance team's language, before the renewal
conversation makes them a negotiation.

"""####),
        ("templates/customer.html.mustache", ####"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{organization_name}} — health, {{as_of}}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; margin: 1.5rem; max-width: 70rem; }
h1 { font-size: 1.5rem; margin: 0; } h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d5dbe3; }
.note { color: #5b6675; } .charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
table { border-collapse: collapse; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #e5e9ef; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
@media print { body { margin: 0; } .noprint { display: none; } svg { break-inside: avoid; } }
</style>
</head>
<body>
<p class="noprint"><a href="../index.html">← Portfolio</a></p>
<h1>{{organization_name}}</h1>
<p class="note">{{customer_id}} · {{tier}} · CSM {{csm}} · {{contract_value_text}} a year{{#renewal_date}} · renews {{renewal_date}}{{/renewal_date}} · as of {{as_of}}</p>

<h2>Executive summary</h2>
<p>{{executive_summary}}</p>

<div class="charts">
{{{health_chart}}}
{{{churn_chart}}}
{{{metrics_chart}}}
{{{kpi_chart}}}
</div>

{{#health_score}}
<h2>Health {{current_score_text}} ({{band_text}})</h2>
<p class="note">Fresh data covers {{coverage_text}} of the scoring model.{{#insufficient_data}} No score until it covers enough: collect {{#missing_measures}}{{.}} {{/missing_measures}}{{/insufficient_data}}</p>
<table>
<thead><tr><th>Measure</th><th class="num">Raw</th><th class="num">Score</th><th class="num">Weight</th><th class="num">Points</th></tr></thead>
<tbody>
{{#measures}}<tr><td>{{name}}</td><td class="num">{{raw_text}}</td><td class="num">{{score}}</td><td class="num">{{weight_percent}}</td><td class="num">{{points}}</td></tr>
{{/measures}}
</tbody>
</table>
{{/health_score}}

{{#retention_analysis}}
<h2>Retention: churn risk {{churn_risk_text}} ({{risk_level}})</h2>
<table>
<thead><tr><th>Driver</th><th class="num">Contribution</th></tr></thead>
<tbody>
{{#drivers}}<tr><td>{{factor}}</td><td class="num">{{contribution}}</td></tr>
{{/drivers}}
</tbody>
</table>
{{/retention_analysis}}

<h2>Open alerts</h2>
<ul>
{{#alerts}}<li><b>{{severity}}</b> {{rule}}, due {{due}}: {{reason}}</li>
{{/alerts}}
</ul>
{{^alerts}}<p class="note">No open alerts.</p>{{/alerts}}

<h2>Open tasks</h2>
<ul>
{{#tasks}}<li>{{title}} — {{owner}}, due {{due}}</li>
{{/tasks}}
</ul>
{{^tasks}}<p class="note">No open tasks.</p>{{/tasks}}
</body>
</html>

"""####),
        ("templates/dashboard.html.mustache", ####"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer success portfolio, {{as_of}}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; margin: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; } h2 { font-size: 1.1rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid #d5dbe3; }
.note { color: #5b6675; } .cards { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.card { border: 1px solid #d5dbe3; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; } .card b { display: block; font-size: 1.3rem; }
.grid { display: flex; gap: 2rem; flex-wrap: wrap; align-items: flex-start; }
table { border-collapse: collapse; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #e5e9ef; text-align: left; }
th { background: #f3f5f8; position: sticky; top: 0; } #portfolio th { cursor: pointer; user-select: none; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.band-at_risk { color: #b03a2e; font-weight: 600; } .band-watch { color: #b9770e; } .band-healthy { color: #1e7b47; } .band-churned { color: #7f8c8d; } .band-insufficient_data { color: #5b6675; font-style: italic; }
@media print { body { margin: 0; } th { position: static; } #portfolio th { cursor: auto; } .noprint { display: none; } }
</style>
</head>
<body>
<h1>Customer success portfolio</h1>
<p class="note">As of {{as_of}} · {{customer_count}} customers ({{active_count}} active){{#anonymized}} · anonymised: organisations and people are pseudonyms, free text is withheld{{/anonymized}}</p>

<div class="cards">
  <div class="card">Customers<b>{{active_count}}</b></div>
  <div class="card">ARR<b>{{arr_text}}</b></div>
  <div class="card">ARR at risk<b>{{arr_at_risk_text}}</b>{{arr_at_risk_share}} of ARR</div>
  <div class="card">At risk<b>{{at_risk_count}}</b></div>
  <div class="card">Pipeline (weighted)<b>{{#pipeline}}{{weighted}}{{/pipeline}}</b></div>
</div>

<div class="grid">
<section>{{{distribution_chart}}}</section>
<section>
<h2>At risk (highest churn risk first)</h2>
<table>
<thead><tr><th>Customer</th><th class="num">Health</th><th class="num">Churn</th><th class="num">ARR</th><th>CSM</th><th>Renewal</th></tr></thead>
<tbody>
{{#at_risk}}<tr><td><a href="customers/{{id}}.html">{{name}}</a></td><td class="num">{{health}}</td><td class="num">{{churn}}</td><td class="num">{{arr}}</td><td>{{csm}}</td><td>{{renewal}}</td></tr>
{{/at_risk}}
</tbody>
</table>
{{^at_risk}}<p class="note">No customer is at risk.</p>{{/at_risk}}
{{#has_insufficient}}<h2>Without a score ({{insufficient_count}})</h2>
<p class="note">Too little fresh data for a health score: collect it first.</p>
<table>
<thead><tr><th>Customer</th><th class="num">Coverage</th><th>CSM</th></tr></thead>
<tbody>
{{#insufficient}}<tr><td><a href="customers/{{id}}.html">{{name}}</a></td><td class="num">{{coverage}}</td><td>{{csm}}</td></tr>
{{/insufficient}}
</tbody>
</table>{{/has_insufficient}}
</section>
</div>

<h2>Renewals, next twelve months</h2>
<table>
<thead><tr><th>Month</th><th class="num">Renewals</th><th class="num">ARR</th><th class="num">At risk</th><th>Customers</th></tr></thead>
<tbody>
{{#renewals}}<tr><td>{{month}}</td><td class="num">{{count}}</td><td class="num">{{arr}}</td><td class="num">{{at_risk}}</td><td>{{#customers}}<a class="band-{{band}}" href="customers/{{id}}.html">{{name}}</a> ({{date}}) {{/customers}}{{#more}}and {{more}} more{{/more}}</td></tr>
{{/renewals}}
</tbody>
</table>

<div class="grid">
<section>
<h2>Expansion pipeline</h2>
{{#pipeline}}
<p>Total {{total}}, weighted {{weighted}}, win rate {{win_rate}}.</p>
{{^has_stages}}<p class="note">No opportunities in the pipeline yet (csw opportunity add).</p>{{/has_stages}}
{{#has_stages}}
<table>
<thead><tr><th>Stage</th><th class="num">Opportunities</th><th class="num">Amount</th><th class="num">Weighted</th></tr></thead>
<tbody>
{{#stages}}<tr><td>{{stage}}</td><td class="num">{{count}}</td><td class="num">{{amount}}</td><td class="num">{{weighted}}</td></tr>
{{/stages}}
</tbody>
</table>
{{/has_stages}}
{{/pipeline}}
</section>
<section>
<h2>Workload by CSM</h2>
<table>
<thead><tr><th>CSM</th><th class="num">Accounts</th><th class="num">ARR</th><th class="num">At risk</th><th class="num">Load</th><th class="num">Capacity</th><th class="num">Ratio</th></tr></thead>
<tbody>
{{#workload}}<tr><td>{{csm}}</td><td class="num">{{accounts}}</td><td class="num">{{arr}}</td><td class="num">{{at_risk}}</td><td class="num">{{load}}</td><td class="num">{{capacity}}</td><td class="num">{{ratio}}</td></tr>
{{/workload}}
</tbody>
</table>
</section>
</div>

<h2>Portfolio</h2>
<p class="note noprint">Click a column heading to sort.</p>
<table id="portfolio">
<thead><tr><th data-type="text">Customer</th><th data-type="text">ID</th><th data-type="text">CSM</th><th data-type="text">Tier</th><th class="num" data-type="number">ARR</th><th class="num" data-type="number">Health</th><th data-type="text">Band</th><th class="num" data-type="number">Coverage</th><th class="num" data-type="number">Churn %</th><th class="num" data-type="number">Expansion</th><th data-type="text">Renewal</th></tr></thead>
<tbody>
{{#rows}}<tr data-customer="{{id}}"><td><a href="customers/{{id}}.html">{{name}}</a></td><td>{{id}}</td><td>{{csm}}</td><td>{{tier}}</td><td class="num" data-value="{{arr}}">{{arr_text}}</td><td class="num">{{health}}</td><td class="band-{{band}}">{{band}}</td><td class="num">{{coverage}}</td><td class="num">{{churn}}</td><td class="num">{{expansion}}</td><td>{{renewal}}</td></tr>
{{/rows}}
</tbody>
</table>

<script>
(function () {
  var table = document.getElementById("portfolio");
  if (!table) { return; }
  var headers = table.tHead.rows[0].cells;
  var body = table.tBodies[0];
  var direction = {};
  function key(row, index, type) {
    var cell = row.cells[index];
    var text = cell.getAttribute("data-value") || cell.textContent;
    if (type === "number") { var n = parseFloat(text.replace(/[^0-9.\-]/g, "")); return isNaN(n) ? -Infinity : n; }
    return text.toLowerCase();
  }
  Array.prototype.forEach.call(headers, function (th, index) {
    th.addEventListener("click", function () {
      var type = th.getAttribute("data-type");
      var up = direction[index] = !direction[index];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, index, type), y = key(b, index, type);
        return (x < y ? -1 : x > y ? 1 : 0) * (up ? 1 : -1);
      });
      var fragment = document.createDocumentFragment();
      rows.forEach(function (row) { fragment.appendChild(row); });
      body.appendChild(fragment);
      table.setAttribute("data-sorted-by", String(index));
    });
  });
  // #selftest: sort by health once and record the first row (the dashboard test checks it).
  if (location.hash === "#selftest") {
    headers[5].click();
    table.setAttribute("data-selftest-first", body.rows[0].getAttribute("data-customer"));
  }
})();
</script>
</body>
</html>

"""####),
        ("templates/page.html.mustache", ####"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #d5dbe3; padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; } th, td { padding: .3rem .5rem; border-bottom: 1px solid #e5e9ef; text-align: left; }
td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
blockquote { color: #6a4a00; background: #fff7e0; border-left: 4px solid #e0a800; margin: 1rem 0; padding: .5rem 1rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
</style>
</head>
<body>
{{{body}}}
</body>
</html>

"""####),
        ("templates/report.md.mustache", ####"""
{{% CONTENT_TYPE: TEXT }}
# Customer health report: {{organization_name}}

{{customer_id}} · {{tier}} · CSM {{csm}} · as of {{as_of}}{{#renewal_date}} · renews {{renewal_date}}{{/renewal_date}} · {{contract_value_text}} a year

## Executive summary

{{executive_summary}}

## Health score

{{#health_score}}
**{{current_score_text}}** ({{band_text}}) · coverage {{coverage_text}} · 30 days {{trend_30d_text}} · 90 days {{trend_90d_text}}{{#early_warning}} · early warning: {{early_warning}}{{/early_warning}}
{{#override}}

Score overridden by {{author}} until {{expires}} (computed {{computed_score_text}}): {{reason}}
{{/override}}

| Measure | Raw | Score | Weight | Points |
|---|---:|---:|---:|---:|
{{#measures}}
| {{name}} | {{raw_text}} | {{score}} | {{weight_percent}} | {{points}} |
{{/measures}}
{{/health_score}}

## Retention analysis

{{#retention_analysis}}
Churn risk **{{churn_risk_text}}** ({{risk_level}}); lifetime value {{lifetime_value_text}}.

{{#has_drivers}}
| Driver | Contribution |
|---|---:|
{{/has_drivers}}
{{#drivers}}
| {{factor}} | {{contribution}} |
{{/drivers}}

{{#recommended_playbooks}}
- Playbook **{{title}}** (`{{playbook}}`): {{because}}
{{/recommended_playbooks}}
{{/retention_analysis}}

## Expansion

{{#expansion}}
Expansion potential {{expansion_potential}} of 100; expected value of the opportunities found: {{expected_value_text}}.

{{#opportunities}}
- {{type}}{{#product}} {{product}}{{/product}}: {{estimated_value_text}} at {{probability_text}} — {{evidence}}
{{/opportunities}}
{{#pipeline}}
- In the pipeline: {{id}} {{type}}{{#product}} {{product}}{{/product}}, {{amount_text}}, {{stage}}, closes {{expected_close}}
{{/pipeline}}
{{/expansion}}

## Clinical impact against targets

| KPI | Latest | Target | Status |
|---|---:|---:|---|
{{#clinical_impact}}
| {{label}} | {{value_text}} | {{target_text}} | {{status}} |
{{/clinical_impact}}

## Feedback

{{#feedback}}
{{notes_180d}} notes in the last 180 days, mean sentiment {{mean_sentiment_text}} ({{sentiment_trend}}).

{{#highlights}}
- {{date}} {{type}} ({{sentiment_text}}): {{summary}}
{{/highlights}}
{{#enhancements}}
- Enhancement asked for: {{title}} — {{status}}
{{/enhancements}}
{{/feedback}}

## Open alerts and tasks

{{#alerts}}
- **{{severity}}** {{rule}} (due {{due}}): {{reason}}
{{/alerts}}
{{^alerts}}
No open alerts.
{{/alerts}}
{{#tasks}}
- [ ] {{title}} — {{owner}}, due {{due}}{{#overdue}} (overdue){{/overdue}}
{{/tasks}}

"""####),
        ("templates/review.md.mustache", ####"""
{{% CONTENT_TYPE: TEXT }}
# {{review_title}}: {{organization_name}}

Period {{period_from}} to {{period_to}} · prepared by csw as of {{as_of}} from the workspace · CSM {{csm}}

> **CSM:** the one message of this review, in your own words.

## Summary

{{executive_summary}}

## Clinical ROI

{{#roi}}
| | |
|---|---:|
| Contract value (annual) | {{contract_value_text}} |
| Cost of the period | {{period_cost_text}} |
| Clinical outcome improvement | {{clinical_outcome_improvement_text}} |
| User adoption | {{user_adoption_rate_text}} |
| Support tickets (mean per snapshot) | {{support_ticket_volume_text}} |
| Projected savings | {{projected_savings_text}} |
| Time saved (hours) | {{time_saved_hours_text}} |
| Value of time saved (at {{loaded_hourly_cost_text}} an hour) | {{time_value_text}} |
| Total value | {{total_value_text}} |
| **ROI** | **{{roi_percent_text}}** |

Projected savings: {{projected_savings_source}}.
{{/roi}}

## KPIs against targets

| KPI | Latest | Target | Status |
|---|---:|---:|---|
{{#clinical_impact}}
| {{label}} | {{value_text}} | {{target_text}} | {{status}} |
{{/clinical_impact}}

## Adoption and usage

{{#adoption}}
Usage {{usage_start}} → {{usage_end}} (% of licensed capacity); adoption {{adoption_start}} → {{adoption_end}}; active users {{active_users_start}} → {{active_users_end}}; engagement {{engagement_end}}.
{{/adoption}}

## Support

{{#support}}
Tickets per snapshot: {{tickets_start}} at the start, {{tickets_end}} at the end, {{tickets_mean}} on average; critical tickets in the period: {{critical_tickets}}.
{{/support}}

## Clinical outcomes

{{#outcomes}}
Outcome improvement {{improvement_start}}% → {{improvement_end}}% (trend: {{trend}}); efficiency gain {{efficiency_end}}%; cost reduction {{cost_reduction_end}}%.
{{/outcomes}}

> **CSM:** the clinical story behind these numbers — which units, which protocols, what changed.

## NPS and feedback

{{#nps}}
NPS {{start}} → {{end}}.
{{/nps}}

{{#feedback_highlights}}
- {{date}} {{type}} ({{sentiment_text}}): {{summary}}
{{/feedback_highlights}}

## Value delivered

{{#health_score}}
Health {{current_score_text}} ({{band_text}}), {{trend_90d_text}} over 90 days.
{{/health_score}}
{{#retention_analysis}}
Churn risk {{churn_risk_text}} ({{risk_level}}).
{{/retention_analysis}}

> **CSM:** the value the customer would name themselves; quotes from their team.

## Strategic planning

> **CSM:** the customer's goals for the next period, and how we support each one.

## Executive engagement

Executive engagement (latest): {{executive_engagement}}.

> **CSM:** who the executive sponsor is now, how often we meet, what they asked for.

## Roadmap

{{#roadmap}}
- {{title}} — {{status}}{{#asked}} (asked for by this customer){{/asked}}
{{/roadmap}}
{{^roadmap}}
No open enhancements.
{{/roadmap}}

## Recommended next steps

{{#next_steps}}
1. {{.}}
{{/next_steps}}

> **CSM:** agreed actions, owners and dates (fill in during the meeting).

"""####),
    ]
}
