-- From schema 0009 on: the register of outgoing documents, two years of one type
-- (the numbers restart at 1) and a report with its proposals.
INSERT INTO outgoing_document
    (id, year, type_code, number, issued_on, subject, file_path, record_key, proposals,
     issued_at, os_user)
VALUES
    (1, 2025, 'BB', 1, '2025-12-29', 'Họp giao ban: Chuyển đổi số',
     '/home/lan/Biên bản 01.pdf', 'minutes:1', NULL, '2025-12-29 09:15:00.000000', 'lan'),
    (2, 2026, 'BB', 1, '2026-01-05', 'Họp giao ban tuần 2', NULL, 'minutes:2', NULL,
     '2026-01-05 10:00:00.000000', 'lan'),
    (3, 2026, 'BC', 1, '2026-01-06', 'Báo cáo tình hình hợp tác tháng 12/2025',
     'C:\Users\phong\Documents\bao-cao-12.docx', 'report:all:-:2025-12-01:2025-12-31',
     'Đề nghị Sở Tài chính bố trí kinh phí năm 2026.', '2026-01-06 02:30:00.000000', 'phong');

-- From schema 0009 on: a project's status changes and an indicator's measurements,
-- each with its day (the migration wrote the ones it could tell; these came after).
INSERT INTO project_status_change (project_id, status, changed_on, recorded_at) VALUES
  (1, 'on_hold', '2026-07-15', '2026-07-15 02:00:00.000000'),
  (1, 'active', '2026-08-03', '2026-08-03 01:30:00.000000');
INSERT INTO indicator_measurement (indicator_id, value, measured_on) VALUES
  (1, 3.0, '2026-04-30'),
  (1, 9.0, '2026-09-30');
UPDATE indicator SET actual = 9.0, measured_on = '2026-09-30' WHERE id = 1;
