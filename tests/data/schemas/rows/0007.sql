-- From schema 0007 on: agreement numbers and renewals, programmes and stays in the
-- trash, a person with two roles, rooms and an event's room.
INSERT INTO room (id, name, host_unit_id, capacity, notes, search_text, deleted_at, version) VALUES
  (1, 'Phòng họp 2', 2, 30, 'Có màn hình và camera họp trực tuyến.', 'phong hop 2', NULL, 1);
UPDATE event SET room_id = 1 WHERE id IN (1, 2);
UPDATE agreement SET number = '12/2024/TTHT', search_text = 'thoa thuan hop tac ve chuyen doi so giai doan 2024–2026 | 12/2024/ttht | chinh quyen so; dao tao' WHERE id = 1;
INSERT INTO agreement (id, title, signed_on, starts_on, ends_on, horizon_year, fields, notes, deleted_at, number, renews_id, search_text, version) VALUES
  (2, 'Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2027–2029', '2026-12-15', '2027-01-01', '2029-12-31', NULL, 'Chính quyền số; đào tạo', NULL, NULL, '07/2027/TTHT', 1, 'thoa thuan hop tac ve chuyen doi so giai doan 2027–2029 | 07/2027/ttht | chinh quyen so; dao tao', 1);
INSERT INTO agreement_party (agreement_id, organization_id) VALUES (2, 1), (2, 3);
UPDATE programme SET search_text = 'chuong trinh hop tac koica – binh duong | chuyen doi so', version = 2 WHERE id = 1;
INSERT INTO programme (id, name, domain, partner_id, description, search_text, deleted_at, version) VALUES
  (2, 'Chương trình tình nguyện viên 2023', 'Giáo dục', 3, NULL, 'chuong trinh tinh nguyen vien 2023 | giao duc', '2026-01-10 01:00:00.000000', 1);
UPDATE person SET role = 'contact,volunteer', version = 2 WHERE id = 1;
INSERT INTO assignment (id, project_id, person_id, arrives_on, departs_on, role, deleted_at, version) VALUES
  (2, 1, 3, '2026-05-04', '2026-05-29', 'Tình nguyện viên', '2026-04-20 03:00:00.000000', 1);
