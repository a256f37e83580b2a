-- The approvers' worklist ("Chờ duyệt"): reports waiting for approval, oldest first; the partial index
-- holds only the few reports that wait, so counting them for the menu stays cheap.
CREATE INDEX rpt_report_waiting ON rpt_report (submitted_at, id) WHERE status = 'SUBMITTED';
