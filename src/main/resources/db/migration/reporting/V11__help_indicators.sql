-- Help given by the community digital teams and ambassadors, computed from the help log (skills module).
INSERT INTO rpt_dimension (code, name_vi, name_en) VALUES
    ('HELP_TYPE', 'Loại hỗ trợ số', 'Type of digital help');
INSERT INTO rpt_category (dimension_code, code, name_vi, name_en, position) VALUES
    ('HELP_TYPE', 'VNEID_INSTALL', 'Cài đặt VNeID', 'Installing VNeID', 1),
    ('HELP_TYPE', 'VNEID_LEVEL2', 'Kích hoạt VNeID mức 2', 'Activating VNeID level 2', 2),
    ('HELP_TYPE', 'EWALLET', 'Ví điện tử, thanh toán không dùng tiền mặt', 'E-wallets and cashless payment', 3),
    ('HELP_TYPE', 'PUBLIC_SERVICE', 'Dịch vụ công trực tuyến', 'Online public services', 4),
    ('HELP_TYPE', 'ONLINE_SELLING', 'Bán hàng trực tuyến', 'Selling online', 5),
    ('HELP_TYPE', 'SCAM_AWARENESS', 'Nhận biết, phòng tránh lừa đảo trực tuyến', 'Recognising and avoiding online scams', 6),
    ('HELP_TYPE', 'OTHER', 'Hỗ trợ khác', 'Other help', 7);

INSERT INTO rpt_indicator (code, name_vi, name_en, description_vi, description_en, value_type, aggregation, dimension_code, source, computed_key, unit_vi, unit_en) VALUES
('HELP_GIVEN_BY_TYPE', 'Số lượt hỗ trợ số theo loại', 'Digital help given, by type',
 'Số lượt hỗ trợ do đại sứ chuyển đổi số và tổ công nghệ số cộng đồng ghi trong nhật ký hỗ trợ số trong kỳ.',
 'Help given during the period as logged by digital-transformation ambassadors and community digital teams.',
 'INTEGER', 'SUM', 'HELP_TYPE', 'COMPUTED', 'skills.help.byType', 'lượt', 'times'),
('PEOPLE_HELPED', 'Số người được hỗ trợ số', 'People given digital help',
 'Số người khác nhau được hỗ trợ trong kỳ (hội viên và người dân, người dân phân biệt theo số điện thoại).',
 'Distinct people helped during the period (members, and citizens told apart by phone number).',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'skills.help.people', 'người', 'people');

-- Not required: the values are computed, and forms opened before this migration must still submit.
INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
SELECT f.id, i.id, f.periodicity, x.position, 'III. Tổ công nghệ số cộng đồng', 'III. Community digital teams', false
  FROM (VALUES ('HELP_GIVEN_BY_TYPE', 11), ('PEOPLE_HELPED', 12)) AS x (indicator, position)
  JOIN rpt_form f ON f.code = 'HV_THANG'
  JOIN rpt_indicator i ON i.code = x.indicator;
