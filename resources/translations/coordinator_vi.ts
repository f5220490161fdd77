<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Agenda</name>
    <message>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Any partner or one of the province&apos;s own units; Enter adds it</source>
        <translation>Đối tác bất kỳ hoặc một đơn vị của tỉnh; nhấn Enter để thêm</translation>
    </message>
    <message>
        <source>Type a partner or unit, then Enter…</source>
        <translation>Gõ tên đối tác hoặc đơn vị rồi nhấn Enter…</translation>
    </message>
    <message>
        <source>Add &amp;party</source>
        <translation>Thêm &amp;bên</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Bỏ bên</translation>
    </message>
    <message>
        <source>e.g. Thỏa thuận hợp tác chiến lược về chuyển đổi số</source>
        <translation>VD: Thỏa thuận hợp tác chiến lược về chuyển đổi số</translation>
    </message>
    <message>
        <source>e.g. 12/2023/TTHT-VNPT</source>
        <translation>VD: 12/2023/TTHT-VNPT</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>The year the agreement&apos;s vision looks to, if any</source>
        <translation>Năm tầm nhìn của thỏa thuận (nếu có)</translation>
    </message>
    <message>
        <source>e.g. e-government; training; smart city</source>
        <translation>VD: chính quyền điện tử; đào tạo; đô thị thông minh</translation>
    </message>
    <message>
        <source>Parties *</source>
        <translation>Các bên tham gia *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Số hiệu</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>&amp;Ngày ký</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>&amp;Vision to the year</source>
        <translation>Tầm nhìn đến &amp;năm</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Thêm cam kết</translation>
    </message>
    <message>
        <source>Remove commitment</source>
        <translation>Xóa cam kết</translation>
    </message>
    <message>
        <source>Double-click or type to edit a cell; dates as dd/mm/yyyy.</source>
        <translation>Nhấp đúp hoặc gõ để sửa ô; ngày viết dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Signed copy and files</source>
        <translation>Bản ký và tệp đính kèm</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
        <source>Draft the follow-on agreement: same parties, starting after this one ends</source>
        <translation>Soạn thỏa thuận gia hạn: cùng các bên, bắt đầu sau khi thỏa thuận này hết hạn</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Sửa thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Renew agreement</source>
        <translation>Gia hạn thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>New cooperation agreement</source>
        <translation>Thỏa thuận hợp tác mới</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>The scanned signed agreement and other files. They are copied into Coordinator&apos;s data folder; at most %1 MB per file.</source>
        <translation>Bản quét thỏa thuận đã ký và các tệp khác. Tệp được sao chép vào thư mục dữ liệu của Coordinator; tối đa %1 MB mỗi tệp.</translation>
    </message>
    <message>
        <source>This agreement renews “%1”.</source>
        <translation>Thỏa thuận này gia hạn “%1”.</translation>
    </message>
    <message>
        <source>A renewal of “%1”, not saved yet.</source>
        <translation>Gia hạn của “%1”, chưa lưu.</translation>
    </message>
    <message>
        <source>Renewed by “%1”.</source>
        <translation>Đã được gia hạn bằng “%1”.</translation>
    </message>
    <message>
        <source>Type a name, then choose it from the list.</source>
        <translation>Gõ tên rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Several names hold these words: choose one from the list.</source>
        <translation>Có nhiều tên chứa các từ này: hãy chọn một tên trong danh sách.</translation>
    </message>
    <message>
        <source>No partner or unit has this name; add it in the Partners tab first.</source>
        <translation>Không có đối tác hay đơn vị nào có tên này; hãy thêm ở thẻ Đối tác trước.</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Đính kèm bản thỏa thuận đã ký</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.docx);;All files (*)</source>
        <translation>Bản quét và văn bản (*.pdf *.jpg *.jpeg *.png *.tif *.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB and was not attached.</source>
        <translation>“%1” lớn hơn %2 MB nên không được đính kèm.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Không mở được “%1”.</translation>
    </message>
    <message>
        <source>The agreement could not be saved: %1</source>
        <translation>Không lưu được thỏa thuận: %1</translation>
    </message>
    <message>
        <source>Commitment %1: %2</source>
        <translation>Cam kết %1: %2</translation>
    </message>
    <message>
        <source>An agreement has at least two parties: add them from the list.</source>
        <translation>Thỏa thuận phải có ít nhất hai bên: hãy thêm từ danh sách.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed after its period ends.</source>
        <translation>Ngày ký không thể sau ngày hết hạn của thỏa thuận.</translation>
    </message>
    <message>
        <source>Write a year from the start of the agreement on, e.g. 2030 (or leave —).</source>
        <translation>Ghi một năm từ năm bắt đầu thỏa thuận trở đi, VD: 2030 (hoặc để —).</translation>
    </message>
    <message>
        <source>The agreement this one renews no longer exists.</source>
        <translation>Thỏa thuận được gia hạn không còn tồn tại.</translation>
    </message>
    <message>
        <source>This date is not plausible; check the year.</source>
        <translation>Ngày này không hợp lý; hãy kiểm tra lại năm.</translation>
    </message>
    <message>
        <source>its party is not one of the agreement&apos;s parties.</source>
        <translation>bên thực hiện không phải là một bên của thỏa thuận.</translation>
    </message>
    <message>
        <source>the date cannot be read; write it as dd/mm/yyyy, e.g. 31/12/2026.</source>
        <translation>không đọc được ngày; hãy viết dạng dd/mm/yyyy, VD: 31/12/2026.</translation>
    </message>
    <message>
        <source>write what is committed.</source>
        <translation>hãy ghi nội dung cam kết.</translation>
    </message>
</context>
<context>
    <name>AgreementFlow</name>
    <message>
        <source>new agreement</source>
        <translation>thêm thỏa thuận</translation>
    </message>
    <message>
        <source>This agreement is no longer there (it may be in the trash).</source>
        <translation>Thỏa thuận này không còn (có thể đã ở thùng rác).</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <source>renew “%1”</source>
        <translation>gia hạn “%1”</translation>
    </message>
    <message>
        <source>Agreement saved. Ctrl+Z undoes it.</source>
        <translation>Đã lưu thỏa thuận. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Xóa thỏa thuận</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Xóa “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete agreement “%1”</source>
        <translation>xóa thỏa thuận “%1”</translation>
    </message>
    <message>
        <source>Agreement deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa thỏa thuận. Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Ended</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Đã gia hạn</translation>
    </message>
    <message>
        <source>Ending soon (%1 days left)</source>
        <translation>Sắp hết hạn (còn %1 ngày)</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang hiệu lực</translation>
    </message>
</context>
<context>
    <name>AgreementsDialog</name>
    <message>
        <source>Cooperation agreements</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang hiệu lực</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Sắp hết hạn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Ending soon: within %1 days (Edit → Preferences)</source>
        <translation>Sắp hết hạn: trong vòng %1 ngày (Chỉnh sửa → Tùy chọn)</translation>
    </message>
    <message>
        <source>Filter by title, number, field or party, e.g. “vnpt” or “dao tao”</source>
        <translation>Lọc theo tên, số hiệu, lĩnh vực hoặc bên tham gia, VD: “vnpt” hoặc “dao tao”</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên thỏa thuận</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
        <source>Draft the follow-on agreement of the selected one</source>
        <translation>Soạn thỏa thuận gia hạn của thỏa thuận đang chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 thỏa thuận</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>Thêm thỏa thuận &amp;mới…</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>“%1” is a folder, not a database file. Nothing was changed.</source>
        <translation>“%1” là một thư mục, không phải tệp cơ sở dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a device or a pipe), so it cannot be a database. Nothing was changed.</source>
        <translation>“%1” không phải là tệp thông thường (đó là một thiết bị hoặc một đường ống), nên không thể là cơ sở dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is read-only (the file, its folder or its disk), so nothing can be saved in it. The file has not been changed.</source>
        <translation>Tệp “%1” ở chế độ chỉ đọc (do quyền của tệp, của thư mục chứa tệp, hoặc do ổ đĩa), nên không lưu được gì vào đó. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The tables of “%1” are not those of its version (%2): %3. The file has not been changed.</source>
        <translation>Các bảng của “%1” không đúng với phiên bản cấu trúc của tệp (%2): %3. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Coordinator. Install the newer version to open it. The file has not been changed.</source>
        <translation>Tệp “%1” được lưu bởi phiên bản Coordinator mới hơn. Hãy cài phiên bản mới hơn để mở tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is not a Coordinator database. The file has not been changed.</source>
        <translation>Tệp “%1” không phải là cơ sở dữ liệu Coordinator. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Restore it from a backup in the “backups” folder beside it. The file has not been changed.</source>
        <translation>Tệp “%1” bị hỏng, không thể mở an toàn. Hãy khôi phục từ bản sao lưu trong thư mục “backups” bên cạnh tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” must be upgraded to this version of Coordinator, which cannot be done while it is open read-only. The file has not been changed.</source>
        <translation>“%1” cần được nâng cấp lên phiên bản Coordinator này, việc đó không làm được khi tệp đang mở ở chế độ chỉ đọc. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Coordinator: the upgrade stopped at revision %2. The file has not been changed; a backup taken before the upgrade is in the “backups” folder beside it.</source>
        <translation>Không nâng cấp được tệp “%1” lên phiên bản Coordinator này: quá trình nâng cấp dừng ở bước %2. Tệp chưa bị thay đổi; bản sao lưu tạo trước khi nâng cấp nằm trong thư mục “backups” bên cạnh tệp.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>không có quyền đọc tệp</translation>
    </message>
    <message>
        <source>The database file is busy — another window or command is writing to it; try again in a moment.</source>
        <translation>Tệp cơ sở dữ liệu đang bận — một cửa sổ hoặc lệnh khác đang ghi vào tệp; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy nên chưa lưu được gì. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database is open read-only, or its file cannot be written here, so nothing was saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, hoặc không ghi được vào tệp ở vị trí này, nên chưa lưu được gì.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (the disk or the network failed), so nothing was saved. Check the drive and try again.</source>
        <translation>Không đọc hoặc ghi được tệp cơ sở dữ liệu (lỗi ổ đĩa hoặc mạng) nên chưa lưu được gì. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The database file is damaged, so nothing was saved. Close Coordinator and restore it from a backup in the “backups” folder beside it.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng nên chưa lưu được gì. Hãy đóng Coordinator và khôi phục từ bản sao lưu trong thư mục “backups” bên cạnh tệp.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>Không mở được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>“%1” is on a network drive. Two computers writing the same database over the network can damage it, so Coordinator will open it read-only. Copy the file to this computer to work on it.</source>
        <translation>“%1” nằm trên ổ mạng. Hai máy cùng ghi một cơ sở dữ liệu qua mạng có thể làm hỏng tệp, nên Coordinator sẽ mở ở chế độ chỉ đọc. Hãy chép tệp về máy này để làm việc.</translation>
    </message>
    <message>
        <source>You are not allowed to change “%1” or its folder, so Coordinator will open it read-only.</source>
        <translation>Bạn không có quyền sửa “%1” hoặc thư mục chứa nó, nên Coordinator sẽ mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Mở chỉ đọc</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang được sử dụng</translation>
    </message>
    <message>
        <source>“%1” is already open in Coordinator by %2 on computer %3 (since %4). Open it read-only? You can read everything but save nothing.</source>
        <translation>“%1” đang được %2 mở bằng Coordinator trên máy %3 (từ %4). Mở ở chế độ chỉ đọc? Bạn xem được mọi thứ nhưng không lưu được gì.</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Khôi phục bản sao lưu lúc %1</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Mở tệp khác…</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Coordinator (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>“%1” is not a usable backup, and nothing was changed: %2</source>
        <translation>“%1” không phải bản sao lưu dùng được; chưa có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Không khôi phục được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Restored from the backup of %1.</source>
        <translation>Đã khôi phục từ bản sao lưu lúc %1.</translation>
    </message>
    <message>
        <source>The replaced file is kept as %1.</source>
        <translation>Tệp bị thay thế được giữ lại với tên %1.</translation>
    </message>
    <message>
        <source>The daily backup failed; see the log.</source>
        <translation>Sao lưu hằng ngày không thành công; xem nhật ký.</translation>
    </message>
    <message>
        <source>Daily backup made.</source>
        <translation>Đã sao lưu hằng ngày.</translation>
    </message>
    <message>
        <source>Welcome to Coordinator</source>
        <translation>Chào mừng đến với Coordinator</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo data (the volunteer corps&apos; mission, the agreements and the twinning programme) to try Coordinator out?</source>
        <translation>Cơ sở dữ liệu đang trống. Nạp dữ liệu mẫu (đoàn chuyên gia tình nguyện, các thỏa thuận hợp tác và chương trình kết nghĩa) để dùng thử Coordinator?</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Đã nạp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This database is open read-only, so the change was not saved. What you typed is still in the form.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc nên thay đổi chưa được lưu. Nội dung bạn đã nhập vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong inside Coordinator. Your saved data is safe. The details were written to %1.</source>
        <translation>Đã xảy ra lỗi bên trong Coordinator. Dữ liệu đã lưu vẫn an toàn. Chi tiết lỗi được ghi vào %1.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit stay</source>
        <translation>Sửa phân công</translation>
    </message>
    <message>
        <source>New stay</source>
        <translation>Phân công mới</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(chọn cá nhân)</translation>
    </message>
    <message>
        <source>(choose a project)</source>
        <translation>(chọn dự án)</translation>
    </message>
    <message>
        <source>e.g. Chuyên gia tư vấn dữ liệu</source>
        <translation>Ví dụ: Chuyên gia tư vấn dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Cá nhân *</translation>
    </message>
    <message>
        <source>P&amp;roject *</source>
        <translation>&amp;Dự án *</translation>
    </message>
    <message>
        <source>&amp;Arrives on</source>
        <translation>&amp;Ngày đến</translation>
    </message>
    <message>
        <source>&amp;Departs on</source>
        <translation>Ngày đ&amp;i</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>⚠ This stay reaches outside the project&apos;s dates (%1). It can be saved.</source>
        <translation>⚠ Thời gian lưu trú vượt ra ngoài thời gian của dự án (%1). Vẫn có thể lưu.</translation>
    </message>
    <message>
        <source>This person already stays on this project over some of these days.</source>
        <translation>Người này đã được phân công vào dự án này trong một số ngày của khoảng thời gian này.</translation>
    </message>
    <message>
        <source>The stay could not be saved: %1</source>
        <translation>Không lưu được phân công: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily, on start</source>
        <translation>hằng ngày, khi khởi động</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>sao lưu thủ công</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập lịch</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Mon</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
<context>
    <name>CalendarPrint</name>
    <message>
        <source>Project %1</source>
        <translation>Dự án %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Cá nhân: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Calendar, month %1/%2</source>
        <translation>Lịch tháng %1/%2</translation>
    </message>
    <message>
        <source>Calendar, week of %1 to %2</source>
        <translation>Lịch tuần từ %1 đến %2</translation>
    </message>
    <message>
        <source>Agenda from %1</source>
        <translation>Danh sách sự kiện từ ngày %1</translation>
    </message>
    <message>
        <source>Only the first %1 events are printed.</source>
        <translation>Chỉ in %1 sự kiện đầu tiên.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Không có sự kiện nào.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Về ngày hôm nay (Ctrl+T)</translation>
    </message>
    <message>
        <source>Previous (Ctrl+PgUp)</source>
        <translation>Trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next (Ctrl+PgDown)</source>
        <translation>Sau (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại hình</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tất cả dự án</translation>
    </message>
    <message>
        <source>All host units</source>
        <translation>Mọi đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <source>Show one person&apos;s events: a volunteer&apos;s week</source>
        <translation>Chỉ xem lịch của một người, ví dụ tuần làm việc của một tình nguyện viên</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Clear the calendar&apos;s filters</source>
        <translation>Bỏ các bộ lọc của lịch</translation>
    </message>
    <message>
        <source>Filter the agenda by title or place</source>
        <translation>Lọc danh sách theo tên sự kiện hoặc địa điểm</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Từ ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) this week</source>
        <translation>
            <numerusform>%Ln sự kiện trong tuần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) this month</source>
        <translation>
            <numerusform>%Ln sự kiện trong tháng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) from this day on</source>
        <translation>
            <numerusform>%Ln sự kiện từ ngày này trở đi</numerusform>
        </translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Lịch công tác</translation>
    </message>
    <message>
        <source>Agenda from %1</source>
        <translation>Lịch công tác từ ngày %1</translation>
    </message>
    <message>
        <source>Select an event in the agenda to delete it.</source>
        <translation>Hãy chọn sự kiện trong danh sách để xóa.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Xóa sự kiện</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Xóa “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete a repeating event</source>
        <translation>Xóa sự kiện lặp lại</translation>
    </message>
    <message>
        <source>delete one occurrence</source>
        <translation>xóa một lần của sự kiện lặp lại</translation>
    </message>
    <message>
        <source>Occurrence deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa lần này. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>delete event “%1”</source>
        <translation>xóa sự kiện “%1”</translation>
    </message>
    <message>
        <source>Event deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa sự kiện. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>This event repeats. Change only this occurrence, or the whole series?</source>
        <translation>Sự kiện này lặp lại. Chỉ thay đổi lần này hay cả chuỗi?</translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation>&amp;Chỉ lần này</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>Cả &amp;chuỗi</translation>
    </message>
    <message>
        <source>Open a repeating event</source>
        <translation>Mở sự kiện lặp lại</translation>
    </message>
    <message>
        <source>Not moved: this database is open read-only.</source>
        <translation>Chưa dời lịch: cơ sở dữ liệu đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Move a repeating event</source>
        <translation>Dời sự kiện lặp lại</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translation>dời “%1”</translation>
    </message>
    <message>
        <source>Moved to %1. Ctrl+Z moves it back.</source>
        <translation>Đã dời sang %1. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>It has scheduling warnings; open it to see them.</source>
        <translation>Sự kiện có cảnh báo về lịch; mở sự kiện để xem.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Sự kiện này không còn tồn tại.</translation>
    </message>
    <message>
        <source>edit event</source>
        <translation>sửa sự kiện</translation>
    </message>
    <message>
        <source>Event saved. Ctrl+Z undoes the change.</source>
        <translation>Đã lưu sự kiện. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Thêm &amp;sự kiện…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Record &amp;minutes…</source>
        <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Coordinator: partners, projects and consultations of a cooperation programme. Without a command, opens the window.</source>
        <translation>Coordinator: đối tác, dự án và các buổi tư vấn của chương trình hợp tác. Không kèm lệnh thì mở cửa sổ ứng dụng.</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>language of the messages and documents: vi (default) or en</source>
        <translation>ngôn ngữ của thông báo và văn bản: vi (mặc định) hoặc en</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>hiện phiên bản rồi thoát</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>create a new, empty database (and its folders)</source>
        <translation>tạo cơ sở dữ liệu mới, trống (cùng các thư mục của nó)</translation>
    </message>
    <message>
        <source>fill a new, empty database with demo data</source>
        <translation>nạp dữ liệu mẫu vào cơ sở dữ liệu mới, trống</translation>
    </message>
    <message>
        <source>report integrity and schema version</source>
        <translation>kiểm tra tính toàn vẹn và phiên bản cấu trúc dữ liệu</translation>
    </message>
    <message>
        <source>back up the database and its attachments</source>
        <translation>sao lưu cơ sở dữ liệu và các tệp đính kèm</translation>
    </message>
    <message>
        <source>copy the database to this file instead of the backups folder</source>
        <translation>chép cơ sở dữ liệu vào tệp này thay vì thư mục backups</translation>
    </message>
    <message>
        <source>replace the database by a backup (checked first)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (được kiểm tra trước)</translation>
    </message>
    <message>
        <source>backup file to restore (default: newest good)</source>
        <translation>tệp sao lưu cần khôi phục (mặc định: bản tốt mới nhất)</translation>
    </message>
    <message>
        <source>export events to an .ics file</source>
        <translation>xuất sự kiện ra tệp .ics</translation>
    </message>
    <message>
        <source>.ics file to write</source>
        <translation>tệp .ics cần ghi</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>CÁ_NHÂN</translation>
    </message>
    <message>
        <source>only the events this person takes part in</source>
        <translation>chỉ các sự kiện có cá nhân này tham dự</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ĐƠN_VỊ</translation>
    </message>
    <message>
        <source>only the events of this host unit</source>
        <translation>chỉ các sự kiện của đơn vị tiếp nhận này</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ_DỰ_ÁN</translation>
    </message>
    <message>
        <source>only the events of the project with this code</source>
        <translation>chỉ các sự kiện của dự án có mã này</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>NN/TT/NNNN</translation>
    </message>
    <message>
        <source>first day, DD/MM/YYYY</source>
        <translation>ngày đầu, dạng NN/TT/NNNN</translation>
    </message>
    <message>
        <source>last day, DD/MM/YYYY</source>
        <translation>ngày cuối, dạng NN/TT/NNNN</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>in ra JSON thay vì văn bản</translation>
    </message>
    <message>
        <source>the file to write; its ending chooses the format</source>
        <translation>tệp cần ghi; phần đuôi tên tệp quyết định định dạng</translation>
    </message>
    <message>
        <source>list double bookings and scheduling warnings</source>
        <translation>liệt kê các trường hợp trùng lịch và cảnh báo về lịch</translation>
    </message>
    <message>
        <source>list open action items and commitments, due first, and agreements ending soon</source>
        <translation>liệt kê nhiệm vụ và cam kết chưa hoàn thành (theo hạn) cùng các thỏa thuận hợp tác sắp hết hạn</translation>
    </message>
    <message>
        <source>only those past their due date</source>
        <translation>chỉ những mục đã quá hạn</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>NGƯỜI_PHỤ_TRÁCH</translation>
    </message>
    <message>
        <source>only those of this person or unit</source>
        <translation>chỉ những mục của cá nhân hoặc đơn vị này</translation>
    </message>
    <message>
        <source>write an event&apos;s minutes as PDF or Word</source>
        <translation>xuất biên bản của một sự kiện ra PDF hoặc Word</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>MÃ_SỐ</translation>
    </message>
    <message>
        <source>the event&apos;s id</source>
        <translation>mã số của sự kiện</translation>
    </message>
    <message>
        <source>write a status report as PDF, Word or Excel</source>
        <translation>xuất báo cáo tình hình ra PDF, Word hoặc Excel</translation>
    </message>
    <message>
        <source>PARTNER</source>
        <translation>ĐỐI_TÁC</translation>
    </message>
    <message>
        <source>only this partner</source>
        <translation>chỉ đối tác này</translation>
    </message>
    <message>
        <source>PROGRAMME</source>
        <translation>CHƯƠNG_TRÌNH</translation>
    </message>
    <message>
        <source>only this programme</source>
        <translation>chỉ chương trình này</translation>
    </message>
    <message>
        <source>only the project with this code</source>
        <translation>chỉ dự án có mã này</translation>
    </message>
    <message>
        <source>only this host unit</source>
        <translation>chỉ đơn vị tiếp nhận này</translation>
    </message>
    <message>
        <source>SECTIONS</source>
        <translation>PHẦN</translation>
    </message>
    <message>
        <source>comma-separated sections to include (default all):</source>
        <translation>các phần cần đưa vào, cách nhau bằng dấu phẩy (mặc định: tất cả):</translation>
    </message>
    <message>
        <source>%1: %2 events added, %3 updated, %4 unchanged, %5 people added, %6 skipped</source>
        <translation>%1: thêm %2 sự kiện, cập nhật %3, %4 không đổi, thêm %5 cá nhân, bỏ qua %6</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>import events from an .ics file, or a list of partners, people or stays from an Excel (.xlsx) or CSV file</source>
        <translation>nhập sự kiện từ tệp .ics, hoặc danh sách đối tác, cá nhân hay thời gian làm việc từ tệp Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <source>an .ics, .xlsx or .csv file</source>
        <translation>tệp .ics, .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>what the spreadsheet lists (needed for .xlsx and .csv)</source>
        <translation>tệp liệt kê gì (bắt buộc với .xlsx và .csv)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>trang tính của sổ tính (mặc định: trang đầu tiên)</translation>
    </message>
    <message>
        <source>HEADER=FIELD,…</source>
        <translation>TIÊU_ĐỀ=TRƯỜNG,…</translation>
    </message>
    <message>
        <source>which field a column fills, where its header is not recognised (FIELD - leaves the column out)</source>
        <translation>cột nào điền vào trường nào, khi tiêu đề của cột không được nhận ra (TRƯỜNG là - thì bỏ qua cột)</translation>
    </message>
    <message>
        <source>say what would happen, write nothing</source>
        <translation>chỉ cho biết sẽ làm gì, không ghi gì</translation>
    </message>
    <message>
        <source>import the good rows when some cannot be read, and list the others</source>
        <translation>khi có dòng không đọc được, vẫn nhập các dòng tốt và liệt kê các dòng bị bỏ qua</translation>
    </message>
    <message>
        <source>write the weekly work schedule (lịch công tác tuần) as PDF or Word</source>
        <translation>ghi lịch công tác tuần ra tệp PDF hoặc Word</translation>
    </message>
    <message>
        <source>a day of the week, DD/MM/YYYY (the week runs Monday to Sunday)</source>
        <translation>một ngày trong tuần, NN/TT/NNNN (tuần tính từ thứ Hai đến Chủ nhật)</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>tham số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tham số không hợp lệ: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng tham số %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>giá trị %r không dùng được cho tùy chọn này</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần đúng một giá trị</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>tùy chọn không mong đợi: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị không hợp lệ (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: lỗi: %2</translation>
    </message>
    <message>
        <source>%1: no such file; “%2” makes a new, empty database</source>
        <translation>%1: không có tệp này; lệnh “%2” tạo một cơ sở dữ liệu mới, trống</translation>
    </message>
    <message>
        <source>%1 already exists; init makes only a new database</source>
        <translation>%1 đã có; lệnh init chỉ tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <source>new, empty database created at %1</source>
        <translation>Đã tạo cơ sở dữ liệu mới, trống tại %1</translation>
    </message>
    <message>
        <source>%1 already holds data; demo data goes only into an empty database</source>
        <translation>%1 đã có dữ liệu; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>demo data loaded into %1</source>
        <translation>Đã nạp dữ liệu mẫu vào %1</translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2</source>
        <translation>%1: kiểm tra tính toàn vẹn không đạt: %2</translation>
    </message>
    <message>
        <source>%1: the tables do not match schema %2: %3</source>
        <translation>%1: các bảng không khớp với cấu trúc dữ liệu %2: %3</translation>
    </message>
    <message>
        <source>%1: ok, schema %2 (this app: %3)</source>
        <translation>%1: tốt, cấu trúc dữ liệu %2 (ứng dụng này: %3)</translation>
    </message>
    <message>
        <source>the backup must be a different file from the database</source>
        <translation>bản sao lưu phải là một tệp khác với cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>backup written to %1</source>
        <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <source>%1: no good backup found in %2</source>
        <translation>%1: không tìm thấy bản sao lưu dùng được trong %2</translation>
    </message>
    <message>
        <source>%1: in use by %2 on computer %3 (since %4); close Coordinator there first</source>
        <translation>%1: đang được %2 dùng trên máy %3 (từ %4); hãy đóng Coordinator ở máy đó trước</translation>
    </message>
    <message>
        <source>%1 restored from %2; the previous file is kept as %3</source>
        <translation>Đã khôi phục %1 từ %2; tệp trước đó được giữ lại là %3</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>Đã khôi phục %1 từ %2</translation>
    </message>
    <message>
        <source>skipped %1 “%2”: %3</source>
        <translation>bỏ qua %1 “%2”: %3</translation>
    </message>
    <message>
        <source>%1: say what the file lists with --as partners, people or stays</source>
        <translation>%1: hãy cho biết tệp liệt kê gì bằng --as partners (đối tác), people (cá nhân) hoặc stays (thời gian làm việc)</translation>
    </message>
    <message>
        <source>%1: a CSV file has no sheets</source>
        <translation>%1: tệp CSV không có trang tính</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Không nhập được %1: %2</translation>
    </message>
    <message>
        <source>%1: --map %2</source>
        <translation>%1: --map %2</translation>
    </message>
    <message>
        <source>%1: sheet “%2” has no column %3; choose the sheet with --sheet (the workbook&apos;s sheets: %4), or name the column with --map</source>
        <translation>%1: trang tính “%2” không có cột %3; hãy chọn trang tính bằng --sheet (các trang tính của sổ: %4), hoặc chỉ rõ cột bằng --map</translation>
    </message>
    <message>
        <source>%1: sheet “%2” has no rows under its header; choose the sheet with --sheet (the workbook&apos;s sheets: %3)</source>
        <translation>%1: trang tính “%2” không có dòng nào dưới dòng tiêu đề; hãy chọn trang tính bằng --sheet (các trang tính của sổ: %3)</translation>
    </message>
    <message>
        <source>%1: no column is %2 (headers of row %3: %4); name it with --map</source>
        <translation>%1: không có cột nào là %2 (tiêu đề ở dòng %3: %4); hãy chỉ rõ bằng --map</translation>
    </message>
    <message>
        <source>%1: %2 rows cannot be read, so nothing was written (--skip-bad imports the others):</source>
        <translation>%1: %2 dòng không đọc được nên chưa ghi gì (dùng --skip-bad để nhập các dòng còn lại):</translation>
    </message>
    <message>
        <source>row %1 “%2” was added, but %3</source>
        <translation>dòng %1 “%2” đã được thêm, nhưng %3</translation>
    </message>
    <message>
        <source>%1 (dry run, nothing written): %2 to add, %3 to merge, %4 already there, %5 to skip</source>
        <translation>%1 (chạy thử, chưa ghi gì): thêm %2, gộp %3, đã có %4, bỏ qua %5</translation>
    </message>
    <message>
        <source>%1: a record changed while the file was imported; nothing was written. Run the import again.</source>
        <translation>%1: có hồ sơ bị thay đổi trong lúc nhập tệp nên chưa ghi gì. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 merged, %4 already there, %5 skipped</source>
        <translation>%1: đã thêm %2, đã gộp %3, đã có %4, bỏ qua %5</translation>
    </message>
    <message>
        <source> (and with them %1 partners and %2 people not listed before)</source>
        <translation> (kèm theo đó thêm %1 đối tác và %2 cá nhân chưa có trước đây)</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>bỏ qua: %1</translation>
    </message>
    <message>
        <source>%1 matches several: %2; be more precise</source>
        <translation>%1 khớp với nhiều mục: %2; hãy ghi cụ thể hơn</translation>
    </message>
    <message>
        <source>no project with code %1</source>
        <translation>không có dự án nào có mã %1</translation>
    </message>
    <message>
        <source>no person named %1</source>
        <translation>không có cá nhân nào tên %1</translation>
    </message>
    <message>
        <source>no host unit named %1</source>
        <translation>không có đơn vị tiếp nhận nào tên %1</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>Đã ghi %1 sự kiện vào %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>không có sự kiện nào</translation>
    </message>
    <message>
        <source>--to comes before --from</source>
        <translation>--to đứng trước --from</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>TRÙNG LỊCH</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>%1 events with %2 conflicts and %3 warnings</source>
        <translation>%1 sự kiện, %2 trường hợp trùng lịch và %3 cảnh báo</translation>
    </message>
    <message>
        <source>no owner named %1</source>
        <translation>không có người hoặc đơn vị thực hiện nào tên %1</translation>
    </message>
    <message>
        <source>AGREEMENT ENDING %1 (in %2 days)</source>
        <translation>THỎA THUẬN HẾT HẠN %1 (còn %2 ngày)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>chưa giao cho ai</translation>
    </message>
    <message>
        <source>%1 agreements ending within %2 days</source>
        <translation>%1 thỏa thuận hợp tác hết hạn trong vòng %2 ngày</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>%1: the file must end in .pdf or .docx</source>
        <translation>%1: tên tệp phải có đuôi .pdf hoặc .docx</translation>
    </message>
    <message>
        <source>no event with id %1</source>
        <translation>không có sự kiện nào mang mã số %1</translation>
    </message>
    <message>
        <source>%1: minutes of “%2” written</source>
        <translation>%1: đã ghi biên bản của “%2”</translation>
    </message>
    <message>
        <source>no programme named %1</source>
        <translation>không có chương trình nào tên %1</translation>
    </message>
    <message>
        <source>no partner named %1</source>
        <translation>không có đối tác nào tên %1</translation>
    </message>
    <message>
        <source>%1: the file must end in .pdf, .docx or .xlsx</source>
        <translation>%1: tên tệp phải có đuôi .pdf, .docx hoặc .xlsx</translation>
    </message>
    <message>
        <source>the period must end on or after its first day</source>
        <translation>ngày cuối của kỳ phải từ ngày đầu trở đi</translation>
    </message>
    <message>
        <source>unknown sections %1; choose among %2</source>
        <translation>không có phần %1; chọn trong số %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1: status report %2–%3 written (%4: %5 projects, %6 events held, %7 action items overdue)</source>
        <translation>%1: đã ghi báo cáo tình hình %2–%3 (%4: %5 dự án, %6 sự kiện đã diễn ra, %7 nhiệm vụ quá hạn)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>toàn bộ</translation>
    </message>
    <message>
        <source>--week: %1</source>
        <translation>--week: %1</translation>
    </message>
    <message>
        <source>%1: weekly work schedule %2–%3 written (%4 events)</source>
        <translation>%1: đã ghi lịch công tác tuần %2–%3 (%4 sự kiện)</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <source>Party</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Commitment *</source>
        <translation>Cam kết *</translation>
    </message>
    <message>
        <source>Due (dd/mm/yyyy)</source>
        <translation>Hạn (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(không ghi bên)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>“%1”: the year must be between %2 and %3.</source>
        <translation>“%1”: năm phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>“%1” không phải là một ngày có thật trên lịch.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write dd/mm/yyyy (15/05/2026 or 5/5/26).</source>
        <translation>“%1” không phải là ngày: hãy ghi theo dạng dd/mm/yyyy (15/05/2026 hoặc 5/5/26).</translation>
    </message>
    <message>
        <source>Type a date (dd/mm/yyyy).</source>
        <translation>Hãy nhập ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Type dd/mm/yyyy or d/m/yy; Alt+Down opens the calendar</source>
        <translation>Nhập dd/mm/yyyy hoặc d/m/yy; Alt+Mũi tên xuống để mở lịch</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (Alt+Down)</source>
        <translation>Chọn ngày trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Type the time as 09:30, 9:30 or 9h30</source>
        <translation>Nhập giờ theo dạng 09:30, 9:30 hoặc 9h30</translation>
    </message>
    <message>
        <source>“%1” is not a time: write HH:mm (09:30).</source>
        <translation>“%1” không phải là giờ: hãy ghi theo dạng HH:mm (09:30).</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Ngày hoàn thành:</translation>
    </message>
</context>
<context>
    <name>EndingAgreements</name>
    <message>
        <source>Ends on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Open &amp;agreement</source>
        <translation>Mở &amp;thỏa thuận</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
        <source>Draft the follow-on agreement of the selected one</source>
        <translation>Soạn thỏa thuận gia hạn của thỏa thuận đang chọn</translation>
    </message>
    <message>
        <source>Agreements ending within %1 days: %2</source>
        <translation>Thỏa thuận hết hạn trong vòng %1 ngày: %2</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (còn %2 ngày)</translation>
    </message>
    <message>
        <source>Agreement “%1” ends on %2</source>
        <translation>Thỏa thuận “%1” hết hạn ngày %2</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit the occurrence of %1</source>
        <translation>Sửa lần diễn ra ngày %1</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Sửa sự kiện</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>e.g. Consultation on the open data platform</source>
        <translation>ví dụ: Tư vấn về nền tảng dữ liệu mở</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <source>Type to find a room, diacritics optional; or write any other place</source>
        <translation>Gõ để tìm phòng họp, có dấu hay không dấu đều được; hoặc ghi một địa điểm bất kỳ</translation>
    </message>
    <message>
        <source>A room, or any place</source>
        <translation>Phòng họp, hoặc địa điểm khác</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(không gắn dự án)</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(không gắn đối tác)</translation>
    </message>
    <message>
        <source>(no host unit)</source>
        <translation>(không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Tìm người…</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Kết thúc</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Lặp lại</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Tr&amp;ạng thái</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <source>P&amp;artner</source>
        <translation>Đối &amp;tác</translation>
    </message>
    <message>
        <source>&amp;Host unit</source>
        <translation>Đơn vị &amp;tiếp nhận</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants</source>
        <translation>Thành &amp;phần tham dự</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Record &amp;minutes…</source>
        <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
        <source>Attendance, conclusions and action items of this event</source>
        <translation>Thành phần tham dự, kết luận và nhiệm vụ của sự kiện này</translation>
    </message>
    <message>
        <source>Scheduling checks</source>
        <translation>Kiểm tra lịch</translation>
    </message>
    <message>
        <source>%1 action items are still open with this partner or project. &lt;a href=&apos;add&apos;&gt;Add them to the agenda&lt;/a&gt;</source>
        <translation>Còn %1 nhiệm vụ chưa hoàn thành với đối tác hoặc dự án này. &lt;a href=&apos;add&apos;&gt;Đưa vào nội dung làm việc&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open action items to follow up:</source>
        <translation>Các nhiệm vụ còn tồn đọng cần rà soát:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 chỗ ngồi</translation>
    </message>
    <message>
        <source>Room (no longer in the list of rooms)</source>
        <translation>Phòng họp (không còn trong danh sách phòng họp)</translation>
    </message>
    <message>
        <source>Not one of the rooms: checked by its text</source>
        <translation>Không phải phòng họp trong danh sách: kiểm tra trùng theo tên địa điểm</translation>
    </message>
    <message>
        <source>(the checks run once the times are valid)</source>
        <translation>(việc kiểm tra bắt đầu khi thời gian hợp lệ)</translation>
    </message>
    <message>
        <source>The event could not be saved: %1</source>
        <translation>Không lưu được sự kiện: %1</translation>
    </message>
    <message>
        <source>No double booking, and the time suits everyone.</source>
        <translation>Không trùng lịch; thời gian phù hợp với mọi người.</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>Choose the Excel workbook or CSV file and say what it lists. Nothing is written until you press Import after the preview.</source>
        <translation>Chọn tệp Excel hoặc tệp CSV và cho biết đó là danh sách gì. Chưa có gì được ghi cho đến khi bạn bấm Nhập sau bước xem trước.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Kind of list:</source>
        <translation>&amp;Loại danh sách:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Trang &amp;tính:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>The first rows of the file (the header in bold):</source>
        <translation>Các dòng đầu của tệp (dòng tiêu đề in đậm):</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files (*.xlsx *.csv)</source>
        <translation>Tệp Excel và tệp CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Reading was stopped; choose the file again to read it.</source>
        <translation>Đã dừng đọc tệp; hãy chọn lại tệp để đọc.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>Không nhập được %1: %2.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>no permission to write in the folder %1</source>
        <translation>không có quyền ghi vào thư mục %1</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>thiếu bảng %1</translation>
    </message>
    <message>
        <source>table %1 should not be there</source>
        <translation>có bảng %1 không thuộc cấu trúc</translation>
    </message>
    <message>
        <source>column %1 is missing</source>
        <translation>thiếu cột %1</translation>
    </message>
    <message>
        <source>column %1 should not be there</source>
        <translation>có cột %1 không thuộc cấu trúc</translation>
    </message>
    <message>
        <source>column %1 has another type or constraint</source>
        <translation>cột %1 sai kiểu dữ liệu hoặc ràng buộc</translation>
    </message>
    <message>
        <source>index %1 is missing</source>
        <translation>thiếu chỉ mục %1</translation>
    </message>
    <message>
        <source>index %1 should not be there</source>
        <translation>có chỉ mục %1 không thuộc cấu trúc</translation>
    </message>
    <message>
        <source>index %1 covers other columns</source>
        <translation>chỉ mục %1 không đúng các cột</translation>
    </message>
    <message>
        <source>trigger %1 is missing</source>
        <translation>thiếu trigger %1</translation>
    </message>
    <message>
        <source>trigger %1 should not be there</source>
        <translation>có trigger %1 không thuộc cấu trúc</translation>
    </message>
    <message>
        <source>(%1 in all)</source>
        <translation>(tổng cộng %1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>The backup %1 is good, but it could not be copied beside %2: %3. Nothing was changed.</source>
        <translation>Bản sao lưu %1 dùng được, nhưng không chép được vào cạnh %2: %3. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup %1 is good, but it could not take the place of %2: %3. %2 is as it was.</source>
        <translation>Bản sao lưu %1 dùng được, nhưng không thay được vào chỗ của %2: %3. %2 vẫn giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>%1 was restored from %2, but some attached files could not be copied: %3. They are still in %4.</source>
        <translation>Đã khôi phục %1 từ %2, nhưng một số tệp đính kèm không chép được: %3. Các tệp đó vẫn nằm trong %4.</translation>
    </message>
    <message>
        <source>The database as it was is also kept as %1.</source>
        <translation>Cơ sở dữ liệu như trước khi khôi phục cũng được giữ lại với tên %1.</translation>
    </message>
    <message>
        <source>a folder of that name is there</source>
        <translation>đã có một thư mục trùng tên</translation>
    </message>
    <message>
        <source>Could not write the file %1</source>
        <translation>Không ghi được tệp %1</translation>
    </message>
    <message>
        <source>Could not write the file %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Several entries hold “%1”: choose one from the list.</source>
        <translation>Có nhiều mục chứa “%1”: hãy chọn một mục trong danh sách.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1”.</source>
        <translation>Không có mục nào trong danh sách khớp với “%1”.</translation>
    </message>
    <message>
        <source>“%1” is kept.</source>
        <translation>Vẫn giữ “%1”.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>%1 is already booked for “%2” (%3).</source>
        <translation>%1 đã có lịch “%2” (%3).</translation>
    </message>
    <message>
        <source>%1 already receives “%2” (%3).</source>
        <translation>%1 đã có lịch tiếp “%2” (%3).</translation>
    </message>
    <message>
        <source>%1 is already taken by “%2” (%3).</source>
        <translation>%1 đã được dùng cho “%2” (%3).</translation>
    </message>
    <message>
        <source>%1 is a public holiday: %2.</source>
        <translation>Ngày %1 là ngày nghỉ lễ: %2.</translation>
    </message>
    <message>
        <source>%1 falls on a weekend.</source>
        <translation>Ngày %1 là ngày nghỉ cuối tuần.</translation>
    </message>
    <message>
        <source>Outside office hours (%1).</source>
        <translation>Ngoài giờ hành chính (%1).</translation>
    </message>
    <message>
        <source>%1 is not in the province then (outside the stay).</source>
        <translation>%1 không có mặt tại tỉnh vào thời gian này (ngoài thời gian lưu trú).</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>%1 days past its end date but not closed</source>
        <translation>Quá hạn kết thúc %1 ngày nhưng chưa đóng</translation>
    </message>
    <message>
        <source>Milestone “%1” is %2 days past its due date and not done</source>
        <translation>Mốc “%1” quá hạn %2 ngày, chưa hoàn thành</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>trong kỳ</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>trong %1 ngày qua</translation>
    </message>
    <message>
        <source>Indicator “%1” has no measurement %2 (never measured)</source>
        <translation>Chỉ số “%1” chưa có số liệu đo %2 (chưa đo lần nào)</translation>
    </message>
    <message>
        <source>Indicator “%1” has no measurement %2 (last on %3)</source>
        <translation>Chỉ số “%1” chưa có số liệu đo %2 (lần đo gần nhất ngày %3)</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Đến hạn trong tuần</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Filter by words of the task</source>
        <translation>Lọc theo nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Đánh dấu đã &amp;xong…</translation>
    </message>
    <message>
        <source>Record the day the selected item was done (Ctrl+D)</source>
        <translation>Ghi ngày hoàn thành nhiệm vụ đang chọn (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>&amp;Open source</source>
        <translation>Mở &amp;nguồn</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Open the &amp;agreement</source>
        <translation>Mở &amp;thỏa thuận</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Mọi người/đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Every partner</source>
        <translation>Mọi đối tác</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>Mọi dự án</translation>
    </message>
    <message>
        <source>Open the minutes or the agreement it comes from</source>
        <translation>Mở biên bản hoặc thỏa thuận mà mục này phát sinh</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 nhiệm vụ</translation>
    </message>
    <message>
        <source>Action items are recorded in an event&apos;s minutes: Calendar → Record minutes.</source>
        <translation>Nhiệm vụ được ghi trong biên bản của sự kiện: Lịch → Ghi biên bản.</translation>
    </message>
    <message>
        <source>Action items are removed in their minutes; here they are marked done.</source>
        <translation>Nhiệm vụ được bỏ trong biên bản; ở đây chỉ đánh dấu đã xong.</translation>
    </message>
    <message>
        <source>Select an item to mark it done.</source>
        <translation>Chọn một nhiệm vụ để đánh dấu đã xong.</translation>
    </message>
    <message>
        <source>mark “%1” done</source>
        <translation>đánh dấu “%1” đã xong</translation>
    </message>
    <message>
        <source>Marked done on %1. Ctrl+Z undoes it.</source>
        <translation>Đã ghi hoàn thành ngày %1. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>reopen “%1”</source>
        <translation>mở lại “%1”</translation>
    </message>
    <message>
        <source>Open again. Ctrl+Z undoes it.</source>
        <translation>Đã mở lại. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>From the agreement “%1”.</source>
        <translation>Từ thỏa thuận hợp tác “%1”.</translation>
    </message>
    <message>
        <source>Open the &amp;minutes</source>
        <translation>Mở &amp;biên bản</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>Someone saved these minutes (in another window or on another computer) after you opened them, so your changes were not saved over theirs. Load their version (what you typed here is dropped), or cancel to copy what you need first?</source>
        <translation>Đã có người lưu biên bản này (ở cửa sổ khác hoặc trên máy khác) sau khi bạn mở, nên thay đổi của bạn chưa được ghi đè lên. Tải bản của họ (nội dung bạn nhập ở đây sẽ bị bỏ), hay hủy để chép lại phần cần giữ trước?</translation>
    </message>
    <message>
        <source>This record was deleted (in another window or on another computer) after you opened it, so your changes were not saved. Save what you typed as a new record?</source>
        <translation>Bản ghi này đã bị xóa (ở cửa sổ khác hoặc trên máy khác) sau khi bạn mở, nên thay đổi của bạn chưa được lưu. Lưu nội dung bạn đã nhập thành một bản ghi mới?</translation>
    </message>
    <message>
        <source>Someone saved this record (in another window or on another computer) after you opened it, so your changes were not saved over theirs. Load their version (what you typed here is dropped), or keep yours as a separate copy?</source>
        <translation>Đã có người lưu bản ghi này (ở cửa sổ khác hoặc trên máy khác) sau khi bạn mở, nên thay đổi của bạn chưa được ghi đè lên. Tải bản của họ (nội dung bạn nhập ở đây sẽ bị bỏ), hay giữ bản của bạn thành một bản sao riêng?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Đã có người khác thay đổi</translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation>&amp;Tải bản của họ</translation>
    </message>
    <message>
        <source>&amp;Keep mine as a copy</source>
        <translation>&amp;Giữ bản của tôi thành bản sao</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them before closing?</source>
        <translation>Biểu mẫu có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Không thể hoàn tác</translation>
    </message>
    <message>
        <source>“%1” cannot be undone or redone: the record was changed since (in another window or on another computer), and undoing would overwrite that change. The step was removed from the undo list.</source>
        <translation>Không thể hoàn tác hoặc làm lại “%1”: bản ghi đã được sửa sau đó (ở cửa sổ khác hoặc trên máy khác), hoàn tác sẽ ghi đè lên thay đổi ấy. Bước này đã được bỏ khỏi danh sách hoàn tác.</translation>
    </message>
    <message>
        <source>Not available: this database is open read-only</source>
        <translation>Không dùng được: cơ sở dữ liệu đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (bản sao)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>tên viết tắt</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>internal unit</source>
        <translation>đơn vị trong tỉnh</translation>
    </message>
    <message>
        <source>country</source>
        <translation>quốc gia</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>website</source>
        <translation>trang web</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên gọi, chức danh</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>quốc tịch</translation>
    </message>
    <message>
        <source>expertise</source>
        <translation>chuyên môn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>chương trình</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <source>host unit</source>
        <translation>đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>project</source>
        <translation>dự án</translation>
    </message>
    <message>
        <source>start</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <source>end</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>hạn</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>ngày hoàn thành</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị tính</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>giá trị ban đầu</translation>
    </message>
    <message>
        <source>target</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>thực hiện</translation>
    </message>
    <message>
        <source>measured on</source>
        <translation>ngày đo</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cả ngày</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>lặp lại</translation>
    </message>
    <message>
        <source>series</source>
        <translation>chuỗi sự kiện</translation>
    </message>
    <message>
        <source>reason for the clash</source>
        <translation>lý do trùng lịch</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>sức chứa</translation>
    </message>
    <message>
        <source>room</source>
        <translation>phòng họp</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>ngoại ngữ</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>ngày đến</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>ngày đi</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số hiệu</translation>
    </message>
    <message>
        <source>signed on</source>
        <translation>ngày ký</translation>
    </message>
    <message>
        <source>vision year</source>
        <translation>năm tầm nhìn</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>renews</source>
        <translation>gia hạn thỏa thuận</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>thỏa thuận</translation>
    </message>
    <message>
        <source>party</source>
        <translation>bên</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>created</source>
        <translation>được tạo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>được sửa</translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>được chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>restored from the trash</source>
        <translation>được khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>bị gỡ bỏ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử thay đổi của %1</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a list from Excel/CSV</source>
        <translation>Nhập danh sách từ Excel/CSV</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Check what each column of the file fills. A column left “— not imported —” is not read; a field chosen for a second column leaves the first.</source>
        <translation>Kiểm tra mỗi cột của tệp được nhập vào trường nào. Cột để “— không nhập —” sẽ không được đọc; một trường đã chọn cho cột khác sẽ được bỏ khỏi cột trước.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Dòng có lỗi</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dòng trùng</translation>
    </message>
    <message>
        <source>Rows to add</source>
        <translation>Dòng sẽ thêm mới</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Sao chép các lỗi</translation>
    </message>
    <message>
        <source>Copy every problem, with its row and column</source>
        <translation>Sao chép mọi lỗi, kèm số dòng và cột</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>Step 1 of 3: the file and what it lists</source>
        <translation>Bước 1/3: tệp và loại danh sách</translation>
    </message>
    <message>
        <source>Step 2 of 3: the columns</source>
        <translation>Bước 2/3: các cột</translation>
    </message>
    <message>
        <source>Step 3 of 3: the preview; nothing is written before Import</source>
        <translation>Bước 3/3: xem trước; chưa ghi gì cho đến khi bấm Nhập</translation>
    </message>
    <message>
        <source>Choose the column that holds %1: this list cannot do without it.</source>
        <translation>Hãy chọn cột chứa %1: danh sách này bắt buộc phải có.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>The preview was stopped; nothing was written.</source>
        <translation>Đã dừng xem trước; chưa ghi gì.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to merge, %3 already there, %4 skipped</source>
        <translation>Thêm mới %1, gộp %2, đã có %3, bỏ qua %4</translation>
    </message>
    <message>
        <source>rows with problems: %1</source>
        <translation>dòng có lỗi: %1</translation>
    </message>
    <message>
        <source>possible duplicates to check: %1</source>
        <translation>có thể trùng, cần xem lại: %1</translation>
    </message>
    <message>
        <source>Choose a row to read all it says.</source>
        <translation>Chọn một dòng để xem đầy đủ nội dung.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>Stored now: %1</source>
        <translation>Đang lưu: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>Đã dừng nhập; chưa ghi gì.</translation>
    </message>
    <message>
        <source>A record of this list was changed since the preview (in another window or on another computer), so nothing was written. Look at the preview again: it now shows the records as they are.</source>
        <translation>Một bản ghi của danh sách này đã bị thay đổi sau khi xem trước (ở cửa sổ khác hoặc trên máy tính khác), nên chưa ghi gì. Hãy xem lại bản xem trước: nay đã hiện các bản ghi đúng như đang lưu.</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Nhập từ %1</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 merged, %4 already there, %5 skipped.</source>
        <translation>Đã nhập từ %1: thêm mới %2, gộp %3, đã có %4, bỏ qua %5.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Add (keep both)</source>
        <translation>Thêm (giữ cả hai)</translation>
    </message>
</context>
<context>
    <name>Issuing</name>
    <message>
        <source>&amp;Issue number and save…</source>
        <translation>&amp;Cấp số và lưu…</translation>
    </message>
    <message>
        <source>Give the document the next number of the outgoing register, then save it as PDF or Word with that number; issued again, it keeps its number</source>
        <translation>Cấp cho văn bản số tiếp theo trong sổ văn bản đi rồi lưu thành tệp PDF hoặc Word mang số đó; cấp lại thì văn bản giữ nguyên số</translation>
    </message>
    <message>
        <source>Issued as No. %1 on %2; issuing it again keeps this number.</source>
        <translation>Đã cấp số %1 ngày %2; cấp lại vẫn giữ nguyên số này.</translation>
    </message>
    <message>
        <source>This document was issued before as No. %1 on %2. Issued again, it keeps that number and date. Save it again?</source>
        <translation>Văn bản này đã được cấp số %1 ngày %2. Cấp lại, văn bản giữ nguyên số và ngày đó. Lưu lại văn bản?</translation>
    </message>
    <message>
        <source>The document will carry No. %1 dated %2, the next number of the outgoing register. Issue the number and save the document?</source>
        <translation>Văn bản sẽ mang số %1 ngày %2, là số tiếp theo trong sổ văn bản đi. Cấp số và lưu văn bản?</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>Cấp số</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>No number was issued: %1</source>
        <translation>Không cấp được số: %1</translation>
    </message>
    <message>
        <source>No. %1 was issued but its file was not saved: %2. The register names no file for it; issue the document again to save it, it keeps its number.</source>
        <translation>Đã cấp số %1 nhưng chưa lưu được tệp: %2. Sổ văn bản đi không ghi tệp nào cho số này; hãy cấp số và lưu lại văn bản, văn bản vẫn giữ số đã cấp.</translation>
    </message>
    <message>
        <source>No. %1 of %2 issued; saved to %3</source>
        <translation>Đã cấp số %1 ngày %2; đã lưu vào %3</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Government body</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Viện, trường</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Hội, hiệp hội</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Hội thảo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Online conference</source>
        <translation>Hội nghị trực tuyến</translation>
    </message>
    <message>
        <source>Signing ceremony</source>
        <translation>Lễ ký kết</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Nội dung quá dài.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@domain.vn).</source>
        <translation>Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@donvi.gov.vn).</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>This code is already used by another record.</source>
        <translation>Mã này đã được dùng cho bản ghi khác.</translation>
    </message>
    <message>
        <source>This value cannot be read.</source>
        <translation>Không đọc được giá trị này.</translation>
    </message>
    <message>
        <source>This repetition leaves no date at all.</source>
        <translation>Quy tắc lặp lại này không tạo ra ngày nào.</translation>
    </message>
    <message>
        <source>This date is after today.</source>
        <translation>Ngày này không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>the file is larger than 50 MB, too large for a calendar</source>
        <translation>tệp lớn hơn 50 MB, quá lớn đối với một tệp lịch</translation>
    </message>
    <message>
        <source>the file is not text (it may be a picture, a document or an archive)</source>
        <translation>tệp không phải dạng văn bản (có thể là ảnh, tài liệu hoặc tệp nén)</translation>
    </message>
    <message>
        <source>the file is not a calendar (.ics): it does not begin with BEGIN:VCALENDAR</source>
        <translation>tệp không phải tệp lịch (.ics): không bắt đầu bằng BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>the calendar is damaged and cannot be read</source>
        <translation>tệp lịch bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>the file holds no calendar</source>
        <translation>tệp không chứa lịch nào</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>không mở được tệp</translation>
    </message>
    <message>
        <source>it is not an event</source>
        <translation>đây không phải là sự kiện</translation>
    </message>
    <message>
        <source>it has no identifier (UID)</source>
        <translation>thiếu mã định danh (UID)</translation>
    </message>
    <message>
        <source>its start (DTSTART) is missing or cannot be read</source>
        <translation>thời điểm bắt đầu (DTSTART) bị thiếu hoặc không đọc được</translation>
    </message>
    <message>
        <source>its end (DTEND) is not a time</source>
        <translation>thời điểm kết thúc (DTEND) không phải là giờ</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>its repetition leaves no date</source>
        <translation>quy tắc lặp lại không cho ra ngày nào</translation>
    </message>
    <message>
        <source>its repetition rule matches no date in the five years after its start (a day such as 30 February)</source>
        <translation>quy tắc lặp lại không khớp với ngày nào trong năm năm kể từ ngày bắt đầu (chẳng hạn ngày 30 tháng 2)</translation>
    </message>
    <message>
        <source>its date is outside the years 1900–2200</source>
        <translation>ngày của sự kiện nằm ngoài khoảng năm 1900–2200</translation>
    </message>
    <message>
        <source>its repetition rule (RRULE) cannot be read</source>
        <translation>không đọc được quy tắc lặp lại (RRULE)</translation>
    </message>
    <message>
        <source>no backup of the database could be made first</source>
        <translation>không sao lưu được cơ sở dữ liệu trước khi nhập</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Có người dự thay</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>E&amp;xport list…</source>
        <translation>Xuất danh &amp;sách…</translation>
    </message>
    <message>
        <source>%1 — filter: %2</source>
        <translation>%1 — lọc: %2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>Tệp CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Đang xuất “%1”…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Đã dừng xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>Đã xuất %1 dòng ra tệp %2</translation>
    </message>
    <message>
        <source>exported at %1 on %2</source>
        <translation>xuất lúc %1 ngày %2</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coordinator – %1</source>
        <translation>Coordinator – %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Action items and commitments still to do</source>
        <translation>Nhiệm vụ và cam kết chưa hoàn thành</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>This database is open read-only: you can read everything but save nothing</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: xem được mọi thứ nhưng không lưu được gì</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Sẵn sàng.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Sự kiện này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Minutes saved.</source>
        <translation>Đã lưu biên bản.</translation>
    </message>
    <message>
        <source>Right-click an event in the calendar, or select it in the agenda, to record its minutes.</source>
        <translation>Nhấp chuột phải vào một sự kiện trên lịch, hoặc chọn sự kiện trong danh sách lịch, để ghi biên bản.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Đã lưu báo cáo vào %1</translation>
    </message>
    <message>
        <source>Restored: %1. Ctrl+Z puts it back in the trash.</source>
        <translation>Đã khôi phục: %1. Nhấn Ctrl+Z để đưa trở lại thùng rác.</translation>
    </message>
    <message>
        <source>⚠ %1 overdue, %2 due this week</source>
        <translation>⚠ %1 nhiệm vụ quá hạn, %2 đến hạn trong tuần</translation>
    </message>
    <message>
        <source>%1 action items due this week</source>
        <translation>%1 nhiệm vụ đến hạn trong tuần</translation>
    </message>
    <message>
        <source>, %1 agreements ending soon</source>
        <translation>, %1 thỏa thuận sắp hết hạn</translation>
    </message>
    <message>
        <source>Open the follow-up list</source>
        <translation>Mở danh sách theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Clear the partner filter to see it.</source>
        <translation>Xóa bộ lọc đối tác để thấy bản ghi này.</translation>
    </message>
    <message>
        <source>%1 works at %2.</source>
        <translation>%1 công tác tại %2.</translation>
    </message>
    <message>
        <source>%1 belongs to no organisation.</source>
        <translation>%1 không thuộc tổ chức nào.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open another Coordinator database file</source>
        <translation>Mở một tệp cơ sở dữ liệu Coordinator khác</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Copy the database and its attachments into the backups folder</source>
        <translation>Sao chép cơ sở dữ liệu và tệp đính kèm vào thư mục sao lưu</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Bring back the database as it was in one of its backups</source>
        <translation>Đưa cơ sở dữ liệu về trạng thái của một bản sao lưu</translation>
    </message>
    <message>
        <source>Status &amp;report…</source>
        <translation>&amp;Báo cáo tình hình…</translation>
    </message>
    <message>
        <source>Outgoing &amp;documents register…</source>
        <translation>Sổ &amp;văn bản đi…</translation>
    </message>
    <message>
        <source>The numbers issued to minutes and reports, by year and type</source>
        <translation>Số đã cấp cho biên bản và báo cáo, theo năm và loại văn bản</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>Xuất danh &amp;sách này…</translation>
    </message>
    <message>
        <source>Write the current tab&apos;s list, as filtered and sorted, to .xlsx or .csv</source>
        <translation>Ghi danh sách của thẻ đang mở, theo bộ lọc và thứ tự đang xem, ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Create a record in the current tab (Ctrl+N)</source>
        <translation>Thêm bản ghi mới trong thẻ hiện tại (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete); Ctrl+Z undoes it</source>
        <translation>Xóa bản ghi đang chọn (Delete); Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
        <source>Deleted records, and bringing them back</source>
        <translation>Các bản ghi đã xóa và khôi phục chúng</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>Find partners, people, projects, events, minutes and action items (Ctrl+F)</source>
        <translation>Tìm đối tác, cá nhân, dự án, sự kiện, biên bản và nhiệm vụ (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter this tab</source>
        <translation>&amp;Lọc trong thẻ này</translation>
    </message>
    <message>
        <source>Go to the current tab&apos;s filter (Ctrl+Shift+F)</source>
        <translation>Đến ô lọc của thẻ hiện tại (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Record &amp;minutes…</source>
        <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
        <source>Attendance, conclusions and action items of the selected event</source>
        <translation>Thành phần tham dự, kết luận và nhiệm vụ của sự kiện đang chọn</translation>
    </message>
    <message>
        <source>&amp;Follow-up of action items</source>
        <translation>&amp;Theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Read the data again (F5)</source>
        <translation>Đọc lại dữ liệu (F5)</translation>
    </message>
    <message>
        <source>&amp;About Coordinator</source>
        <translation>&amp;Giới thiệu Coordinator</translation>
    </message>
    <message>
        <source>&amp;Programmes…</source>
        <translation>&amp;Chương trình…</translation>
    </message>
    <message>
        <source>The programmes that group projects: new, edit, delete (Ctrl+Shift+G)</source>
        <translation>Các chương trình gom nhóm dự án: thêm, sửa, xóa (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&amp;Plan consultations…</source>
        <translation>&amp;Lập lịch tư vấn…</translation>
    </message>
    <message>
        <source>Propose a timetable of consultations without double bookings</source>
        <translation>Đề xuất lịch tư vấn không trùng lịch</translation>
    </message>
    <message>
        <source>&amp;Print this view…</source>
        <translation>&amp;In trang đang xem…</translation>
    </message>
    <message>
        <source>Print what the calendar shows, with its filter (Ctrl+P); on the other tabs, the status report</source>
        <translation>In nội dung lịch đang hiển thị, theo bộ lọc (Ctrl+P); ở các thẻ khác, mở báo cáo tình hình</translation>
    </message>
    <message>
        <source>Save this &amp;view as PDF…</source>
        <translation>Lưu trang lịch đang &amp;xem thành PDF…</translation>
    </message>
    <message>
        <source>The calendar&apos;s month, week or agenda, as shown and filtered, to a PDF file</source>
        <translation>Lịch tháng, lịch tuần hoặc danh sách sự kiện, đúng như đang hiển thị và lọc, ra tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Weekly work schedule…</source>
        <translation>Lịch &amp;công tác tuần…</translation>
    </message>
    <message>
        <source>Lịch công tác tuần: a week&apos;s events by day, to print, PDF or Word</source>
        <translation>Lịch công tác tuần: các sự kiện trong tuần theo từng ngày, để in, lưu PDF hoặc Word</translation>
    </message>
    <message>
        <source>Volunteer &amp;roster</source>
        <translation>Danh sách tình &amp;nguyện viên</translation>
    </message>
    <message>
        <source>The experts, their projects and their stay</source>
        <translation>Các chuyên gia, dự án được phân công và thời gian lưu trú</translation>
    </message>
    <message>
        <source>&amp;Import calendar (.ics)…</source>
        <translation>&amp;Nhập lịch (.ics)…</translation>
    </message>
    <message>
        <source>Add events from Outlook, Google Calendar or Thunderbird</source>
        <translation>Thêm sự kiện từ Outlook, Google Calendar hoặc Thunderbird</translation>
    </message>
    <message>
        <source>Import a &amp;list from Excel/CSV…</source>
        <translation>Nhập &amp;danh sách từ Excel/CSV…</translation>
    </message>
    <message>
        <source>Bring in partners, people or volunteers&apos; stays from a workbook or CSV file</source>
        <translation>Nhập đối tác, cá nhân hoặc thời gian làm việc của tình nguyện viên từ tệp Excel hoặc CSV</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)…</source>
        <translation>&amp;Xuất lịch (.ics)…</translation>
    </message>
    <message>
        <source>Write the events the calendar shows to an .ics file</source>
        <translation>Ghi các sự kiện đang hiển thị trên lịch ra tệp .ics</translation>
    </message>
    <message>
        <source>Cooperation &amp;agreements…</source>
        <translation>&amp;Thỏa thuận hợp tác…</translation>
    </message>
    <message>
        <source>Every agreement: in force, ending soon, ended; new, renew, delete</source>
        <translation>Mọi thỏa thuận: đang hiệu lực, sắp hết hạn, đã hết hạn; thêm, gia hạn, xóa</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>Office hours, and the department and province printed on documents</source>
        <translation>Giờ làm việc; tên sở và tỉnh in trên văn bản</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>Danh &amp;mục</translation>
    </message>
    <message>
        <source>The meeting rooms: events in one room clash, and the planner fills them (Ctrl+Shift+O)</source>
        <translation>Danh sách phòng họp: các sự kiện cùng phòng cùng giờ bị báo trùng, và công cụ lập lịch xếp buổi vào phòng (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Lịch công tác</translation>
    </message>
    <message>
        <source>R&amp;ooms…</source>
        <translation>&amp;Phòng họp…</translation>
    </message>
    <message>
        <source>Print or save a status summary for a period (Ctrl+Alt+P)</source>
        <translation>In hoặc lưu báo cáo tình hình của một kỳ (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Coordinator (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name, or use Open.</source>
        <translation>Tệp “%1” đã tồn tại. Hãy chọn tên tệp khác, hoặc dùng chức năng Mở.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Backup stopped; nothing was written.</source>
        <translation>Đã dừng sao lưu; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Không ghi được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Đã lưu bản sao lưu vào %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace “%1” by the backup “%2”? Changes made since the backup will no longer show; the current file is kept beside it under a new name.</source>
        <translation>Thay “%1” bằng bản sao lưu “%2”? Những thay đổi sau thời điểm sao lưu sẽ không còn hiển thị; tệp hiện tại được giữ lại bên cạnh với tên mới.</translation>
    </message>
    <message>
        <source>About Coordinator</source>
        <translation>Giới thiệu Coordinator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coordinator %1&lt;/h3&gt;&lt;p&gt;Partners, projects, consultations, minutes and status summaries of the province&apos;s cooperation programme.&lt;/p&gt;&lt;p&gt;Works offline on this computer. Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coordinator %1&lt;/h3&gt;&lt;p&gt;Quản lý đối tác, dự án, lịch tư vấn, biên bản và báo cáo tình hình chương trình hợp tác của tỉnh.&lt;/p&gt;&lt;p&gt;Hoạt động ngoại tuyến trên máy tính này. Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Các giá trị đầu</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào trường</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Minutes – %1</source>
        <translation>Biên bản – %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>What was presented and discussed</source>
        <translation>Nội dung được trình bày và thảo luận</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>Save the minutes and close (Ctrl+S)</source>
        <translation>Lưu biên bản và đóng (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Preview and print the minutes (Ctrl+P)</source>
        <translation>Xem trước và in biên bản (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;Word…</source>
        <translation>Xuất &amp;Word…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Người dự thay</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Nhập họ tên…</translation>
    </message>
    <message>
        <source>Someone who came without an invitation: choose them, or type a new name</source>
        <translation>Người dự không có trong giấy mời: chọn trong danh sách hoặc nhập họ tên mới</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Thêm người dự</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Only people who were not invited can be removed; mark the invited absent</source>
        <translation>Chỉ bỏ được người không có trong giấy mời; người được mời thì ghi vắng mặt</translation>
    </message>
    <message>
        <source>Not invited but came:</source>
        <translation>Dự họp ngoài giấy mời:</translation>
    </message>
    <message>
        <source>Add conclusion</source>
        <translation>Thêm kết luận</translation>
    </message>
    <message>
        <source>One conclusion per line; double-click to edit, drag to reorder.</source>
        <translation>Mỗi dòng một kết luận; nhấp đúp để sửa, kéo để đổi thứ tự.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Owner (person or unit)</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Files are copied into Coordinator&apos;s data folder, so the original may be moved or deleted. At most %1 MB per file.</source>
        <translation>Tệp được sao chép vào thư mục dữ liệu của Coordinator, nên có thể di chuyển hoặc xóa tệp gốc. Tối đa %1 MB mỗi tệp.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>added</source>
        <translation>được thêm</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>được sửa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>bị xóa</translation>
    </message>
    <message>
        <source>&amp;Reopen for changes</source>
        <translation>&amp;Mở lại để sửa</translation>
    </message>
    <message>
        <source>Final minutes are read-only until reopened</source>
        <translation>Biên bản đã hoàn tất chỉ được xem cho đến khi mở lại</translation>
    </message>
    <message>
        <source>Final since %1; read-only.</source>
        <translation>Đã hoàn tất từ %1; chỉ được xem.</translation>
    </message>
    <message>
        <source>Final; read-only.</source>
        <translation>Đã hoàn tất; chỉ được xem.</translation>
    </message>
    <message>
        <source>Mark &amp;final</source>
        <translation>&amp;Hoàn tất biên bản</translation>
    </message>
    <message>
        <source>Save and lock the minutes against changes</source>
        <translation>Lưu và khóa biên bản, không cho sửa</translation>
    </message>
    <message>
        <source>Draft: can still be changed.</source>
        <translation>Bản nháp: vẫn có thể sửa.</translation>
    </message>
    <message>
        <source>Came without an invitation</source>
        <translation>Dự họp ngoài giấy mời</translation>
    </message>
    <message>
        <source>Type or choose the name of the person who came.</source>
        <translation>Nhập hoặc chọn họ tên người đến dự.</translation>
    </message>
    <message>
        <source>An invited person stays on the list; mark them absent instead.</source>
        <translation>Người được mời phải giữ trong danh sách; hãy ghi là vắng mặt.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Minutes in draft take no number: mark them final first, then issue the number.</source>
        <translation>Biên bản còn là bản nháp nên chưa được cấp số: hãy bấm “Hoàn tất biên bản” trước, rồi cấp số.</translation>
    </message>
    <message>
        <source>Issue number and save the minutes</source>
        <translation>Cấp số và lưu biên bản</translation>
    </message>
    <message>
        <source>No number was issued: %1</source>
        <translation>Không cấp được số: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Attendance, line %1</source>
        <translation>Thành phần tham dự, dòng %1</translation>
    </message>
    <message>
        <source>Conclusion %1</source>
        <translation>Kết luận %1</translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation>Nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>%1: who came in their place?</source>
        <translation>%1: ai dự thay?</translation>
    </message>
    <message>
        <source>These minutes were made final meanwhile; reopen them to change them.</source>
        <translation>Biên bản này vừa được hoàn tất ở nơi khác; hãy mở lại để sửa.</translation>
    </message>
    <message>
        <source>The event of these minutes has been deleted.</source>
        <translation>Sự kiện của biên bản này đã bị xóa.</translation>
    </message>
    <message>
        <source>The minutes could not be saved: %1</source>
        <translation>Không lưu được biên bản: %1</translation>
    </message>
    <message>
        <source>Unsaved minutes</source>
        <translation>Biên bản chưa lưu</translation>
    </message>
    <message>
        <source>The minutes have unsaved changes. Save them before closing?</source>
        <translation>Biên bản có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB and was not attached.</source>
        <translation>“%1” lớn hơn %2 MB nên không được đính kèm.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” không phải là tệp.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Không mở được “%1”.</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>In biên bản</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Xuất biên bản</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>%1 (represented by %2)</source>
        <translation>%1 (%2 dự thay)</translation>
    </message>
    <message>
        <source>%1 (chair)</source>
        <translation>%1 (chủ trì)</translation>
    </message>
    <message>
        <source>From %1 to %2 on %3</source>
        <translation>Từ %1 đến %2 ngày %3</translation>
    </message>
    <message>
        <source>The meeting ended at %1:%2 on the same day; these minutes were read to those present, who agreed with them.</source>
        <translation>Cuộc họp kết thúc vào %1 giờ %2 phút cùng ngày; biên bản đã được đọc lại cho những người dự họp nghe và nhất trí thông qua</translation>
    </message>
    <message>
        <source>The meeting ended at %1:%2 on %3; these minutes were read to those present, who agreed with them.</source>
        <translation>Cuộc họp kết thúc vào %1 giờ %2 phút ngày %3; biên bản đã được đọc lại cho những người dự họp nghe và nhất trí thông qua</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>BIÊN BẢN</translation>
    </message>
    <message>
        <source>I. TIME AND PLACE</source>
        <translation>I. THỜI GIAN, ĐỊA ĐIỂM</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>II. ATTENDEES</source>
        <translation>II. THÀNH PHẦN THAM DỰ</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Có mặt:</translation>
    </message>
    <message>
        <source>Represented:</source>
        <translation>Có người dự thay:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Vắng mặt:</translation>
    </message>
    <message>
        <source>III. CONTENT</source>
        <translation>III. NỘI DUNG</translation>
    </message>
    <message>
        <source>IV. CONCLUSIONS</source>
        <translation>IV. KẾT LUẬN</translation>
    </message>
    <message>
        <source>V. ACTION ITEMS</source>
        <translation>V. NHIỆM VỤ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>SECRETARY</source>
        <translation>THƯ KÝ</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>CHỦ TRÌ</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DỰ THẢO</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 sự kiện khác</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>✖ Double booked: open it to see with what</source>
        <translation>✖ Trùng lịch: mở sự kiện để xem trùng với lịch nào</translation>
    </message>
    <message>
        <source>⚠ Has a warning: open it to see why</source>
        <translation>⚠ Có cảnh báo: mở sự kiện để xem lý do</translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <source>Move the session</source>
        <translation>Dời buổi tư vấn</translation>
    </message>
    <message>
        <source>&amp;New start:</source>
        <translation>&amp;Bắt đầu mới:</translation>
    </message>
</context>
<context>
    <name>MoveToProgrammeDialog</name>
    <message>
        <source>Move to programme</source>
        <translation>Chuyển sang chương trình</translation>
    </message>
    <message>
        <source>Move %1 project(s) to:</source>
        <translation>Chuyển %1 dự án sang:</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(không thuộc chương trình)</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Save despite the double booking?</source>
        <translation>Vẫn lưu dù trùng lịch?</translation>
    </message>
    <message>
        <source>This event clashes with other bookings. To save it anyway, write why; the reason is kept with the event.</source>
        <translation>Sự kiện này trùng với lịch đã có. Muốn vẫn lưu, hãy ghi rõ lý do; lý do được lưu cùng sự kiện.</translation>
    </message>
    <message>
        <source>e.g. The expert agreed to two sessions</source>
        <translation>Ví dụ: Chuyên gia đồng ý làm việc liền hai buổi</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit partner</source>
        <translation>Sửa thông tin đối tác</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>Full name, e.g. Trường Đại học Thủ Dầu Một</source>
        <translation>Tên đầy đủ, ví dụ: Trường Đại học Thủ Dầu Một</translation>
    </message>
    <message>
        <source>One of the province&apos;s own units</source>
        <translation>Đơn vị trực thuộc tỉnh</translation>
    </message>
    <message>
        <source>Tick for a host unit of the province; leave empty for an outside partner.</source>
        <translation>Đánh dấu nếu là đơn vị tiếp nhận của tỉnh; để trống nếu là đối tác bên ngoài.</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>&amp;Short name</source>
        <translation>Tên &amp;viết tắt</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Quốc gia</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Thư đ&amp;iện tử</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>T&amp;rang thông tin</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Press Details… (or right-click a contact) for their roles, nationality, expertise and languages</source>
        <translation>Bấm Chi tiết… (hoặc nhấp chuột phải vào một người liên hệ) để nhập vai trò, quốc tịch, chuyên môn và ngoại ngữ</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Chi tiết…</translation>
    </message>
    <message>
        <source>Roles, nationality, expertise, languages and notes of the selected contact</source>
        <translation>Vai trò, quốc tịch, chuyên môn, ngoại ngữ và ghi chú của người liên hệ đang chọn</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Bỏ người liên hệ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Người liên hệ thứ %1: %2</translation>
    </message>
    <message>
        <source>The partner could not be saved: %1</source>
        <translation>Không lưu được đối tác: %1</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Filter by name, e.g. “dai hoc” or “binh duong”</source>
        <translation>Lọc theo tên, gõ không dấu cũng được, ví dụ “dai hoc”, “binh duong”</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại hình</translation>
    </message>
    <message>
        <source>Partners and province units</source>
        <translation>Đối tác và đơn vị của tỉnh</translation>
    </message>
    <message>
        <source>Outside partners only</source>
        <translation>Chỉ đối tác bên ngoài</translation>
    </message>
    <message>
        <source>Province units only</source>
        <translation>Chỉ đơn vị của tỉnh</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Xóa đối tác</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Xóa “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete partner “%1”</source>
        <translation>xóa đối tác “%1”</translation>
    </message>
    <message>
        <source>Partner deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa đối tác. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>Thêm đối tác &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Province unit</source>
        <translation>Đơn vị của tỉnh</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>No. of projects</source>
        <translation>Số dự án</translation>
    </message>
    <message>
        <source>new partner</source>
        <translation>thêm đối tác</translation>
    </message>
    <message>
        <source>Partner saved. Ctrl+Z undoes it.</source>
        <translation>Đã lưu đối tác. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <source>Partner saved. Ctrl+Z undoes the change.</source>
        <translation>Đã lưu đối tác. Nhấn Ctrl+Z để hoàn tác thay đổi.</translation>
    </message>
    <message>
        <source>New &amp;agreement with this partner…</source>
        <translation>Thêm &amp;thỏa thuận với đối tác này…</translation>
    </message>
    <message>
        <source>Experts and &amp;volunteers</source>
        <translation>Chuyên gia và tình &amp;nguyện viên</translation>
    </message>
    <message>
        <source>Experts of %1</source>
        <translation>Chuyên gia của %1</translation>
    </message>
    <message>
        <source>Select a partner to see its page.</source>
        <translation>Chọn một đối tác để xem thông tin chi tiết.</translation>
    </message>
    <message>
        <source>Experts and volunteers of this partner (%1)</source>
        <translation>Chuyên gia, tình nguyện viên của đối tác này (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang thông tin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln đối tác</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s) found</source>
        <translation>
            <numerusform>Tìm thấy %Ln đối tác</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Chưa có người liên hệ.</translation>
    </message>
    <message>
        <source>Cooperation agreements</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>New agreement with this partner…</source>
        <translation>Thêm thỏa thuận với đối tác này…</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Chưa có thỏa thuận hợp tác.</translation>
    </message>
    <message>
        <source>(vision to %1)</source>
        <translation>(tầm nhìn đến năm %1)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>mở</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>gia hạn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Bên thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>No commitments recorded.</source>
        <translation>Chưa ghi nhận cam kết.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Chưa có dự án.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>new person “%1”</source>
        <translation>thêm cá nhân “%1”</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Volunteer expert</source>
        <translation>Chuyên gia tình nguyện</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin cá nhân</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Thêm cá nhân</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Position, e.g. Trưởng phòng</source>
        <translation>Chức vụ, ví dụ: Trưởng phòng</translation>
    </message>
    <message>
        <source>A person may have several roles at once</source>
        <translation>Một người có thể có nhiều vai trò cùng lúc</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(không thuộc tổ chức nào)</translation>
    </message>
    <message>
        <source>e.g. Ấn Độ</source>
        <translation>Ví dụ: Ấn Độ</translation>
    </message>
    <message>
        <source>e.g. dữ liệu, an toàn thông tin</source>
        <translation>Ví dụ: dữ liệu, an toàn thông tin</translation>
    </message>
    <message>
        <source>e.g. English, Tiếng Việt</source>
        <translation>Ví dụ: Tiếng Anh, Tiếng Việt</translation>
    </message>
    <message>
        <source>Full &amp;name *</source>
        <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
        <source>&amp;Roles *</source>
        <translation>&amp;Vai trò *</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>C&amp;hức vụ</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Tổ chức</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Thư đ&amp;iện tử</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Điện &amp;thoại</translation>
    </message>
    <message>
        <source>Na&amp;tionality</source>
        <translation>&amp;Quốc tịch</translation>
    </message>
    <message>
        <source>E&amp;xpertise</source>
        <translation>Chuyên &amp;môn</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>N&amp;goại ngữ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>(an organisation in the trash)</source>
        <translation>(tổ chức đang trong thùng rác)</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Hãy chọn ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>Không lưu được thông tin cá nhân: %1</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Plan consultations</source>
        <translation>Lập lịch tư vấn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Start times to try, in order of preference</source>
        <translation>Các giờ bắt đầu muốn xếp, theo thứ tự ưu tiên</translation>
    </message>
    <message>
        <source>&amp;Propose a timetable</source>
        <translation>Đề &amp;xuất lịch</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
        <source>&amp;Sessions per project per week</source>
        <translation>&amp;Số buổi mỗi dự án mỗi tuần</translation>
    </message>
    <message>
        <source>Session &amp;length</source>
        <translation>&amp;Thời lượng mỗi buổi</translation>
    </message>
    <message>
        <source>Preferred &amp;times</source>
        <translation>&amp;Giờ ưu tiên</translation>
    </message>
    <message>
        <source>Projects (host unit and volunteers):</source>
        <translation>Dự án (đơn vị tiếp nhận và tình nguyện viên):</translation>
    </message>
    <message>
        <source>Double-click a session to move it; right-click to move or drop it.</source>
        <translation>Nhấp đúp vào một buổi để dời; nhấp chuột phải để dời hoặc bỏ buổi đó.</translation>
    </message>
    <message>
        <source>Sessions that could not be placed:</source>
        <translation>Các buổi không xếp được:</translation>
    </message>
    <message>
        <source>&amp;Save the timetable</source>
        <translation>&amp;Lưu lịch</translation>
    </message>
    <message>
        <source>⚠ The whole period is in the past (today is %1): the sessions would be dated before today.</source>
        <translation>⚠ Toàn bộ khoảng thời gian đã chọn đã qua (hôm nay là %1): các buổi tư vấn sẽ được xếp vào những ngày trước hôm nay.</translation>
    </message>
    <message>
        <source>⚠ Part of the period is in the past: %1 – %2 come before today (%3).</source>
        <translation>⚠ Một phần khoảng thời gian đã qua: từ %1 đến %2 là trước hôm nay (%3).</translation>
    </message>
    <message>
        <source>Tick at least one project.</source>
        <translation>Hãy chọn ít nhất một dự án.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Plan at most one year at a time.</source>
        <translation>Mỗi lần chỉ lập lịch tối đa một năm.</translation>
    </message>
    <message>
        <source>Write the preferred start times as 08:00, 14:00.</source>
        <translation>Hãy ghi giờ bắt đầu theo dạng 08:00, 14:00.</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>chưa có phòng họp</translation>
    </message>
    <message>
        <source>%1 (%2 sessions): %3</source>
        <translation>%1 (%2 buổi): %3</translation>
    </message>
    <message>
        <source>No working day left in the week (holidays, weekend, period&apos;s end)</source>
        <translation>Không còn ngày làm việc trong tuần (ngày lễ, cuối tuần hoặc ngoài khoảng thời gian đã chọn)</translation>
    </message>
    <message>
        <source>Outside the project&apos;s dates</source>
        <translation>Ngoài thời gian thực hiện dự án</translation>
    </message>
    <message>
        <source>Outside the volunteers&apos; stay</source>
        <translation>Ngoài thời gian lưu trú của tình nguyện viên</translation>
    </message>
    <message>
        <source>No preferred time fits office hours</source>
        <translation>Không có giờ ưu tiên nào nằm trong giờ hành chính</translation>
    </message>
    <message>
        <source>The volunteers or the host unit are busy at every preferred time</source>
        <translation>Tình nguyện viên hoặc đơn vị tiếp nhận đã bận vào mọi giờ ưu tiên</translation>
    </message>
    <message>
        <source>%1 sessions placed, %2 could not be placed.</source>
        <translation>Đã xếp %1 buổi, %2 buổi không xếp được.</translation>
    </message>
    <message>
        <source>All %1 sessions placed without a clash.</source>
        <translation>Đã xếp đủ %1 buổi, không trùng lịch.</translation>
    </message>
    <message>
        <source>%1, weeks of %2</source>
        <translation>%1, các tuần bắt đầu %2</translation>
    </message>
    <message>
        <source>%1: the host unit has no room in the list of rooms; the place of these sessions is left empty.</source>
        <translation>%1: đơn vị tiếp nhận chưa có phòng họp trong danh sách; địa điểm của các buổi này để trống.</translation>
    </message>
    <message>
        <source>Every room of the host unit is taken at %1; the place is left empty.</source>
        <translation>Mọi phòng họp của đơn vị tiếp nhận đều đã có lịch vào %1; địa điểm để trống.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Dời…</translation>
    </message>
    <message>
        <source>&amp;Drop this session</source>
        <translation>&amp;Bỏ buổi này</translation>
    </message>
    <message>
        <source>That time clashes with another booking of a volunteer or the host unit.</source>
        <translation>Thời gian này trùng với lịch khác của tình nguyện viên hoặc đơn vị tiếp nhận.</translation>
    </message>
    <message>
        <source>Consultation %1: %2</source>
        <translation>Tư vấn %1: %2</translation>
    </message>
    <message>
        <source>The timetable could not be saved: %1</source>
        <translation>Không lưu được lịch: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Working periods of a day, e.g. 07:30-11:30, 13:30-17:00</source>
        <translation>Các khoảng thời gian làm việc trong ngày, ví dụ 07:30-11:30, 13:30-17:00</translation>
    </message>
    <message>
        <source>e.g. Sở Thông tin và Truyền thông</source>
        <translation>VD: Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>e.g. Tỉnh Bình Dương</source>
        <translation>VD: Tỉnh Bình Dương</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân tỉnh Bình Dương</source>
        <translation>VD: Ủy ban nhân dân tỉnh Bình Dương</translation>
    </message>
    <message>
        <source>e.g. STTTT</source>
        <translation>VD: STTTT</translation>
    </message>
    <message>
        <source>Printed on the number line: Số: 07/BC-STTTT</source>
        <translation>In ở dòng số văn bản: Số: 07/BC-STTTT</translation>
    </message>
    <message>
        <source>e.g. HTQT</source>
        <translation>VD: HTQT</translation>
    </message>
    <message>
        <source>The drafting unit, on the last line: Lưu: VT, HTQT.</source>
        <translation>Đơn vị soạn thảo, in ở dòng cuối: Lưu: VT, HTQT.</translation>
    </message>
    <message>
        <source>Printed at the top of minutes and status reports</source>
        <translation>In ở đầu biên bản và báo cáo tình hình</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>VD: KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>VD: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Who signs a status report (it can be changed for each)</source>
        <translation>Người ký báo cáo tình hình (có thể đổi cho từng báo cáo)</translation>
    </message>
    <message>
        <source>A backup is made on start (once a day), before each import and upgrade, and with File → Back up now; older ones are removed</source>
        <translation>Bản sao lưu được tạo khi khởi động (mỗi ngày một lần), trước mỗi lần nhập lịch và nâng cấp, và khi chọn Tệp → Sao lưu ngay; các bản cũ hơn sẽ được xóa</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> ngày trước</translation>
    </message>
    <message>
        <source>An agreement ending this soon is named in Follow-up, counted in the status bar and listed in the status report, until a renewal is saved</source>
        <translation>Thỏa thuận sắp hết hạn trong khoảng này được nêu tên ở thẻ Theo dõi, đếm trên thanh trạng thái và liệt kê trong báo cáo tình hình, cho đến khi lưu thỏa thuận gia hạn</translation>
    </message>
    <message>
        <source>&amp;Office hours</source>
        <translation>&amp;Giờ hành chính</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Tên &amp;sở:</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>Pa&amp;rent body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>Abbre&amp;viation:</source>
        <translation>&amp;Viết tắt:</translation>
    </message>
    <message>
        <source>&amp;Filing unit:</source>
        <translation>Đơn vị &amp;lưu:</translation>
    </message>
    <message>
        <source>Signer&apos;s au&amp;thority:</source>
        <translation>&amp;Quyền hạn ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;position:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Họ tên &amp;người ký:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Số &amp;bản sao lưu giữ lại:</translation>
    </message>
    <message>
        <source>&amp;Agreements ending:</source>
        <translation>Báo trước khi thỏa thuận &amp;hết hạn:</translation>
    </message>
    <message>
        <source>Write the periods as 07:30-11:30, 13:30-17:00 (each end after its start).</source>
        <translation>Hãy ghi theo dạng 07:30-11:30, 13:30-17:00 (giờ kết thúc sau giờ bắt đầu).</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Tên trong tệp</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Lỗi và ghi chú</translation>
    </message>
    <message>
        <source>Double-click to choose: merge, add (keep both) or skip</source>
        <translation>Bấm đúp để chọn: gộp, thêm (giữ cả hai) hoặc bỏ qua</translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation>dòng %1 của tệp</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme</source>
        <translation>Sửa chương trình</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Thêm chương trình</translation>
    </message>
    <message>
        <source>e.g. Chương trình tình nguyện viên tư vấn 2026</source>
        <translation>Ví dụ: Chương trình tình nguyện viên tư vấn 2026</translation>
    </message>
    <message>
        <source>e.g. Con người, Doanh nghiệp, Công nghệ</source>
        <translation>Ví dụ: Con người, Doanh nghiệp, Công nghệ</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(không gắn đối tác)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Đối &amp;tác</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Mô tả</translation>
    </message>
    <message>
        <source>(a partner in the trash)</source>
        <translation>(đối tác đang trong thùng rác)</translation>
    </message>
    <message>
        <source>Another programme already has this name.</source>
        <translation>Đã có chương trình khác cùng tên.</translation>
    </message>
    <message>
        <source>The programme could not be saved: %1</source>
        <translation>Không lưu được chương trình: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>No. of projects</source>
        <translation>Số dự án</translation>
    </message>
    <message>
        <source>move %1 project(s)</source>
        <translation>chuyển %1 dự án</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Filter by name or domain</source>
        <translation>Lọc theo tên hoặc lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>%1 programme(s)</source>
        <translation>%1 chương trình</translation>
    </message>
    <message>
        <source>new programme</source>
        <translation>thêm chương trình</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Xóa chương trình</translation>
    </message>
    <message>
        <source>Delete programme “%1”? Its %2 project(s) stay, without a programme until it is restored. You can undo this with Ctrl+Z.</source>
        <translation>Xóa chương trình “%1”? %2 dự án của chương trình vẫn được giữ lại, không thuộc chương trình nào cho đến khi chương trình được khôi phục. Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete programme “%1”</source>
        <translation>xóa chương trình “%1”</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>Thêm &amp;chương trình…</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>Sửa dự án</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>e.g. TNV-05</source>
        <translation>ví dụ: TNV-05</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(không thuộc chương trình)</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(không gắn đối tác)</translation>
    </message>
    <message>
        <source>(no host unit)</source>
        <translation>(không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>&amp;Mã *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Tr&amp;ạng thái</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Đối &amp;tác</translation>
    </message>
    <message>
        <source>&amp;Host unit</source>
        <translation>Đơn vị &amp;tiếp nhận</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>Mục &amp;tiêu</translation>
    </message>
    <message>
        <source>Milestone *</source>
        <translation>Mốc tiến độ *</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Indicator *</source>
        <translation>Chỉ số *</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Giá trị ban đầu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Ngày đo</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mốc tiến độ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>(a programme in the trash)</source>
        <translation>(chương trình đang trong thùng rác)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number; write it as %3 or %4.</source>
        <translation>%1 “%2” không phải là số; hãy viết theo dạng %3 hoặc %4.</translation>
    </message>
    <message>
        <source>Give the copy a code of its own, then save.</source>
        <translation>Hãy đặt cho bản sao một mã riêng rồi lưu.</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Không lưu được dự án: %1</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Filter by code or title</source>
        <translation>Lọc theo mã hoặc tên dự án</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Mọi chương trình</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Mọi đối tác</translation>
    </message>
    <message>
        <source>All host units</source>
        <translation>Mọi đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Xóa dự án</translation>
    </message>
    <message>
        <source>Delete project “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Xóa dự án “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete project “%1”</source>
        <translation>xóa dự án “%1”</translation>
    </message>
    <message>
        <source>Project deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa dự án. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>Thêm dự án &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln dự án</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>new project</source>
        <translation>thêm dự án</translation>
    </message>
    <message>
        <source>Project saved. Ctrl+Z undoes it.</source>
        <translation>Đã lưu dự án. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <source>Project saved. Ctrl+Z undoes the change.</source>
        <translation>Đã lưu dự án. Nhấn Ctrl+Z để hoàn tác thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) found</source>
        <translation>
            <numerusform>Tìm thấy %Ln dự án</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to programme…</source>
        <translation>&amp;Chuyển sang chương trình…</translation>
    </message>
    <message>
        <source>Add a &amp;stay…</source>
        <translation>Thêm &amp;phân công…</translation>
    </message>
    <message>
        <source>Volunteer &amp;roster of this project</source>
        <translation>Danh sách tình &amp;nguyện viên của dự án</translation>
    </message>
    <message>
        <source>Volunteer roster – %1</source>
        <translation>Danh sách tình nguyện viên – %1</translation>
    </message>
    <message>
        <source>%1 project(s) moved. Ctrl+Z undoes it.</source>
        <translation>Đã chuyển %1 dự án. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Stay removed. Ctrl+Z brings it back.</source>
        <translation>Đã xóa phân công. Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Select a project to see its page.</source>
        <translation>Chọn một dự án để xem thông tin chi tiết.</translation>
    </message>
    <message>
        <source>Open the volunteer roster</source>
        <translation>Mở danh sách tình nguyện viên</translation>
    </message>
    <message>
        <source>Add a stay…</source>
        <translation>Thêm phân công…</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (từ ngày %2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Mốc tiến độ</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc tiến độ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Chưa có mốc tiến độ.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Giá trị ban đầu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Ngày đo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No indicators yet.</source>
        <translation>Chưa có chỉ số.</translation>
    </message>
    <message>
        <source>Assigned volunteers</source>
        <translation>Chuyên gia tình nguyện được phân công</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Thời gian lưu trú</translation>
    </message>
    <message>
        <source>No volunteers assigned.</source>
        <translation>Chưa phân công chuyên gia.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Chưa có sự kiện.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>biên bản</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what</source>
        <translation>Ai đã thay đổi bản ghi này, khi nào và thay đổi gì</translation>
    </message>
</context>
<context>
    <name>RecurrenceEdit</name>
    <message>
        <source>Does not repeat</source>
        <translation>Không lặp lại</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cách </translation>
    </message>
    <message>
        <source>1 = every day, week or month; 2 = every other one…</source>
        <translation>1 = mỗi ngày, tuần hoặc tháng; 2 = cách một ngày, tuần hoặc tháng…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>không có ngày kết thúc</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>number of times</source>
        <translation>số lần</translation>
    </message>
    <message>
        <source>Skipped dates: dd/mm/yyyy, dd/mm/yyyy</source>
        <translation>Ngày bỏ qua: dd/mm/yyyy, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Repeats by a rule from an imported file (kept as it is).</source>
        <translation>Lặp lại theo quy tắc từ tệp đã nhập (giữ nguyên).</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Outgoing documents register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Numbers run per year, from 01 each year</source>
        <translation>Số văn bản đánh theo từng năm, bắt đầu từ 01 mỗi năm</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>Write the register, as filtered and sorted, to .xlsx or .csv</source>
        <translation>Xuất sổ theo bộ lọc và thứ tự đang xem ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>No document issued matches the filter.</source>
        <translation>Không có văn bản đã cấp số nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Nothing issued yet. “Issue number and save…” in the minutes or the status report gives a document its number and lists it here.</source>
        <translation>Chưa cấp số văn bản nào. Nút “Cấp số và lưu…” trong biên bản hoặc báo cáo tình hình cấp số cho văn bản và ghi văn bản vào sổ này.</translation>
    </message>
    <message>
        <source>%1 document(s)</source>
        <translation>%1 văn bản</translation>
    </message>
    <message>
        <source>(no file saved)</source>
        <translation>(chưa lưu tệp)</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1 (không còn tệp)</translation>
    </message>
    <message>
        <source>No file was recorded for No. %1.</source>
        <translation>Văn bản số %1 chưa được ghi tệp nào.</translation>
    </message>
    <message>
        <source>The file of No. %1 is no longer at %2: it was moved, renamed or deleted. Issue the document again to save it anew; it keeps its number.</source>
        <translation>Tệp của văn bản số %1 không còn ở %2: tệp đã bị chuyển đi, đổi tên hoặc xóa. Cấp số lại để lưu lại văn bản; văn bản vẫn giữ số cũ.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Không mở được “%1”.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE OF %1</source>
        <translation>UBND %1</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>- Filed: VT, %1.</source>
        <translation>- Lưu: VT, %1.</translation>
    </message>
    <message>
        <source>- Filed: VT.</source>
        <translation>- Lưu: VT.</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>%1, day %2 month %3 year %4</source>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Status report</source>
        <translation>Báo cáo tình hình</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Ngày đầu kỳ báo cáo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ngày cuối kỳ báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>One programme</source>
        <translation>Một chương trình</translation>
    </message>
    <message>
        <source>One partner</source>
        <translation>Một đối tác</translation>
    </message>
    <message>
        <source>One project</source>
        <translation>Một dự án</translation>
    </message>
    <message>
        <source>One host unit</source>
        <translation>Một đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>Type part of a name to find it</source>
        <translation>Gõ một phần tên để tìm</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>e.g. Sở Thông tin và Truyền thông</source>
        <translation>VD: Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>e.g. Tỉnh Bình Dương</source>
        <translation>VD: Tỉnh Bình Dương</translation>
    </message>
    <message>
        <source>Header (kept in the preferences)</source>
        <translation>Tiêu đề văn bản (lưu trong tùy chọn)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Tên &amp;sở:</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>VD: KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>VD: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>&amp;Quyền hạn ký:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân tỉnh (leave empty for none)</source>
        <translation>Ví dụ: Ủy ban nhân dân tỉnh (để trống nếu không có)</translation>
    </message>
    <message>
        <source>One a line, e.g. Như trên</source>
        <translation>Mỗi dòng một nơi nhận, ví dụ: Như trên</translation>
    </message>
    <message>
        <source>What the report asks of its readers; left out of the report when empty</source>
        <translation>Những điều báo cáo kiến nghị, đề xuất; để trống thì báo cáo không có phần này</translation>
    </message>
    <message>
        <source>Addressee and proposals</source>
        <translation>Nơi gửi và kiến nghị</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Kính &amp;gửi:</translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>Pr&amp;oposals:</source>
        <translation>&amp;Kiến nghị, đề xuất:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>See the pages before printing (Ctrl+P)</source>
        <translation>Xem các trang trước khi in (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Lưu &amp;Word…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Nội d&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Sending and signing</source>
        <translation>&amp;Gửi và ký</translation>
    </message>
    <message>
        <source>One line per partner. When the lists run past %1 rows, paper and Word print this table instead; Excel always has the lists.</source>
        <translation>Mỗi đối tác một dòng. Khi các danh sách vượt quá %1 dòng, bản in và tệp Word chỉ in bảng này thay cho danh sách; tệp Excel luôn có đầy đủ danh sách.</translation>
    </message>
    <message>
        <source>A report about one programme, partner or project has one partner.</source>
        <translation>Báo cáo theo một chương trình, đối tác hoặc dự án chỉ có một đối tác.</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Ngày cuối kỳ phải bằng hoặc sau ngày đầu kỳ.</translation>
    </message>
    <message>
        <source>Choose which one in the list beside the scope.</source>
        <translation>Hãy chọn một mục trong danh sách bên cạnh phạm vi.</translation>
    </message>
    <message>
        <source>Tick at least one section to include.</source>
        <translation>Hãy chọn ít nhất một nội dung để đưa vào báo cáo.</translation>
    </message>
    <message>
        <source>Gathering the report…</source>
        <translation>Đang tổng hợp số liệu…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Issue number and save the report</source>
        <translation>Cấp số và lưu báo cáo</translation>
    </message>
    <message>
        <source>No number was issued: %1</source>
        <translation>Không cấp được số: %1</translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>Đã dừng lập báo cáo.</translation>
    </message>
    <message>
        <source>Print preview – status report</source>
        <translation>Xem trước khi in – báo cáo tình hình</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <source>status-report</source>
        <translation>bao-cao-tinh-hinh</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>The report was stopped; no file was written.</source>
        <translation>Đã dừng lập báo cáo; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>the process writing it stopped unexpectedly</source>
        <translation>tiến trình ghi tệp đã dừng bất thường</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. It is checked before anything is replaced, and the current file is kept beside it under a new name.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Bản sao lưu được kiểm tra trước khi thay thế, và tệp hiện tại được giữ lại bên cạnh với tên mới.</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Tệp khác…</translation>
    </message>
    <message>
        <source>Restore from a backup file kept elsewhere</source>
        <translation>Khôi phục từ một tệp sao lưu lưu ở nơi khác</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Coordinator (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>Sửa phòng họp</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Thêm phòng họp</translation>
    </message>
    <message>
        <source>e.g. Phòng họp số 2</source>
        <translation>Ví dụ: Phòng họp số 2</translation>
    </message>
    <message>
        <source>e.g. P.2, PH2</source>
        <translation>VD: P.2, PH2</translation>
    </message>
    <message>
        <source>Other names the office writes for this room, separated by commas: an event whose place is one of them is held in this room, and clashes in it</source>
        <translation>Các tên gọi khác của phòng mà cơ quan hay ghi, cách nhau bằng dấu phẩy: sự kiện ghi địa điểm là một trong các tên này được tính là họp tại phòng này và được kiểm tra trùng lịch theo phòng</translation>
    </message>
    <message>
        <source>(no host unit)</source>
        <translation>(không thuộc đơn vị nào)</translation>
    </message>
    <message>
        <source>The province&apos;s own unit the room belongs to; the planner puts its sessions here</source>
        <translation>Đơn vị của tỉnh có phòng họp này; công cụ lập lịch xếp các buổi của đơn vị vào đây</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> chỗ</translation>
    </message>
    <message>
        <source>e.g. Floor 3; projector; book with the office</source>
        <translation>Ví dụ: Tầng 3; có máy chiếu; đăng ký với Văn phòng</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Tên *</translation>
    </message>
    <message>
        <source>Other n&amp;ames</source>
        <translation>Tên gọi &amp;khác</translation>
    </message>
    <message>
        <source>&amp;Host unit</source>
        <translation>Đơn vị &amp;tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Sức chứa</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>(a unit in the trash)</source>
        <translation>(đơn vị đang trong thùng rác)</translation>
    </message>
    <message>
        <source>Another room of this unit (or without a unit) has this name.</source>
        <translation>Đã có phòng họp khác cùng tên thuộc đơn vị này (hoặc không thuộc đơn vị nào).</translation>
    </message>
    <message>
        <source>One of these names is already another room&apos;s name.</source>
        <translation>Một trong các tên này đã là tên của phòng họp khác.</translation>
    </message>
    <message>
        <source>The capacity is a whole number of seats.</source>
        <translation>Sức chứa phải là số chỗ ngồi nguyên dương.</translation>
    </message>
    <message>
        <source>Choose one of the province&apos;s own units.</source>
        <translation>Hãy chọn một đơn vị của tỉnh.</translation>
    </message>
    <message>
        <source>The room could not be saved: %1</source>
        <translation>Không lưu được phòng họp: %1</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <source>Events held in the same room clash, whatever each calls the place. The planner puts a project&apos;s sessions in its host unit&apos;s rooms.</source>
        <translation>Các sự kiện trong cùng một phòng họp vào cùng giờ sẽ bị báo trùng, dù mỗi sự kiện ghi tên địa điểm khác nhau. Công cụ lập lịch xếp các buổi của dự án vào phòng họp của đơn vị tiếp nhận.</translation>
    </message>
    <message>
        <source>Filter by name, e.g. “phong hop”</source>
        <translation>Lọc theo tên, ví dụ “phong hop”</translation>
    </message>
    <message>
        <source>All host units</source>
        <translation>Mọi đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>No rooms yet. “New room…” adds the first.</source>
        <translation>Chưa có phòng họp nào. Bấm “Thêm phòng họp…” để thêm phòng đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;New room…</source>
        <translation>&amp;Thêm phòng họp…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move the room to the trash (Delete); Ctrl+Z undoes it</source>
        <translation>Chuyển phòng họp vào thùng rác (Delete); Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <source>No room matches the filter.</source>
        <translation>Không có phòng họp nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>new room</source>
        <translation>thêm phòng họp</translation>
    </message>
    <message>
        <source>Room saved. Ctrl+Z undoes it.</source>
        <translation>Đã lưu phòng họp. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>sửa “%1”</translation>
    </message>
    <message>
        <source>Room saved. Ctrl+Z undoes the change.</source>
        <translation>Đã lưu phòng họp. Ctrl+Z để hoàn tác thay đổi.</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Xóa phòng họp</translation>
    </message>
    <message>
        <source>Delete “%1”? Its events keep their place. You can undo this with Ctrl+Z.</source>
        <translation>Xóa “%1”? Các sự kiện của phòng vẫn giữ địa điểm. Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete room “%1”</source>
        <translation>xóa phòng họp “%1”</translation>
    </message>
    <message>
        <source>Room deleted. Ctrl+Z brings it back.</source>
        <translation>Đã xóa phòng họp. Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Volunteer roster</source>
        <translation>Danh sách tình nguyện viên</translation>
    </message>
    <message>
        <source>Find by name, e-mail or nationality</source>
        <translation>Tìm theo tên, thư điện tử hoặc quốc tịch</translation>
    </message>
    <message>
        <source>Expertise, e.g. dữ liệu</source>
        <translation>Chuyên môn, ví dụ: dữ liệu</translation>
    </message>
    <message>
        <source>Double-click a volunteer to see their week in the calendar; right-click to edit them or their stay</source>
        <translation>Nhấp đúp vào một tình nguyện viên để xem lịch tuần của họ; nhấp chuột phải để sửa thông tin hoặc phân công</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>&amp;Thêm tình nguyện viên…</translation>
    </message>
    <message>
        <source>A new person, with the volunteer expert role ticked</source>
        <translation>Thêm cá nhân mới, đã đánh dấu vai trò chuyên gia tình nguyện</translation>
    </message>
    <message>
        <source>&amp;Edit volunteer…</source>
        <translation>&amp;Sửa tình nguyện viên…</translation>
    </message>
    <message>
        <source>Assign to a &amp;project…</source>
        <translation>&amp;Phân công vào dự án…</translation>
    </message>
    <message>
        <source>Add a stay of the selected volunteer on a project</source>
        <translation>Phân công tình nguyện viên đang chọn vào một dự án</translation>
    </message>
    <message>
        <source>Write the roster as filtered and sorted to an .xlsx or .csv file</source>
        <translation>Ghi danh sách tình nguyện viên, theo bộ lọc và thứ tự đang xem, ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>in the province on %1</source>
        <translation>có mặt tại tỉnh ngày %1</translation>
    </message>
    <message>
        <source>All nationalities</source>
        <translation>Mọi quốc tịch</translation>
    </message>
    <message>
        <source>Show their &amp;week</source>
        <translation>Xem lịch &amp;tuần</translation>
    </message>
    <message>
        <source>Edit &amp;stay…</source>
        <translation>Sửa phâ&amp;n công…</translation>
    </message>
    <message>
        <source>&amp;Remove stay</source>
        <translation>&amp;Xóa phân công</translation>
    </message>
    <message>
        <source>In the province on</source>
        <translation>Có mặt tại tỉnh ngày</translation>
    </message>
    <message>
        <source>%1 row(s)</source>
        <translation>%1 dòng</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>%1h%2</source>
        <translation>%1h%2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>WEEKLY WORK SCHEDULE</source>
        <translation>LỊCH CÔNG TÁC TUẦN</translation>
    </message>
    <message>
        <source>(From %1 to %2)</source>
        <translation>(Từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Cá nhân: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Dự án: %1</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Nghỉ lễ: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Dự án %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Chuẩn bị</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Weekly work schedule</source>
        <translation>Lịch công tác tuần</translation>
    </message>
    <message>
        <source>Any day of the week: it runs from Monday to Sunday</source>
        <translation>Một ngày bất kỳ trong tuần: tuần tính từ thứ Hai đến Chủ nhật</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>One host unit</source>
        <translation>Một đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Một cá nhân</translation>
    </message>
    <message>
        <source>One project</source>
        <translation>Một dự án</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>Type part of a name to find it</source>
        <translation>Gõ một phần tên để tìm</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Tuần có ngày:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Của:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Lưu thành &amp;Word…</translation>
    </message>
    <message>
        <source>Monday %1 to Sunday %2</source>
        <translation>thứ Hai %1 đến Chủ nhật %2</translation>
    </message>
    <message>
        <source>Type a day of the week.</source>
        <translation>Hãy gõ một ngày trong tuần.</translation>
    </message>
    <message>
        <source>Choose which one in the list beside “For”.</source>
        <translation>Hãy chọn một mục trong danh sách bên cạnh “Của”.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>Đã gửi %1 trang đến máy in.</translation>
    </message>
    <message>
        <source>Gathering the week&apos;s events…</source>
        <translation>Đang tập hợp các sự kiện trong tuần…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the schedule</source>
        <translation>Lưu lịch công tác</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>Writing the schedule…</source>
        <translation>Đang ghi lịch công tác…</translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <source>%1 consultations saved.</source>
        <translation>Đã lưu %1 buổi tư vấn.</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Nhập lịch</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Tệp iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Import stopped; nothing was written.</source>
        <translation>Đã dừng nhập; không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <source>%1 cannot be imported, and nothing of it was written: %2</source>
        <translation>Không nhập được %1, không có dữ liệu nào được ghi: %2</translation>
    </message>
    <message>
        <source>%1 events added, %2 updated, %3 unchanged, %4 people added, %5 skipped.</source>
        <translation>Đã thêm %1 sự kiện, cập nhật %2, %3 không đổi, thêm %4 người, bỏ qua %5.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Xuất lịch</translation>
    </message>
    <message>
        <source>%1 events (as filtered in the calendar) exported to %2</source>
        <translation>Đã xuất %1 sự kiện (theo bộ lọc của lịch) ra %2</translation>
    </message>
    <message>
        <source>%1 events exported to %2</source>
        <translation>Đã xuất %1 sự kiện ra %2</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Đã lưu tùy chọn.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>Đã gửi %1 trang đến máy in.</translation>
    </message>
    <message>
        <source>Save the calendar view as PDF</source>
        <translation>Lưu trang lịch thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar view saved to %1</source>
        <translation>Đã lưu trang lịch vào %1</translation>
    </message>
    <message>
        <source>Schedule saved to %1</source>
        <translation>Đã lưu lịch công tác vào %1</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Tìm kiếm mọi thứ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Partners, people, projects, events, minutes, conclusions and action items; type without diacritics if you like</source>
        <translation>Đối tác, cá nhân, dự án, sự kiện, biên bản, kết luận và nhiệm vụ; có thể gõ không dấu</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Tìm thấy trong</translation>
    </message>
    <message>
        <source>Write these results to an .xlsx or .csv file</source>
        <translation>Ghi các kết quả này ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <source>%1 results for “%2”</source>
        <translation>%1 kết quả cho “%2”</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message>
        <source>Search results for “%1”</source>
        <translation>Kết quả tìm kiếm “%1”</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Stays of volunteers</source>
        <translation>Thời gian làm việc của tình nguyện viên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Internal unit</source>
        <translation>Đơn vị nội bộ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang thông tin điện tử</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title or position</source>
        <translation>Chức vụ, chức danh</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Đơn vị công tác</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngoại ngữ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Ngày đi</translation>
    </message>
    <message>
        <source>Role on the project</source>
        <translation>Vai trò trong dự án</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>is empty, and this list needs it</source>
        <translation>bị bỏ trống, nhưng đây là thông tin bắt buộc</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>không phải là địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>is not a phone number (digits, spaces, + ( ) . -)</source>
        <translation>không phải là số điện thoại (chữ số, dấu cách, + ( ) . -)</translation>
    </message>
    <message>
        <source>is not a date (dd/mm/yyyy)</source>
        <translation>không phải là ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>has a year outside 1945–2200</source>
        <translation>có năm nằm ngoài khoảng 1945–2200</translation>
    </message>
    <message>
        <source>is before the arrival</source>
        <translation>trước ngày đến</translation>
    </message>
    <message>
        <source>is not a kind of partner</source>
        <translation>không phải là một loại đối tác</translation>
    </message>
    <message>
        <source>is not a role (contact, volunteer expert, staff)</source>
        <translation>không phải là vai trò (người liên hệ, chuyên gia tình nguyện, cán bộ)</translation>
    </message>
    <message>
        <source>is neither yes nor no</source>
        <translation>không phải là có hay không</translation>
    </message>
    <message>
        <source>names no project (by code or title)</source>
        <translation>không khớp với dự án nào (theo mã hoặc tên)</translation>
    </message>
    <message>
        <source>names several projects</source>
        <translation>khớp với nhiều dự án</translation>
    </message>
    <message>
        <source>is a formula the file holds no value of; open the file in Excel, save it and import it again</source>
        <translation>là công thức mà tệp không lưu giá trị; hãy mở tệp bằng Excel, lưu lại rồi nhập lại</translation>
    </message>
    <message>
        <source>names several people of that name</source>
        <translation>khớp với nhiều người trùng tên</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3)</source>
        <translation>Dòng %1, cột %2 (%3)</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Dòng %1, %2</translation>
    </message>
    <message>
        <source>row %1 under the table (a total, a signature) is not a record: left out</source>
        <translation>dòng %1 nằm dưới bảng (dòng tổng cộng, chữ ký) không phải là bản ghi nên không nhập</translation>
    </message>
    <message>
        <source>rows %1–%2 under the table (a total, signatures) are not records: left out</source>
        <translation>các dòng %1–%2 nằm dưới bảng (dòng tổng cộng, chữ ký) không phải là bản ghi nên không nhập</translation>
    </message>
    <message>
        <source>%1 is not a partner yet: it will be added</source>
        <translation>%1 chưa có trong danh sách đối tác: sẽ được thêm</translation>
    </message>
    <message>
        <source>%1 is not in the list of people yet: added as a volunteer</source>
        <translation>%1 chưa có trong danh sách cá nhân: sẽ được thêm làm tình nguyện viên</translation>
    </message>
    <message>
        <source>phone %1: Excel had dropped its leading 0</source>
        <translation>số điện thoại %1: Excel đã làm mất số 0 ở đầu</translation>
    </message>
    <message>
        <source>may be the same as %1</source>
        <translation>có thể trùng với %1</translation>
    </message>
    <message>
        <source>the same as row %1 of the file</source>
        <translation>trùng với dòng %1 của tệp</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation>đây là thư mục hoặc thiết bị, không phải tệp</translation>
    </message>
    <message>
        <source>it is bigger than %1 MB; split the list into smaller files</source>
        <translation>tệp lớn hơn %1 MB; hãy chia danh sách thành các tệp nhỏ hơn</translation>
    </message>
    <message>
        <source>it is protected by a password; open it in Excel, remove the password and save it</source>
        <translation>tệp được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại</translation>
    </message>
    <message>
        <source>it is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx</source>
        <translation>đây là sổ tính Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx) or a CSV file</source>
        <translation>tệp không phải là sổ tính Excel (.xlsx) hay tệp CSV</translation>
    </message>
    <message>
        <source>the system refused to read it (%1)</source>
        <translation>hệ thống không cho đọc tệp (%1)</translation>
    </message>
    <message>
        <source>it has no sheet named “%1”</source>
        <translation>tệp không có trang tính nào tên “%1”</translation>
    </message>
    <message>
        <source>it has no rows</source>
        <translation>tệp không có dòng nào</translation>
    </message>
    <message>
        <source>a quotation mark opened on row %1 is never closed, so the rows below it would run together; close it or remove it</source>
        <translation>dấu ngoặc kép mở ở dòng %1 không được đóng, nên các dòng bên dưới sẽ bị gộp vào nhau; hãy đóng hoặc xóa dấu ngoặc kép đó</translation>
    </message>
    <message>
        <source>it has more than %1 rows; split the list into smaller files</source>
        <translation>tệp có hơn %1 dòng; hãy chia danh sách thành các tệp nhỏ hơn</translation>
    </message>
    <message>
        <source>“%1” is not Header=field</source>
        <translation>“%1” không có dạng Tiêu_đề=trường</translation>
    </message>
    <message>
        <source>“%1”: the file has no column with that header</source>
        <translation>“%1”: tệp không có cột nào có tiêu đề đó</translation>
    </message>
    <message>
        <source>“%1”: no such field in this kind of list</source>
        <translation>“%1”: không có trường này trong loại danh sách đã chọn</translation>
    </message>
    <message>
        <source>Page &amp;P/&amp;N</source>
        <translation>Trang &amp;P/&amp;N</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>Status of the province&apos;s cooperation with its partners</source>
        <translation>Tình hình hợp tác của tỉnh với các đối tác</translation>
    </message>
    <message>
        <source>Cooperation with the partners, %1</source>
        <translation>Tình hình hợp tác với các đối tác %1</translation>
    </message>
    <message>
        <source>Cooperation with %2, %1</source>
        <translation>Tình hình hợp tác với %2 %1</translation>
    </message>
    <message>
        <source>Cooperation at the host unit %2, %1</source>
        <translation>Tình hình hợp tác tại đơn vị tiếp nhận %2 %1</translation>
    </message>
    <message>
        <source>Progress of the programme %2, %1</source>
        <translation>Tình hình thực hiện chương trình %2 %1</translation>
    </message>
    <message>
        <source>Progress of the project %2, %1</source>
        <translation>Tình hình thực hiện dự án %2 %1</translation>
    </message>
    <message>
        <source>(position, signature and full name)</source>
        <translation>(Chức vụ, ký và ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Kính gửi: %1</translation>
    </message>
    <message>
        <source>Cooperation status report</source>
        <translation>Báo cáo tình hình hợp tác</translation>
    </message>
    <message>
        <source>Period: from %1 to %2</source>
        <translation>Kỳ báo cáo: từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Scope: the programme %1</source>
        <translation>Phạm vi: chương trình %1</translation>
    </message>
    <message>
        <source>Scope: the partner %1</source>
        <translation>Phạm vi: đối tác %1</translation>
    </message>
    <message>
        <source>Scope: the project %1</source>
        <translation>Phạm vi: dự án %1</translation>
    </message>
    <message>
        <source>Scope: the host unit %1</source>
        <translation>Phạm vi: đơn vị tiếp nhận %1</translation>
    </message>
    <message>
        <source>Scope: the whole programme</source>
        <translation>Phạm vi: toàn bộ chương trình hợp tác</translation>
    </message>
    <message>
        <source>Figures as of %1; made on %2 at %3</source>
        <translation>Số liệu tính đến ngày %1; lập ngày %2 lúc %3</translation>
    </message>
    <message>
        <source>OVERVIEW BY PARTNER</source>
        <translation>TỔNG HỢP THEO ĐỐI TÁC</translation>
    </message>
    <message>
        <source>DETAILS BY PARTNER</source>
        <translation>TÌNH HÌNH THEO TỪNG ĐỐI TÁC</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>TÌNH HÌNH CHI TIẾT</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Events held and their conclusions</source>
        <translation>Sự kiện đã tổ chức và kết luận</translation>
    </message>
    <message>
        <source>Coming events (to %1)</source>
        <translation>Sự kiện sắp tới (đến ngày %1)</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Tổng hợp số liệu</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Overview by partner</source>
        <translation>Tổng hợp theo đối tác</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Sự kiện đã tổ chức</translation>
    </message>
    <message>
        <source>Coming events</source>
        <translation>Sự kiện sắp tới</translation>
    </message>
    <message>
        <source>Figure 1. Projects by status</source>
        <translation>Hình 1. Dự án theo trạng thái</translation>
    </message>
    <message>
        <source>of which ending within %1 days</source>
        <translation>trong đó sắp hết hạn trong vòng %1 ngày</translation>
    </message>
    <message>
        <source>The lists of projects, indicators, events and action items of these %1 partners run to %2 rows, too many to print. They are in the Excel file of this report; a report for one partner, programme or project prints them.</source>
        <translation>Danh sách dự án, chỉ số, sự kiện và nhiệm vụ của %1 đối tác này có %2 dòng, quá dài để in. Danh sách đầy đủ có trong tệp Excel của báo cáo này; báo cáo theo từng đối tác, chương trình hoặc dự án sẽ in đầy đủ các danh sách đó.</translation>
    </message>
    <message>
        <source>Cooperation agreements ending within %1 days</source>
        <translation>Thỏa thuận hợp tác hết hạn trong vòng %1 ngày</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Số ngày còn lại</translation>
    </message>
    <message>
        <source>Events cancelled</source>
        <translation>Sự kiện bị hủy</translation>
    </message>
    <message>
        <source>Minutes kept</source>
        <translation>Biên bản đã lập</translation>
    </message>
    <message>
        <source>Cooperation agreements signed</source>
        <translation>Thỏa thuận hợp tác ký mới</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Mốc công việc hoàn thành</translation>
    </message>
    <message>
        <source>Volunteers on the projects</source>
        <translation>Tình nguyện viên làm việc tại dự án</translation>
    </message>
    <message>
        <source>Up (+), down (−)</source>
        <translation>Tăng (+), giảm (−)</translation>
    </message>
    <message>
        <source>Table 1. Summary figures of %1 and of %2</source>
        <translation>Bảng 1. Số liệu tổng hợp %1 so với %2</translation>
    </message>
    <message>
        <source>APPENDIX: DETAILED FIGURES</source>
        <translation>PHỤ LỤC: SỐ LIỆU CHI TIẾT</translation>
    </message>
    <message>
        <source>Figure 2. Events per month</source>
        <translation>Hình 2. Sự kiện theo tháng</translation>
    </message>
    <message>
        <source>Figure 2. Events per year</source>
        <translation>Hình 2. Sự kiện theo năm</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Cooperation agreements in force</source>
        <translation>Thỏa thuận hợp tác đang có hiệu lực</translation>
    </message>
    <message>
        <source>Projects in the period</source>
        <translation>Dự án trong kỳ</translation>
    </message>
    <message>
        <source>Events planned, not yet held</source>
        <translation>Sự kiện đã lên lịch, chưa tổ chức</translation>
    </message>
    <message>
        <source>Conclusions adopted</source>
        <translation>Kết luận đã thống nhất</translation>
    </message>
    <message>
        <source>Action items open</source>
        <translation>Nhiệm vụ chưa hoàn thành</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>trong đó quá hạn</translation>
    </message>
    <message>
        <source>Action items done in the period</source>
        <translation>Nhiệm vụ hoàn thành trong kỳ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Mốc đã xong</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Mốc tiếp theo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Giá trị ban đầu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Thực hiện mới nhất</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Ngày đo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event and conclusions</source>
        <translation>Sự kiện và kết luận</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày trễ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Not tied to a partner</source>
        <translation>Chưa gắn với đối tác</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Nothing was recorded for this period and scope.</source>
        <translation>Không có số liệu trong kỳ và phạm vi báo cáo.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Milestones in all</source>
        <translation>Tổng số mốc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng, giảm</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>StatusReportProse</name>
    <message>
        <source>%1/%2</source>
        <translation>tháng %1/%2</translation>
    </message>
    <message>
        <source>Q%1/%2</source>
        <translation>quý %1/%2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>the period from %1 to %2</source>
        <translation>kỳ từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 sự kiện</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 sự kiện</translation>
    </message>
    <message>
        <source>%1 consultation</source>
        <translation>%1 buổi tư vấn</translation>
    </message>
    <message>
        <source>%1 consultations</source>
        <translation>%1 buổi tư vấn</translation>
    </message>
    <message>
        <source>%1 meeting</source>
        <translation>%1 cuộc họp</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 cuộc họp</translation>
    </message>
    <message>
        <source>%1 workshop</source>
        <translation>%1 hội thảo</translation>
    </message>
    <message>
        <source>%1 workshops</source>
        <translation>%1 hội thảo</translation>
    </message>
    <message>
        <source>%1 conference</source>
        <translation>%1 hội nghị</translation>
    </message>
    <message>
        <source>%1 conferences</source>
        <translation>%1 hội nghị</translation>
    </message>
    <message>
        <source>%1 online conference</source>
        <translation>%1 hội nghị trực tuyến</translation>
    </message>
    <message>
        <source>%1 online conferences</source>
        <translation>%1 hội nghị trực tuyến</translation>
    </message>
    <message>
        <source>%1 signing ceremony</source>
        <translation>%1 lễ ký kết</translation>
    </message>
    <message>
        <source>%1 signing ceremonies</source>
        <translation>%1 lễ ký kết</translation>
    </message>
    <message>
        <source>%1 visit</source>
        <translation>%1 chuyến thăm và làm việc</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 chuyến thăm và làm việc</translation>
    </message>
    <message>
        <source>%1 set of minutes</source>
        <translation>%1 biên bản</translation>
    </message>
    <message>
        <source>%1 sets of minutes</source>
        <translation>%1 biên bản</translation>
    </message>
    <message>
        <source>%1 conclusion</source>
        <translation>%1 kết luận</translation>
    </message>
    <message>
        <source>%1 conclusions</source>
        <translation>%1 kết luận</translation>
    </message>
    <message>
        <source>%1 action item</source>
        <translation>%1 nhiệm vụ</translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation>%1 nhiệm vụ</translation>
    </message>
    <message>
        <source>%1 project</source>
        <translation>%1 dự án</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 dự án</translation>
    </message>
    <message>
        <source>%1 milestone</source>
        <translation>%1 mốc công việc</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>%1 mốc công việc</translation>
    </message>
    <message>
        <source>%1 cooperation agreement</source>
        <translation>%1 thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>%1 cooperation agreements</source>
        <translation>%1 thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>%1 partner</source>
        <translation>%1 đối tác</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>%1 đối tác</translation>
    </message>
    <message>
        <source>%1 volunteer</source>
        <translation>%1 tình nguyện viên</translation>
    </message>
    <message>
        <source>%1 volunteers</source>
        <translation>%1 tình nguyện viên</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>tăng %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>giảm %1</translation>
    </message>
    <message>
        <source>the same as the previous period</source>
        <translation>bằng kỳ trước</translation>
    </message>
    <message>
        <source>up %1 on %2</source>
        <translation>tăng %1 so với %2</translation>
    </message>
    <message>
        <source>down %1 on %2</source>
        <translation>giảm %1 so với %2</translation>
    </message>
    <message>
        <source>the same as in %1</source>
        <translation>bằng %1</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>Sở</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… và %1 mục khác.</translation>
    </message>
    <message>
        <source>In %1, no event was held within the scope of this report%2.</source>
        <translation>Trong %1, không có sự kiện nào được tổ chức trong phạm vi báo cáo%2.</translation>
    </message>
    <message>
        <source>In %1, %2 held %3 with its partners</source>
        <translation>Trong %1, %2 đã phối hợp với các đối tác tổ chức %3</translation>
    </message>
    <message>
        <source>In %1, %2 held %3 with %4</source>
        <translation>Trong %1, %2 đã phối hợp với %4 tổ chức %3</translation>
    </message>
    <message>
        <source>In %1, %2 held %3 with the host unit %4</source>
        <translation>Trong %1, %2 đã phối hợp với đơn vị tiếp nhận %4 tổ chức %3</translation>
    </message>
    <message>
        <source>In %1, under the programme %4, %2 held %3</source>
        <translation>Trong %1, trong khuôn khổ chương trình %4, %2 đã phối hợp tổ chức %3</translation>
    </message>
    <message>
        <source>In %1, under the project %4, %2 held %3</source>
        <translation>Trong %1, trong khuôn khổ dự án %4, %2 đã phối hợp tổ chức %3</translation>
    </message>
    <message>
        <source>, namely %1</source>
        <translation>, gồm: %1</translation>
    </message>
    <message>
        <source>Still to come in the period: %1 scheduled.</source>
        <translation>Ngoài ra, còn %1 đã lên lịch trong kỳ nhưng chưa diễn ra.</translation>
    </message>
    <message>
        <source>The period saw %1 kept and %2 adopted.</source>
        <translation>Đã lập %1, thống nhất %2.</translation>
    </message>
    <message>
        <source>The period saw %1 completed; as of %2 there remained %3 open, %4 of them overdue.</source>
        <translation>Trong kỳ đã hoàn thành %1; đến ngày %2 còn %3 chưa hoàn thành, trong đó %4 quá hạn.</translation>
    </message>
    <message>
        <source>The period saw %1 completed; as of %2 there remained %3 open, none of them overdue.</source>
        <translation>Trong kỳ đã hoàn thành %1; đến ngày %2 còn %3 chưa hoàn thành, không có nhiệm vụ nào quá hạn.</translation>
    </message>
    <message>
        <source>No project ran in the period.</source>
        <translation>Trong kỳ không có dự án nào được triển khai.</translation>
    </message>
    <message>
        <source>The period had %1: %2.</source>
        <translation>Trong kỳ có %1 được triển khai, trong đó: %2.</translation>
    </message>
    <message>
        <source>The period saw %1 reached.</source>
        <translation>Trong kỳ đã hoàn thành %1.</translation>
    </message>
    <message>
        <source>As of %1 no cooperation agreement is in force; signed in the period: %2.</source>
        <translation>Đến ngày %1 không có thỏa thuận hợp tác nào còn hiệu lực; số thỏa thuận ký mới trong kỳ: %2.</translation>
    </message>
    <message>
        <source>In force as of %1: %2, with %3; signed in the period: %4.</source>
        <translation>Đến ngày %1, có %2 còn hiệu lực với %3; số thỏa thuận ký mới trong kỳ: %4.</translation>
    </message>
    <message>
        <source>Ending within %2 days without renewal: %1.</source>
        <translation>Số thỏa thuận sẽ hết hiệu lực trong %2 ngày tới mà chưa được gia hạn: %1.</translation>
    </message>
    <message>
        <source>Working on the projects in the period: %1, of whom %2 arrived in it.</source>
        <translation>Trong kỳ có %1 làm việc tại các dự án; số người mới đến trong kỳ: %2.</translation>
    </message>
    <message>
        <source>Cooperation activities</source>
        <translation>Hoạt động phối hợp</translation>
    </message>
    <message>
        <source>Minutes, conclusions and action items</source>
        <translation>Biên bản, kết luận và nhiệm vụ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Cooperation agreements and partners</source>
        <translation>Thỏa thuận hợp tác và đối tác</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 của %2</translation>
    </message>
    <message>
        <source>%1 of others</source>
        <translation>%1 của các đơn vị, cá nhân khác</translation>
    </message>
    <message>
        <source>%1 with no one in charge</source>
        <translation>%1 chưa giao người thực hiện</translation>
    </message>
    <message>
        <source>Overdue as of %1: %2, of which %3.</source>
        <translation>Đến ngày %1, có %2 quá hạn, trong đó %3.</translation>
    </message>
    <message>
        <source>“%1”: %2, due %3, %4 days late (from %5)</source>
        <translation>“%1”: %2, hạn %3, chậm %4 ngày (theo %5)</translation>
    </message>
    <message>
        <source>no one in charge</source>
        <translation>chưa giao người thực hiện</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Cancelled in the period: %1.</source>
        <translation>Trong kỳ có %1 bị hủy.</translation>
    </message>
    <message>
        <source>Cancelled events</source>
        <translation>Sự kiện bị hủy</translation>
    </message>
    <message>
        <source>Past their end date and not closed: %1.</source>
        <translation>Có %1 đã quá thời hạn kết thúc nhưng chưa được đóng.</translation>
    </message>
    <message>
        <source>%1 %2 (ended %3, %4)</source>
        <translation>%1 %2 (kết thúc ngày %3, %4)</translation>
    </message>
    <message>
        <source>Projects past their end date</source>
        <translation>Dự án quá thời hạn</translation>
    </message>
    <message>
        <source>%1 of the project %2</source>
        <translation>%1 của dự án %2</translation>
    </message>
    <message>
        <source>Past their date and not done: %1, of which %2.</source>
        <translation>Có %1 quá hạn chưa hoàn thành, trong đó %2.</translation>
    </message>
    <message>
        <source>%1: %2 (due %3)</source>
        <translation>%1: %2 (hạn %3)</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>Mốc công việc quá hạn</translation>
    </message>
    <message>
        <source>As of %1 the records show no overdue action item, no cancelled event, no project past its end date and no overdue milestone.</source>
        <translation>Đến ngày %1, số liệu không ghi nhận nhiệm vụ quá hạn, sự kiện bị hủy, dự án quá thời hạn hay mốc công việc quá hạn.</translation>
    </message>
    <message>
        <source>TASKS FOR %1</source>
        <translation>PHƯƠNG HƯỚNG, NHIỆM VỤ %1</translation>
    </message>
    <message>
        <source>In %1, the work ahead is as follows.</source>
        <translation>Trong %1, tập trung thực hiện các nhiệm vụ sau.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>%1 scheduled:</source>
        <translation>Dự kiến tổ chức %1:</translation>
    </message>
    <message>
        <source>No event is scheduled in it yet.</source>
        <translation>Chưa có sự kiện nào được lên lịch.</translation>
    </message>
    <message>
        <source>“%1”: %2, due %3</source>
        <translation>“%1”: %2, hạn %3</translation>
    </message>
    <message>
        <source>%1 falling due, to be finished:</source>
        <translation>Hoàn thành %1 đến hạn:</translation>
    </message>
    <message>
        <source>No open action item falls due in it.</source>
        <translation>Không có nhiệm vụ nào đến hạn trong kỳ.</translation>
    </message>
    <message>
        <source>Also to follow up: the %1 already overdue.</source>
        <translation>Đồng thời đôn đốc hoàn thành %1 đã quá hạn.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Project milestones</source>
        <translation>Mốc công việc của dự án</translation>
    </message>
    <message>
        <source>%1 falling due:</source>
        <translation>Có %1 đến hạn:</translation>
    </message>
    <message>
        <source>PROBLEMS AND THEIR CAUSES</source>
        <translation>TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN</translation>
    </message>
    <message>
        <source>PROPOSALS</source>
        <translation>KIẾN NGHỊ, ĐỀ XUẤT</translation>
    </message>
    <message>
        <source>RESULTS</source>
        <translation>KẾT QUẢ THỰC HIỆN</translation>
    </message>
</context>
<context>
    <name>Stays</name>
    <message>
        <source>new stay</source>
        <translation>thêm phân công</translation>
    </message>
    <message>
        <source>edit stay</source>
        <translation>sửa phân công</translation>
    </message>
    <message>
        <source>Remove stay</source>
        <translation>Xóa phân công</translation>
    </message>
    <message>
        <source>Remove the stay of “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Xóa phân công của “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>remove the stay of “%1”</source>
        <translation>xóa phân công của “%1”</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted partners, contacts, projects and events. Restoring one brings back everything under it (contacts, milestones, events, minutes).</source>
        <translation>Các đối tác, người liên hệ, dự án và sự kiện đã xóa. Khôi phục một bản ghi sẽ khôi phục cả những gì thuộc về nó (người liên hệ, mốc tiến độ, sự kiện, biên bản).</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Lọc theo tên…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Thời điểm xóa</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Người xóa</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Bring the selected records back (Enter)</source>
        <translation>Khôi phục các bản ghi đã chọn (Enter)</translation>
    </message>
    <message>
        <source>restore %1 records</source>
        <translation>khôi phục %1 bản ghi</translation>
    </message>
    <message>
        <source>restore “%1”</source>
        <translation>khôi phục “%1”</translation>
    </message>
</context>
</TS>
