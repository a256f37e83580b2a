-- "Chi hội số" counts computed from the activity module: activities held and how many members came.
INSERT INTO rpt_indicator (code, name_vi, name_en, description_vi, description_en, value_type, aggregation, dimension_code, source, computed_key, unit_vi, unit_en) VALUES
('ACTIVITIES_HELD', 'Số buổi sinh hoạt, hoạt động đã tổ chức', 'Activities held',
 'Các hoạt động của chi hội, cơ sở hội ghi trên hoiso là đã tổ chức, bắt đầu trong kỳ.', 'Activities of branches and communes marked held in hoiso, starting in the period.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'activity.held', 'buổi', 'activities'),
('ATTENDANCE_RATE', 'Tỷ lệ hội viên tham dự sinh hoạt', 'Members attending activities',
 'Trung bình, qua các hoạt động đã tổ chức trong kỳ, của số hội viên có mặt trên số hội viên của đơn vị tổ chức.',
 'Average over the activities held in the period of members present over the organising unit''s members.',
 'PERCENTAGE', 'AVERAGE', NULL, 'COMPUTED', 'activity.attendanceRate', '%', '%');

INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
SELECT f.id, i.id, f.periodicity, x.position, 'IV. Chi hội số', 'IV. Digital branch', false
  FROM (VALUES ('ACTIVITIES_HELD', 13), ('ATTENDANCE_RATE', 14)) AS x(code, position)
  JOIN rpt_form f ON f.code = 'HV_THANG'
  JOIN rpt_indicator i ON i.code = x.code;
