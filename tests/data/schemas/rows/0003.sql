-- Rows valid from schema 0003 on: a department's first records, typed by hand.
-- Every table of 0003 gets at least one row; times are stored in UTC.
INSERT INTO setting (id, "key", value) VALUES (1, 'department', 'Sở Thông tin và Truyền thông');

INSERT INTO organization (id, name, short_name, kind, is_internal, country, address, website, email, phone, notes, search_text, created_at, deleted_at) VALUES
  (1, 'Ủy ban nhân dân tỉnh Bình Dương', 'UBND tỉnh', 'government', 1, 'Việt Nam', NULL, NULL, NULL, NULL, NULL, 'uy ban nhan dan tinh binh duong | ubnd tinh | viet nam', '2026-01-05 02:00:00.000000', NULL),
  (2, 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'government', 1, 'Việt Nam', 'Tầng 11, Tháp A, Trung tâm Hành chính tỉnh', NULL, NULL, '0274 3822 000', NULL, 'so thong tin va truyen thong | so tt&tt | viet nam', '2026-01-05 02:01:00.000000', NULL),
  (3, 'Cơ quan Hợp tác Quốc tế Hàn Quốc', 'KOICA', 'international', 0, 'Hàn Quốc', NULL, 'https://www.koica.go.kr', 'vietnam@koica.example', NULL, 'Văn phòng đại diện tại Hà Nội.', 'co quan hop tac quoc te han quoc | koica | han quoc', '2026-01-05 02:02:00.000000', NULL),
  (4, 'Công ty TNHH Phần mềm Đông Á', NULL, 'enterprise', 0, 'Việt Nam', NULL, NULL, NULL, NULL, NULL, 'cong ty tnhh phan mem dong a | viet nam', '2026-01-05 02:03:00.000000', '2026-02-01 03:00:00.000000');

INSERT INTO person (id, full_name, title, role, organization_id, email, phone, nationality, expertise, languages, notes, search_text, deleted_at) VALUES
  (1, 'Kim Min-jun', 'Điều phối viên chương trình', 'contact', 3, 'minjun.kim@koica.example', NULL, 'Hàn Quốc', 'Đô thị thông minh', 'Tiếng Anh, tiếng Hàn', NULL, 'kim min-jun | minjun.kim@koica.example | han quoc | do thi thong minh', NULL),
  (2, 'Trần Thị Mai', 'Phó Giám đốc Sở', 'staff', 2, 'mai.tt@sotttt.example', '0912 000 111', NULL, NULL, NULL, NULL, 'tran thi mai | mai.tt@sotttt.example', NULL),
  (3, 'Lê Văn Hùng', 'Chuyên viên', 'volunteer', NULL, NULL, NULL, NULL, NULL, NULL, 'Thư ký các cuộc họp.', 'le van hung', NULL),
  (4, 'Phạm Quốc Bảo', NULL, 'contact', 4, NULL, NULL, NULL, NULL, NULL, NULL, 'pham quoc bao', '2026-02-01 03:00:00.000000');

INSERT INTO programme (id, name, domain, partner_id, description) VALUES
  (1, 'Chương trình hợp tác KOICA – Bình Dương', 'Chuyển đổi số', 3, 'Hỗ trợ kỹ thuật cho chính quyền số cấp tỉnh.');

INSERT INTO project (id, code, title, programme_id, partner_id, host_unit_id, status, starts_on, ends_on, objectives, search_text, deleted_at) VALUES
  (1, 'DA-01', 'Đô thị thông minh cấp tỉnh', 1, 3, 2, 'active', '2026-03-01', '2026-12-31', 'Khảo sát, thiết kế và thí điểm trung tâm điều hành.', 'da-01 | do thi thong minh cap tinh', NULL),
  (2, 'DA-02', 'Số hóa hồ sơ lưu trữ', 1, 3, 2, 'cancelled', NULL, NULL, NULL, 'da-02 | so hoa ho so luu tru', '2026-02-15 04:00:00.000000');

INSERT INTO milestone (id, project_id, title, due_on, done_on) VALUES
  (1, 1, 'Khảo sát hiện trạng', '2026-04-15', '2026-04-10'),
  (2, 1, 'Thí điểm trung tâm điều hành', '2026-10-31', NULL);
INSERT INTO indicator (id, project_id, name, unit, baseline, target, actual, measured_on) VALUES
  (1, 1, 'Số sở, ngành kết nối dữ liệu', 'đơn vị', 2, 20, 7, '2026-06-30');
INSERT INTO assignment (id, project_id, person_id, arrives_on, departs_on, role) VALUES
  (1, 1, 1, '2026-03-01', '2026-03-28', 'Chuyên gia tư vấn');

INSERT INTO agreement (id, title, signed_on, starts_on, ends_on, horizon_year, fields, notes, deleted_at) VALUES
  (1, 'Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2024–2026', '2024-05-15', '2024-06-01', '2026-12-31', 2030, 'Chính quyền số; đào tạo', NULL, NULL);
INSERT INTO agreement_party (agreement_id, organization_id) VALUES (1, 1), (1, 3);
INSERT INTO commitment (id, agreement_id, party_id, text, due_on, status, done_on, search_text) VALUES
  (1, 1, 3, 'Cử chuyên gia khảo sát hạ tầng dữ liệu', '2026-04-30', 'done', '2026-04-10', 'cu chuyen gia khao sat ha tang du lieu'),
  (2, 1, 1, 'Cử cán bộ đầu mối phối hợp', '2026-06-30', 'open', NULL, 'cu can bo dau moi phoi hop');

