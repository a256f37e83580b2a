-- Figures of the safety module (reports of scams, harassment and violence), computed from its cases and never
-- typed. A sensitive indicator is one whose small numbers could point at a person: wherever its figure leaves the
-- case workers' hands (a report's page, print and API, dashboards, exports, ADX) a value under five is shown as
-- "<5" (reporting's SmallNumbers), while the stored value stays exact so that sums up the tree stay right.
ALTER TABLE rpt_indicator ADD COLUMN sensitive boolean NOT NULL DEFAULT false;

INSERT INTO rpt_dimension (code, name_vi, name_en) VALUES
    ('CASE_KIND', 'Loại vụ việc', 'Kind of case');
INSERT INTO rpt_category (dimension_code, code, name_vi, name_en, position) VALUES
    ('CASE_KIND', 'HARASSMENT', 'Quấy rối trên không gian mạng', 'Online harassment', 1),
    ('CASE_KIND', 'VIOLENCE', 'Bạo lực gia đình và bạo lực khác', 'Violence in the family and elsewhere', 2);

INSERT INTO rpt_indicator (code, name_vi, name_en, description_vi, description_en, value_type, aggregation, dimension_code, source, computed_key, unit_vi, unit_en, sensitive) VALUES
('SAFETY_SCAM_REPORTS', 'Số phản ánh lừa đảo trực tuyến tiếp nhận trên hoiso', 'Online scam reports received in hoiso',
 'Phản ánh lừa đảo (cuộc gọi, tin nhắn, mạng xã hội, trang web, ứng dụng, đầu tư, việc làm, vay, giả danh) gửi đến hoiso trong kỳ, người phản ánh đồng ý dùng cho thống kê.',
 'Scam reports (calls, messages, social networks, websites, apps, investment, jobs, loans, impersonation) sent to hoiso during the period whose reporter agreed to statistics.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'safety.scamReports', 'phản ánh', 'reports', true),
('SAFETY_MONEY_LOST', 'Số tiền người phản ánh cho biết đã bị lừa', 'Money reported lost to scams',
 'Tổng số tiền bị mất mà người phản ánh lừa đảo ghi trong kỳ.', 'Money lost, as the scam reports of the period state it.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'safety.moneyLost', 'đồng', 'VND', false),
('SAFETY_CASES_OPENED', 'Số vụ quấy rối, bạo lực tiếp nhận trên hoiso', 'Harassment and violence cases opened in hoiso',
 'Vụ việc quấy rối trên mạng và bạo lực được phản ánh trong kỳ.', 'Online harassment and violence cases reported during the period.',
 'INTEGER', 'SUM', 'CASE_KIND', 'COMPUTED', 'safety.casesOpened', 'vụ', 'cases', true),
('SAFETY_CASES_REFERRED', 'Số vụ quấy rối, bạo lực được chuyển gửi dịch vụ hỗ trợ', 'Harassment and violence cases referred to a support service',
 'Vụ việc có ít nhất một lần chuyển gửi (nhà tạm lánh, tổng đài, công an, y tế, trợ giúp pháp lý) được gửi đi trong kỳ.',
 'Cases with at least one referral (shelter, hotline, police, health, legal aid) sent during the period.',
 'INTEGER', 'SUM', 'CASE_KIND', 'COMPUTED', 'safety.casesReferred', 'vụ', 'cases', true),
('SAFETY_CASES_CLOSED', 'Số vụ quấy rối, bạo lực đã kết thúc', 'Harassment and violence cases closed',
 'Vụ việc kết thúc trong kỳ (vụ bạo lực: sau khi cán bộ giám sát duyệt).', 'Cases closed during the period (violence cases: once a supervisor approved).',
 'INTEGER', 'SUM', 'CASE_KIND', 'COMPUTED', 'safety.casesClosed', 'vụ', 'cases', true);

-- The monthly commune report gets a section of its own. Not required: the values are computed, and reports opened
-- before this migration must still submit.
INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
SELECT f.id, i.id, f.periodicity, x.position, 'V. Phòng, chống lừa đảo, quấy rối, bạo lực', 'V. Scams, harassment and violence', false
  FROM (VALUES ('SAFETY_SCAM_REPORTS', 15), ('SAFETY_MONEY_LOST', 16), ('SAFETY_CASES_OPENED', 17),
               ('SAFETY_CASES_REFERRED', 18), ('SAFETY_CASES_CLOSED', 19)) AS x(code, position)
  JOIN rpt_form f ON f.code = 'HV_THANG'
  JOIN rpt_indicator i ON i.code = x.code;

-- The six-monthly violence line: the cases hoiso received and referred sit under the typed totals of victims
-- detected and supported (which also count victims the union learnt of outside hoiso, and trafficking).
UPDATE rpt_form_item it SET position = it.position + 2
  FROM rpt_form f WHERE f.id = it.form_id AND f.code = 'PT_6THANG' AND it.position >= 7;
INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
SELECT f.id, i.id, f.periodicity, x.position, 'II. Phòng, chống bạo lực, mua bán người', 'II. Violence and trafficking', false
  FROM (VALUES ('SAFETY_CASES_OPENED', 7), ('SAFETY_CASES_REFERRED', 8)) AS x(code, position)
  JOIN rpt_form f ON f.code = 'PT_6THANG'
  JOIN rpt_indicator i ON i.code = x.code;
