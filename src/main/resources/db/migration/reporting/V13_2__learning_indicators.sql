-- Counts of "Bình dân học vụ số" computed from the skills module's lessons and certificates: nobody tallies
-- them by hand. On the monthly form, not required (a commune with no learners reports zero anyway).
INSERT INTO rpt_indicator (code, name_vi, name_en, description_vi, description_en, value_type, aggregation, dimension_code, source, computed_key, unit_vi, unit_en) VALUES
('LESSONS_COMPLETED', 'Số lượt hội viên hoàn thành bài học kỹ năng số', 'Digital-skills lessons completed by members',
 'Tính từ bài học và câu hỏi hội viên làm trên hoiso trong kỳ.', 'Counted from the lessons and quizzes members finished in hoiso during the period.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'skills.lessons.completed', 'lượt', 'lessons'),
('CERTIFICATES_ISSUED', 'Số giấy chứng nhận "Bình dân học vụ số" đã cấp', 'Digital-literacy certificates issued',
 'Giấy chứng nhận hoàn thành khóa học cấp trong kỳ.', 'Course certificates issued during the period.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'skills.certificates', 'giấy', 'certificates');

INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
SELECT f.id, i.id, f.periodicity, x.position, 'II. Bình dân học vụ số', 'II. Digital literacy for all', false
  FROM (VALUES ('LESSONS_COMPLETED', 9), ('CERTIFICATES_ISSUED', 10)) AS x(code, position)
  JOIN rpt_form f ON f.code = 'HV_THANG'
  JOIN rpt_indicator i ON i.code = x.code;