-- A weekly meeting (its 9 March moved to the afternoon, its 16 March skipped), a
-- workshop with minutes, and a visit deleted to the trash.
INSERT INTO event (id, kind, title, starts_at, ends_at, tz, all_day, location, project_id, partner_id, host_unit_id, status, notes, uid, search_text, deleted_at, rrule, exdates, series_id, override_reason) VALUES
  (1, 'meeting', 'Họp giao ban dự án DA-01', '2026-03-02 02:00:00.000000', '2026-03-02 03:30:00.000000', 'Asia/Ho_Chi_Minh', 0, 'Phòng họp 2', 1, 3, 2, 'confirmed', NULL, NULL, 'hop giao ban du an da-01 | phong hop 2', NULL, 'FREQ=WEEKLY;COUNT=4', '2026-03-09,2026-03-16', NULL, NULL),
  (2, 'meeting', 'Họp giao ban dự án DA-01', '2026-03-09 07:00:00.000000', '2026-03-09 08:30:00.000000', 'Asia/Ho_Chi_Minh', 0, 'Phòng họp 2', 1, 3, 2, 'confirmed', NULL, NULL, 'hop giao ban du an da-01 | phong hop 2', NULL, NULL, NULL, 1, NULL),
  (3, 'workshop', 'Hội thảo chuyển đổi số', '2026-03-20 01:00:00.000000', '2026-03-20 04:30:00.000000', 'Asia/Ho_Chi_Minh', 0, 'Trung tâm Hội nghị tỉnh', 1, 3, 1, 'held', 'Mời các sở, ngành.', 'hoithao-20260320@koica.example', 'hoi thao chuyen doi so | trung tam hoi nghi tinh', NULL, NULL, NULL, NULL, 'Trùng giờ họp giao ban; lãnh đạo Sở chủ trì hội thảo.'),
  (4, 'visit', 'Khảo sát thực địa', '2026-04-01 01:00:00.000000', '2026-04-01 09:00:00.000000', 'Asia/Ho_Chi_Minh', 0, NULL, 1, 3, 2, 'cancelled', NULL, NULL, 'khao sat thuc dia', '2026-03-25 02:00:00.000000', NULL, NULL, NULL, NULL);
INSERT INTO event_occurrence (id, event_id, starts_at, ends_at) VALUES
  (1, 1, '2026-03-02 02:00:00.000000', '2026-03-02 03:30:00.000000'),
  (2, 1, '2026-03-23 02:00:00.000000', '2026-03-23 03:30:00.000000'),
  (3, 2, '2026-03-09 07:00:00.000000', '2026-03-09 08:30:00.000000'),
  (4, 3, '2026-03-20 01:00:00.000000', '2026-03-20 04:30:00.000000'),
  (5, 4, '2026-04-01 01:00:00.000000', '2026-04-01 09:00:00.000000');
INSERT INTO event_participant (event_id, person_id, role, attendance, represented_by, invited) VALUES
  (1, 2, 'Chủ trì', 'invited', NULL, 1),
  (3, 1, 'Đại diện đối tác', 'present', NULL, 1),
  (3, 2, 'Chủ trì', 'represented', 'Phó Trưởng phòng Hợp tác', 1),
  (3, 3, NULL, 'present', NULL, 0);
INSERT INTO event_site (id, event_id, name, location) VALUES
  (1, 3, 'Điểm cầu Sở TT&TT', 'Phòng họp 2');

INSERT INTO minutes (id, event_id, chair_id, place, summary, status, finalized_at, secretary_id, search_text) VALUES
  (1, 3, 2, 'Trung tâm Hội nghị tỉnh', 'Thống nhất kế hoạch khảo sát; giao Sở TT&TT đầu mối.', 'final', '2026-03-21 09:00:00.000000', 3, 'trung tam hoi nghi tinh | thong nhat ke hoach khao sat; giao so tt&tt dau moi.');
INSERT INTO decision (id, minutes_id, position, text, search_text) VALUES
  (1, 1, 1, 'Chốt danh sách đơn vị tiếp nhận', 'chot danh sach don vi tiep nhan');
INSERT INTO action_item (id, minutes_id, text, owner_person_id, owner_org_id, due_on, status, done_on, search_text) VALUES
  (1, 1, 'Gửi bộ câu hỏi khảo sát cho các sở', 2, NULL, '2026-04-15', 'open', NULL, 'gui bo cau hoi khao sat cho cac so'),
  (2, 1, 'Khảo sát hiện trạng hạ tầng dữ liệu', NULL, 3, '2026-04-30', 'done', '2026-04-10', 'khao sat hien trang ha tang du lieu');

INSERT INTO attachment (id, owner_type, owner_id, filename, content_hash, size, media_type, added_at) VALUES
  (1, 'minutes', 1, 'bien-ban-hoi-thao.pdf', 'a3f1c2e4b5d6978012345678901234567890abcdef1234567890abcdef123456', 48213, 'application/pdf', '2026-03-21 09:05:00.000000');
INSERT INTO change_log (id, at, os_user, entity, entity_id, action, changes) VALUES
  (1, '2026-01-05 02:00:00.000000', 'dieuphoi', 'organization', 1, 'created', '{"name": [null, "Ủy ban nhân dân tỉnh Bình Dương"]}');
