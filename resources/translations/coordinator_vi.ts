<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>Agenda</name>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="12" />
      <source>All day</source>
      <translation>Cả ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="18" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="22" />
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="24" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="26" />
      <source>Title</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="27" />
      <source>Location</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="28" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="29" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/agenda.py" line="31" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="98" />
      <source>Any partner or one of the province's own units; Enter adds it</source>
      <translation>Đối tác bất kỳ hoặc một đơn vị của tỉnh; nhấn Enter để thêm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="105" />
      <source>Type a partner or unit, then Enter…</source>
      <translation>Gõ tên đối tác hoặc đơn vị rồi nhấn Enter…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="108" />
      <source>Add &amp;party</source>
      <translation>Thêm &amp;bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="111" />
      <source>Remove party</source>
      <translation>Bỏ bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="126" />
      <source>e.g. Thỏa thuận hợp tác chiến lược về chuyển đổi số</source>
      <translation>VD: Thỏa thuận hợp tác chiến lược về chuyển đổi số</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="129" />
      <source>e.g. 12/2023/TTHT-VNPT</source>
      <translation>VD: 12/2023/TTHT-VNPT</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="136" />
      <source>from</source>
      <translation>từ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="138" />
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="144" />
      <source>The year the agreement's vision looks to, if any</source>
      <translation>Năm tầm nhìn của thỏa thuận (nếu có)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="146" />
      <source>e.g. e-government; training; smart city</source>
      <translation>VD: chính quyền điện tử; đào tạo; đô thị thông minh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="155" />
      <source>Parties *</source>
      <translation>Các bên tham gia *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="156" />
      <source>&amp;Title *</source>
      <translation>&amp;Tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="157" />
      <source>N&amp;umber</source>
      <translation>&amp;Số hiệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="158" />
      <source>&amp;Signed on</source>
      <translation>&amp;Ngày ký</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="159" />
      <source>Period</source>
      <translation>Thời hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="160" />
      <source>&amp;Vision to the year</source>
      <translation>Tầm nhìn đến &amp;năm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="161" />
      <source>&amp;Fields</source>
      <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="162" />
      <source>N&amp;otes</source>
      <translation>&amp;Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="166" />
      <source>Add commitment</source>
      <translation>Thêm cam kết</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="169" />
      <source>Remove commitment</source>
      <translation>Xóa cam kết</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="177" />
      <source>Double-click or type to edit a cell; dates as dd/mm/yyyy.</source>
      <translation>Nhấp đúp hoặc gõ để sửa ô; ngày viết dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="185" />
      <source>Commitments</source>
      <translation>Cam kết</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="186" />
      <source>Signed copy and files</source>
      <translation>Bản ký và tệp đính kèm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="190" />
      <source>&amp;Renew…</source>
      <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="193" />
      <source>Draft the follow-on agreement: same parties, starting after this one ends</source>
      <translation>Soạn thỏa thuận gia hạn: cùng các bên, bắt đầu sau khi thỏa thuận này hết hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="209" />
      <source>Edit agreement</source>
      <translation>Sửa thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="211" />
      <source>Renew agreement</source>
      <translation>Gia hạn thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="212" />
      <source>New cooperation agreement</source>
      <translation>Thỏa thuận hợp tác mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="217" />
      <source>Attach file…</source>
      <translation>Đính kèm tệp…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="220" />
      <source>Open</source>
      <translation>Chưa thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="223" />
      <source>Remove</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="238" />
      <source>The scanned signed agreement and other files. They are copied into Coordinator's data folder; at most %1 MB per file.</source>
      <translation>Bản quét thỏa thuận đã ký và các tệp khác. Tệp được sao chép vào thư mục dữ liệu của Coordinator; tối đa %1 MB mỗi tệp.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="284" />
      <source>This agreement renews “%1”.</source>
      <translation>Thỏa thuận này gia hạn “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="288" />
      <source>A renewal of “%1”, not saved yet.</source>
      <translation>Gia hạn của “%1”, chưa lưu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="291" />
      <source>Renewed by “%1”.</source>
      <translation>Đã được gia hạn bằng “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="334" />
      <source>Type a name, then choose it from the list.</source>
      <translation>Gõ tên rồi chọn trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="347" />
      <source>Several names hold these words: choose one from the list.</source>
      <translation>Có nhiều tên chứa các từ này: hãy chọn một tên trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="349" />
      <source>No partner or unit has this name; add it in the Partners tab first.</source>
      <translation>Không có đối tác hay đơn vị nào có tên này; hãy thêm ở thẻ Đối tác trước.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="413" />
      <source>Attach the signed agreement</source>
      <translation>Đính kèm bản thỏa thuận đã ký</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="415" />
      <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.docx);;All files (*)</source>
      <translation>Bản quét và văn bản (*.pdf *.jpg *.jpeg *.png *.tif *.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="426" />
      <source>“%1” is larger than %2 MB and was not attached.</source>
      <translation>“%1” lớn hơn %2 MB nên không được đính kèm.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="432" />
      <source>“%1” could not be read.</source>
      <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="443" />
      <source>“%1” could not be opened.</source>
      <translation>Không mở được “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="505" />
      <source>The agreement could not be saved: %1</source>
      <translation>Không lưu được thỏa thuận: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="525" />
      <source>Commitment %1: %2</source>
      <translation>Cam kết %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="539" />
      <source>An agreement has at least two parties: add them from the list.</source>
      <translation>Thỏa thuận phải có ít nhất hai bên: hãy thêm từ danh sách.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="541" />
      <source>The agreement cannot be signed after its period ends.</source>
      <translation>Ngày ký không thể sau ngày hết hạn của thỏa thuận.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="544" />
      <source>Write a year from the start of the agreement on, e.g. 2030 (or leave —).</source>
      <translation>Ghi một năm từ năm bắt đầu thỏa thuận trở đi, VD: 2030 (hoặc để —).</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="547" />
      <source>The agreement this one renews no longer exists.</source>
      <translation>Thỏa thuận được gia hạn không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="549" />
      <source>This date is not plausible; check the year.</source>
      <translation>Ngày này không hợp lý; hãy kiểm tra lại năm.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="554" />
      <source>its party is not one of the agreement's parties.</source>
      <translation>bên thực hiện không phải là một bên của thỏa thuận.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="556" />
      <source>the date cannot be read; write it as dd/mm/yyyy, e.g. 31/12/2026.</source>
      <translation>không đọc được ngày; hãy viết dạng dd/mm/yyyy, VD: 31/12/2026.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/dialog.py" line="558" />
      <source>write what is committed.</source>
      <translation>hãy ghi nội dung cam kết.</translation>
    </message>
  </context>
  <context>
    <name>AgreementFlow</name>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="42" />
      <source>new agreement</source>
      <translation>thêm thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="48" />
      <source>This agreement is no longer there (it may be in the trash).</source>
      <translation>Thỏa thuận này không còn (có thể đã ở thùng rác).</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="52" />
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="60" />
      <source>renew “%1”</source>
      <translation>gia hạn “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="76" />
      <source>Agreement saved. Ctrl+Z undoes it.</source>
      <translation>Đã lưu thỏa thuận. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="100" />
      <source>Delete agreement</source>
      <translation>Xóa thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="101" />
      <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
      <translation>Xóa “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="107" />
      <source>delete agreement “%1”</source>
      <translation>xóa thỏa thuận “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/flow.py" line="112" />
      <source>Agreement deleted. Ctrl+Z brings it back.</source>
      <translation>Đã xóa thỏa thuận. Ctrl+Z để khôi phục.</translation>
    </message>
  </context>
  <context>
    <name>Agreements</name>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="47" />
      <source>Ended</source>
      <translation>Đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="49" />
      <source>Not yet in force</source>
      <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="51" />
      <source>Renewed</source>
      <translation>Đã gia hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="55" />
      <source>Ending soon (%1 days left)</source>
      <translation>Sắp hết hạn (còn %1 ngày)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="58" />
      <source>In force</source>
      <translation>Đang hiệu lực</translation>
    </message>
  </context>
  <context>
    <name>AgreementsDialog</name>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="67" />
      <source>Cooperation agreements</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="78" />
      <source>In force</source>
      <translation>Đang hiệu lực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="79" />
      <source>Ending soon</source>
      <translation>Sắp hết hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="80" />
      <source>Ended</source>
      <translation>Đã hết hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="81" />
      <source>All</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="86" />
      <source>Ending soon: within %1 days (Edit → Preferences)</source>
      <translation>Sắp hết hạn: trong vòng %1 ngày (Chỉnh sửa → Tùy chọn)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="90" />
      <source>Filter by title, number, field or party, e.g. “vnpt” or “dao tao”</source>
      <translation>Lọc theo tên, số hiệu, lĩnh vực hoặc bên tham gia, VD: “vnpt” hoặc “dao tao”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="101" />
      <source>Number</source>
      <translation>Số hiệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="102" />
      <source>Title</source>
      <translation>Tên thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="103" />
      <source>Parties</source>
      <translation>Các bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="104" />
      <source>Signed</source>
      <translation>Ngày ký</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="105" />
      <source>Ends</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="106" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="135" />
      <source>&amp;New…</source>
      <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="137" />
      <location filename="../../coordinator/ui/agreements/window.py" line="233" />
      <source>&amp;Open…</source>
      <translation>&amp;Mở…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="139" />
      <location filename="../../coordinator/ui/agreements/window.py" line="234" />
      <source>&amp;Renew…</source>
      <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="140" />
      <source>Draft the follow-on agreement of the selected one</source>
      <translation>Soạn thỏa thuận gia hạn của thỏa thuận đang chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="142" />
      <location filename="../../coordinator/ui/agreements/window.py" line="236" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="156" />
      <source>Show:</source>
      <translation>Hiển thị:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="184" />
      <location filename="../../coordinator/ui/agreements/window.py" line="193" />
      <source>%1 agreements</source>
      <translation>%1 thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/window.py" line="231" />
      <source>&amp;New agreement…</source>
      <translation>Thêm thỏa thuận &amp;mới…</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../coordinator/text/errors.py" line="32" />
      <source>“%1” is a folder, not a database file. Nothing was changed.</source>
      <translation>“%1” là một thư mục, không phải tệp cơ sở dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="36" />
      <source>“%1” is not an ordinary file (it is a device or a pipe), so it cannot be a database. Nothing was changed.</source>
      <translation>“%1” không phải là tệp thông thường (đó là một thiết bị hoặc một đường ống), nên không thể là cơ sở dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="43" />
      <source>“%1” is read-only (the file, its folder or its disk), so nothing can be saved in it. The file has not been changed.</source>
      <translation>Tệp “%1” ở chế độ chỉ đọc (do quyền của tệp, của thư mục chứa tệp, hoặc do ổ đĩa), nên không lưu được gì vào đó. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="50" />
      <source>The tables of “%1” are not those of its version (%2): %3. The file has not been changed.</source>
      <translation>Các bảng của “%1” không đúng với phiên bản cấu trúc của tệp (%2): %3. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="62" />
      <source>“%1” was saved by a newer version of Coordinator. Install the newer version to open it. The file has not been changed.</source>
      <translation>Tệp “%1” được lưu bởi phiên bản Coordinator mới hơn. Hãy cài phiên bản mới hơn để mở tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="68" />
      <source>“%1” is not a Coordinator database. The file has not been changed.</source>
      <translation>Tệp “%1” không phải là cơ sở dữ liệu Coordinator. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="72" />
      <source>“%1” is damaged and cannot be opened safely. Restore it from a backup in the “backups” folder beside it. The file has not been changed.</source>
      <translation>Tệp “%1” bị hỏng, không thể mở an toàn. Hãy khôi phục từ bản sao lưu trong thư mục “backups” bên cạnh tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="78" />
      <source>“%1” must be upgraded to this version of Coordinator, which cannot be done while it is open read-only. The file has not been changed.</source>
      <translation>“%1” cần được nâng cấp lên phiên bản Coordinator này, việc đó không làm được khi tệp đang mở ở chế độ chỉ đọc. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="85" />
      <source>“%1” could not be upgraded to this version of Coordinator: the upgrade stopped at revision %2. The file has not been changed; a backup taken before the upgrade is in the “backups” folder beside it.</source>
      <translation>Không nâng cấp được tệp “%1” lên phiên bản Coordinator này: quá trình nâng cấp dừng ở bước %2. Tệp chưa bị thay đổi; bản sao lưu tạo trước khi nâng cấp nằm trong thư mục “backups” bên cạnh tệp.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="200" />
      <source>The database file is busy — another window or command is writing to it; try again in a moment.</source>
      <translation>Tệp cơ sở dữ liệu đang bận — một cửa sổ hoặc lệnh khác đang ghi vào tệp; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="206" />
      <source>The disk holding the database is full, so nothing was saved. Free some space and try again.</source>
      <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy nên chưa lưu được gì. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="212" />
      <source>The database is open read-only, or its file cannot be written here, so nothing was saved.</source>
      <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, hoặc không ghi được vào tệp ở vị trí này, nên chưa lưu được gì.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="218" />
      <source>The database file could not be read or written (the disk or the network failed), so nothing was saved. Check the drive and try again.</source>
      <translation>Không đọc hoặc ghi được tệp cơ sở dữ liệu (lỗi ổ đĩa hoặc mạng) nên chưa lưu được gì. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="224" />
      <source>The database file is damaged, so nothing was saved. Close Coordinator and restore it from a backup in the “backups” folder beside it.</source>
      <translation>Tệp cơ sở dữ liệu bị hỏng nên chưa lưu được gì. Hãy đóng Coordinator và khôi phục từ bản sao lưu trong thư mục “backups” bên cạnh tệp.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="95" />
      <source>“%1” could not be opened: %2</source>
      <translation>Không mở được tệp “%1”: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="88" />
      <location filename="../../coordinator/app.py" line="105" />
      <location filename="../../coordinator/app.py" line="144" />
      <location filename="../../coordinator/app.py" line="242" />
      <location filename="../../coordinator/app.py" line="267" />
      <source>Open database</source>
      <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="195" />
      <source>“%1” is on a network drive. Two computers writing the same database over the network can damage it, so Coordinator will open it read-only. Copy the file to this computer to work on it.</source>
      <translation>“%1” nằm trên ổ mạng. Hai máy cùng ghi một cơ sở dữ liệu qua mạng có thể làm hỏng tệp, nên Coordinator sẽ mở ở chế độ chỉ đọc. Hãy chép tệp về máy này để làm việc.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="202" />
      <source>You are not allowed to change “%1” or its folder, so Coordinator will open it read-only.</source>
      <translation>Bạn không có quyền sửa “%1” hoặc thư mục chứa nó, nên Coordinator sẽ mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="209" />
      <source>Open read-only</source>
      <translation>Mở chỉ đọc</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="219" />
      <source>Database in use</source>
      <translation>Cơ sở dữ liệu đang được sử dụng</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="221" />
      <source>“%1” is already open in Coordinator by %2 on computer %3 (since %4). Open it read-only? You can read everything but save nothing.</source>
      <translation>“%1” đang được %2 mở bằng Coordinator trên máy %3 (từ %4). Mở ở chế độ chỉ đọc? Bạn xem được mọi thứ nhưng không lưu được gì.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="250" />
      <source>Restore the backup of %1</source>
      <translation>Khôi phục bản sao lưu lúc %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="256" />
      <source>Open another file…</source>
      <translation>Mở tệp khác…</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="269" />
      <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
      <translation>Cơ sở dữ liệu Coordinator (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="317" />
      <location filename="../../coordinator/app.py" line="346" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="624" />
      <location filename="../../coordinator/app.py" line="348" />
      <source>“%1” is not a usable backup, and nothing was changed: %2</source>
      <translation>“%1” không phải bản sao lưu dùng được; chưa có gì bị thay đổi: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="321" />
      <source>The backup could not be restored: %1</source>
      <translation>Không khôi phục được bản sao lưu: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="292" />
      <source>Checking the backup…</source>
      <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="332" />
      <source>Restored from the backup of %1.</source>
      <translation>Đã khôi phục từ bản sao lưu lúc %1.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="337" />
      <source>The replaced file is kept as %1.</source>
      <translation>Tệp bị thay thế được giữ lại với tên %1.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="365" />
      <source>The daily backup failed; see the log.</source>
      <translation>Sao lưu hằng ngày không thành công; xem nhật ký.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="373" />
      <source>Daily backup made.</source>
      <translation>Đã sao lưu hằng ngày.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="396" />
      <source>Welcome to Coordinator</source>
      <translation>Chào mừng đến với Coordinator</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="397" />
      <source>This database is empty. Load the demo data (the volunteer corps' mission, the agreements and the twinning programme) to try Coordinator out?</source>
      <translation>Cơ sở dữ liệu đang trống. Nạp dữ liệu mẫu (đoàn chuyên gia tình nguyện, các thỏa thuận hợp tác và chương trình kết nghĩa) để dùng thử Coordinator?</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="408" />
      <source>Demo data loaded.</source>
      <translation>Đã nạp dữ liệu mẫu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="490" />
      <source>Read-only</source>
      <translation>Chỉ đọc</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="491" />
      <source>This database is open read-only, so the change was not saved. What you typed is still in the form.</source>
      <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc nên thay đổi chưa được lưu. Nội dung bạn đã nhập vẫn còn trong biểu mẫu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="501" />
      <source>Database file</source>
      <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="507" />
      <source>Unexpected error</source>
      <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
      <location filename="../../coordinator/app.py" line="508" />
      <source>Something went wrong inside Coordinator. Your saved data is safe. The details were written to %1.</source>
      <translation>Đã xảy ra lỗi bên trong Coordinator. Dữ liệu đã lưu vẫn an toàn. Chi tiết lỗi được ghi vào %1.</translation>
    </message>
  </context>
  <context>
    <name>AssignmentDialog</name>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="48" />
      <source>Edit stay</source>
      <translation>Sửa phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="48" />
      <source>New stay</source>
      <translation>Phân công mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="51" />
      <source>(choose a person)</source>
      <translation>(chọn cá nhân)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="52" />
      <source>(choose a project)</source>
      <translation>(chọn dự án)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="56" />
      <source>e.g. Chuyên gia tư vấn dữ liệu</source>
      <translation>Ví dụ: Chuyên gia tư vấn dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="63" />
      <source>&amp;Person *</source>
      <translation>&amp;Cá nhân *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="64" />
      <source>P&amp;roject *</source>
      <translation>&amp;Dự án *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="65" />
      <source>&amp;Arrives on</source>
      <translation>&amp;Ngày đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="66" />
      <source>&amp;Departs on</source>
      <translation>Ngày đ&amp;i</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="67" />
      <source>R&amp;ole</source>
      <translation>&amp;Vai trò</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="114" />
      <source>⚠ This stay reaches outside the project's dates (%1). It can be saved.</source>
      <translation>⚠ Thời gian lưu trú vượt ra ngoài thời gian của dự án (%1). Vẫn có thể lưu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="154" />
      <source>This person already stays on this project over some of these days.</source>
      <translation>Người này đã được phân công vào dự án này trong một số ngày của khoảng thời gian này.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stay_dialog.py" line="161" />
      <source>The stay could not be saved: %1</source>
      <translation>Không lưu được phân công: %1</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="27" />
      <source>daily, on start</source>
      <translation>hằng ngày, khi khởi động</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="29" />
      <source>made by hand</source>
      <translation>sao lưu thủ công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="31" />
      <source>before an import</source>
      <translation>trước khi nhập lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="33" />
      <source>before an upgrade</source>
      <translation>trước khi nâng cấp</translation>
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="30" />
      <source>Mon</source>
      <translation>Thứ Hai</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="31" />
      <source>Tue</source>
      <translation>Thứ Ba</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="32" />
      <source>Wed</source>
      <translation>Thứ Tư</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="33" />
      <source>Thu</source>
      <translation>Thứ Năm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="34" />
      <source>Fri</source>
      <translation>Thứ Sáu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="35" />
      <source>Sat</source>
      <translation>Thứ Bảy</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/style.py" line="36" />
      <source>Sun</source>
      <translation>Chủ nhật</translation>
    </message>
  </context>
  <context>
    <name>CalendarTab</name>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="105" />
      <source>Today</source>
      <translation>Hôm nay</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="106" />
      <source>Go to today (Ctrl+T)</source>
      <translation>Về ngày hôm nay (Ctrl+T)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="111" />
      <source>Previous (Ctrl+PgUp)</source>
      <translation>Trước (Ctrl+PgUp)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="116" />
      <source>Next (Ctrl+PgDown)</source>
      <translation>Sau (Ctrl+PgDown)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="128" />
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="128" />
      <source>Week</source>
      <translation>Tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="128" />
      <source>Agenda</source>
      <translation>Danh sách</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="141" />
      <source>All kinds</source>
      <translation>Mọi loại hình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="148" />
      <source>All projects</source>
      <translation>Tất cả dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="149" />
      <source>All host units</source>
      <translation>Mọi đơn vị tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="150" />
      <source>Everyone</source>
      <translation>Tất cả mọi người</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="151" />
      <source>Show one person's events: a volunteer's week</source>
      <translation>Chỉ xem lịch của một người, ví dụ tuần làm việc của một tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="155" />
      <source>Show all</source>
      <translation>Hiện tất cả</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="156" />
      <source>Clear the calendar's filters</source>
      <translation>Bỏ các bộ lọc của lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="163" />
      <source>Filter the agenda by title or place</source>
      <translation>Lọc danh sách theo tên sự kiện hoặc địa điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="215" />
      <source>Show:</source>
      <translation>Hiển thị:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="341" />
      <source>Month %1/%2</source>
      <translation>Tháng %1/%2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/calendar/tab.py" line="347" />
      <source>%n event(s) this month</source>
      <translation>
        <numerusform>%n sự kiện trong tháng</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/calendar/tab.py" line="359" />
      <source>%n event(s) this week</source>
      <translation>
        <numerusform>%n sự kiện trong tuần</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="365" />
      <source>From %1</source>
      <translation>Từ ngày %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/calendar/tab.py" line="367" />
      <source>%n event(s) from this day on</source>
      <translation>
        <numerusform>%n sự kiện từ ngày này trở đi</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="373" />
      <source>Work calendar</source>
      <translation>Lịch công tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="376" />
      <source>Agenda from %1</source>
      <translation>Lịch công tác từ ngày %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="400" />
      <source>Select an event in the agenda to delete it.</source>
      <translation>Hãy chọn sự kiện trong danh sách để xóa.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="407" />
      <source>Delete event</source>
      <translation>Xóa sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="408" />
      <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
      <translation>Xóa “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="413" />
      <source>Delete a repeating event</source>
      <translation>Xóa sự kiện lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="419" />
      <source>delete one occurrence</source>
      <translation>xóa một lần của sự kiện lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="420" />
      <source>Occurrence deleted. Ctrl+Z brings it back.</source>
      <translation>Đã xóa lần này. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="425" />
      <source>delete event “%1”</source>
      <translation>xóa sự kiện “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="430" />
      <source>Event deleted. Ctrl+Z brings it back.</source>
      <translation>Đã xóa sự kiện. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="456" />
      <source>This event repeats. Change only this occurrence, or the whole series?</source>
      <translation>Sự kiện này lặp lại. Chỉ thay đổi lần này hay cả chuỗi?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="458" />
      <source>&amp;Only this one</source>
      <translation>&amp;Chỉ lần này</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="459" />
      <source>The &amp;whole series</source>
      <translation>Cả &amp;chuỗi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="485" />
      <source>Open a repeating event</source>
      <translation>Mở sự kiện lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="501" />
      <source>Not moved: this database is open read-only.</source>
      <translation>Chưa dời lịch: cơ sở dữ liệu đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="509" />
      <source>Move a repeating event</source>
      <translation>Dời sự kiện lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="539" />
      <source>move “%1”</source>
      <translation>dời “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="541" />
      <source>Moved to %1. Ctrl+Z moves it back.</source>
      <translation>Đã dời sang %1. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="543" />
      <source>It has scheduling warnings; open it to see them.</source>
      <translation>Sự kiện có cảnh báo về lịch; mở sự kiện để xem.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="552" />
      <source>This event no longer exists.</source>
      <translation>Sự kiện này không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="573" />
      <source>edit event</source>
      <translation>sửa sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="574" />
      <source>Event saved. Ctrl+Z undoes the change.</source>
      <translation>Đã lưu sự kiện. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="584" />
      <source>&amp;New event…</source>
      <translation>Thêm &amp;sự kiện…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="587" />
      <location filename="../../coordinator/ui/calendar/tab.py" line="596" />
      <source>&amp;Open…</source>
      <translation>&amp;Mở…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="588" />
      <location filename="../../coordinator/ui/calendar/tab.py" line="597" />
      <source>Record &amp;minutes…</source>
      <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/tab.py" line="589" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <location filename="../../coordinator/cli.py" line="37" />
      <source>Coordinator: partners, projects and consultations of a cooperation programme. Without a command, opens the window.</source>
      <translation>Coordinator: đối tác, dự án và các buổi tư vấn của chương trình hợp tác. Không kèm lệnh thì mở cửa sổ ứng dụng.</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="43" />
      <source>database file</source>
      <translation>tệp cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="44" />
      <source>language of the messages and documents: vi (default) or en</source>
      <translation>ngôn ngữ của thông báo và văn bản: vi (mặc định) hoặc en</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="47" />
      <location filename="../../coordinator/cli.py" line="86" />
      <location filename="../../coordinator/cli.py" line="101" />
      <location filename="../../coordinator/cli.py" line="106" />
      <location filename="../../coordinator/cli.py" line="118" />
      <source>FILE</source>
      <translation>TỆP</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="58" />
      <source>show the version and exit</source>
      <translation>hiện phiên bản rồi thoát</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="62" />
      <source>COMMAND</source>
      <translation>LỆNH</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="70" />
      <source>create a new, empty database (and its folders)</source>
      <translation>tạo cơ sở dữ liệu mới, trống (cùng các thư mục của nó)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="74" />
      <source>fill a new, empty database with demo data</source>
      <translation>nạp dữ liệu mẫu vào cơ sở dữ liệu mới, trống</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="77" />
      <source>report integrity and schema version</source>
      <translation>kiểm tra tính toàn vẹn và phiên bản cấu trúc dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="81" />
      <source>back up the database and its attachments</source>
      <translation>sao lưu cơ sở dữ liệu và các tệp đính kèm</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="87" />
      <source>copy the database to this file instead of the backups folder</source>
      <translation>chép cơ sở dữ liệu vào tệp này thay vì thư mục backups</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="93" />
      <source>replace the database by a backup (checked first)</source>
      <translation>thay cơ sở dữ liệu bằng một bản sao lưu (được kiểm tra trước)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="102" />
      <source>backup file to restore (default: newest good)</source>
      <translation>tệp sao lưu cần khôi phục (mặc định: bản tốt mới nhất)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="157" />
      <source>export events to an .ics file</source>
      <translation>xuất sự kiện ra tệp .ics</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="164" />
      <source>.ics file to write</source>
      <translation>tệp .ics cần ghi</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="169" />
      <source>PERSON</source>
      <translation>CÁ_NHÂN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="170" />
      <source>only the events this person takes part in</source>
      <translation>chỉ các sự kiện có cá nhân này tham dự</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="174" />
      <location filename="../../coordinator/cli.py" line="254" />
      <source>UNIT</source>
      <translation>ĐƠN_VỊ</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="175" />
      <source>only the events of this host unit</source>
      <translation>chỉ các sự kiện của đơn vị tiếp nhận này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="179" />
      <location filename="../../coordinator/cli.py" line="249" />
      <source>CODE</source>
      <translation>MÃ_DỰ_ÁN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="180" />
      <source>only the events of the project with this code</source>
      <translation>chỉ các sự kiện của dự án có mã này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="184" />
      <source>DD/MM/YYYY</source>
      <translation>NN/TT/NNNN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="185" />
      <source>first day, DD/MM/YYYY</source>
      <translation>ngày đầu, dạng NN/TT/NNNN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="186" />
      <source>last day, DD/MM/YYYY</source>
      <translation>ngày cuối, dạng NN/TT/NNNN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="187" />
      <source>print JSON instead of text</source>
      <translation>in ra JSON thay vì văn bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="188" />
      <source>the file to write; its ending chooses the format</source>
      <translation>tệp cần ghi; phần đuôi tên tệp quyết định định dạng</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="193" />
      <source>list double bookings and scheduling warnings</source>
      <translation>liệt kê các trường hợp trùng lịch và cảnh báo về lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="200" />
      <source>list open action items and commitments, due first, and agreements ending soon</source>
      <translation>liệt kê nhiệm vụ và cam kết chưa hoàn thành (theo hạn) cùng các thỏa thuận hợp tác sắp hết hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="208" />
      <source>only those past their due date</source>
      <translation>chỉ những mục đã quá hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="212" />
      <source>OWNER</source>
      <translation>NGƯỜI_PHỤ_TRÁCH</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="213" />
      <source>only those of this person or unit</source>
      <translation>chỉ những mục của cá nhân hoặc đơn vị này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="218" />
      <source>write an event's minutes as PDF or Word</source>
      <translation>xuất biên bản của một sự kiện ra PDF hoặc Word</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="224" />
      <source>ID</source>
      <translation>MÃ_SỐ</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="225" />
      <source>the event's id</source>
      <translation>mã số của sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="232" />
      <source>write a status report as PDF, Word or Excel</source>
      <translation>xuất báo cáo tình hình ra PDF, Word hoặc Excel</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="239" />
      <source>PARTNER</source>
      <translation>ĐỐI_TÁC</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="240" />
      <source>only this partner</source>
      <translation>chỉ đối tác này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="244" />
      <source>PROGRAMME</source>
      <translation>CHƯƠNG_TRÌNH</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="245" />
      <source>only this programme</source>
      <translation>chỉ chương trình này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="250" />
      <source>only the project with this code</source>
      <translation>chỉ dự án có mã này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="255" />
      <source>only this host unit</source>
      <translation>chỉ đơn vị tiếp nhận này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="259" />
      <source>SECTIONS</source>
      <translation>PHẦN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="260" />
      <source>comma-separated sections to include (default all):</source>
      <translation>các phần cần đưa vào, cách nhau bằng dấu phẩy (mặc định: tất cả):</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="665" />
      <source>%1: %2 events added, %3 updated, %4 unchanged, %5 people added, %6 skipped</source>
      <translation>%1: thêm %2 sự kiện, cập nhật %3, %4 không đổi, thêm %5 cá nhân, bỏ qua %6</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="296" />
      <source>usage: </source>
      <translation>cách dùng: </translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="109" />
      <source>import events from an .ics file, or a list of partners, people or stays from an Excel (.xlsx) or CSV file</source>
      <translation>nhập sự kiện từ tệp .ics, hoặc danh sách đối tác, cá nhân hay thời gian làm việc từ tệp Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="119" />
      <source>an .ics, .xlsx or .csv file</source>
      <translation>tệp .ics, .xlsx hoặc .csv</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="125" />
      <source>what the spreadsheet lists (needed for .xlsx and .csv)</source>
      <translation>tệp liệt kê gì (bắt buộc với .xlsx và .csv)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="131" />
      <source>NAME</source>
      <translation>TÊN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="132" />
      <source>the workbook's sheet (default: the first)</source>
      <translation>trang tính của sổ tính (mặc định: trang đầu tiên)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="137" />
      <source>HEADER=FIELD,…</source>
      <translation>TIÊU_ĐỀ=TRƯỜNG,…</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="138" />
      <source>which field a column fills, where its header is not recognised (FIELD - leaves the column out)</source>
      <translation>cột nào điền vào trường nào, khi tiêu đề của cột không được nhận ra (TRƯỜNG là - thì bỏ qua cột)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="147" />
      <source>say what would happen, write nothing</source>
      <translation>chỉ cho biết sẽ làm gì, không ghi gì</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="152" />
      <source>import the good rows when some cannot be read, and list the others</source>
      <translation>khi có dòng không đọc được, vẫn nhập các dòng tốt và liệt kê các dòng bị bỏ qua</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="297" />
      <source>positional arguments</source>
      <translation>tham số vị trí</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="298" />
      <source>options</source>
      <translation>tùy chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="299" />
      <source>show this help and exit</source>
      <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="302" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="305" />
      <source>unrecognized arguments: %s</source>
      <translation>tham số không hợp lệ: %s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="308" />
      <source>not allowed with argument %s</source>
      <translation>không được dùng cùng tham số %s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="311" />
      <source>ignored explicit argument %r</source>
      <translation>giá trị %r không dùng được cho tùy chọn này</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="314" />
      <source>the following arguments are required: %s</source>
      <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="317" />
      <source>one of the arguments %s is required</source>
      <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="320" />
      <source>expected one argument</source>
      <translation>cần đúng một giá trị</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="321" />
      <source>expected at most one argument</source>
      <translation>cần nhiều nhất một giá trị</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="324" />
      <source>expected at least one argument</source>
      <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="327" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>tùy chọn không rõ: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="330" />
      <source>unexpected option string: %s</source>
      <translation>tùy chọn không mong đợi: %s</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="333" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>giá trị không hợp lệ (%(type)s): %(value)r</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="336" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="361" />
      <source>%1: error: %2</source>
      <translation>%1: lỗi: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="421" />
      <source>%1: no such file; “%2” makes a new, empty database</source>
      <translation>%1: không có tệp này; lệnh “%2” tạo một cơ sở dữ liệu mới, trống</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="432" />
      <source>%1 already exists; init makes only a new database</source>
      <translation>%1 đã có; lệnh init chỉ tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="457" />
      <source>%1 could not be created: %2</source>
      <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="468" />
      <source>new, empty database created at %1</source>
      <translation>Đã tạo cơ sở dữ liệu mới, trống tại %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="493" />
      <source>%1 already holds data; demo data goes only into an empty database</source>
      <translation>%1 đã có dữ liệu; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="502" />
      <source>demo data loaded into %1</source>
      <translation>Đã nạp dữ liệu mẫu vào %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="523" />
      <source>%1: integrity check failed: %2</source>
      <translation>%1: kiểm tra tính toàn vẹn không đạt: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="535" />
      <source>%1: the tables do not match schema %2: %3</source>
      <translation>%1: các bảng không khớp với cấu trúc dữ liệu %2: %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="544" />
      <source>%1: ok, schema %2 (this app: %3)</source>
      <translation>%1: tốt, cấu trúc dữ liệu %2 (ứng dụng này: %3)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="557" />
      <source>the backup must be a different file from the database</source>
      <translation>bản sao lưu phải là một tệp khác với cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="570" />
      <source>backup written to %1</source>
      <translation>Đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="591" />
      <source>%1: no good backup found in %2</source>
      <translation>%1: không tìm thấy bản sao lưu dùng được trong %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="605" />
      <source>%1: in use by %2 on computer %3 (since %4); close Coordinator there first</source>
      <translation>%1: đang được %2 dùng trên máy %3 (từ %4); hãy đóng Coordinator ở máy đó trước</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="637" />
      <source>%1 restored from %2; the previous file is kept as %3</source>
      <translation>Đã khôi phục %1 từ %2; tệp trước đó được giữ lại là %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="644" />
      <source>%1 restored from %2</source>
      <translation>Đã khôi phục %1 từ %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="679" />
      <source>skipped %1 “%2”: %3</source>
      <translation>bỏ qua %1 “%2”: %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="701" />
      <source>%1: say what the file lists with --as partners, people or stays</source>
      <translation>%1: hãy cho biết tệp liệt kê gì bằng --as partners (đối tác), people (cá nhân) hoặc stays (thời gian làm việc)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="709" />
      <source>%1: a CSV file has no sheets</source>
      <translation>%1: tệp CSV không có trang tính</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="717" />
      <source>%1 cannot be imported: %2</source>
      <translation>Không nhập được %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="731" />
      <source>%1: --map %2</source>
      <translation>%1: --map %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="742" />
      <source>%1: sheet “%2” has no column %3; choose the sheet with --sheet (the workbook's sheets: %4), or name the column with --map</source>
      <translation>%1: trang tính “%2” không có cột %3; hãy chọn trang tính bằng --sheet (các trang tính của sổ: %4), hoặc chỉ rõ cột bằng --map</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="756" />
      <source>%1: sheet “%2” has no rows under its header; choose the sheet with --sheet (the workbook's sheets: %3)</source>
      <translation>%1: trang tính “%2” không có dòng nào dưới dòng tiêu đề; hãy chọn trang tính bằng --sheet (các trang tính của sổ: %3)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="769" />
      <source>%1: no column is %2 (headers of row %3: %4); name it with --map</source>
      <translation>%1: không có cột nào là %2 (tiêu đề ở dòng %3: %4); hãy chỉ rõ bằng --map</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="784" />
      <source>%1: %2 rows cannot be read, so nothing was written (--skip-bad imports the others):</source>
      <translation>%1: %2 dòng không đọc được nên chưa ghi gì (dùng --skip-bad để nhập các dòng còn lại):</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="798" />
      <source>row %1 “%2” was added, but %3</source>
      <translation>dòng %1 “%2” đã được thêm, nhưng %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="808" />
      <source>%1 (dry run, nothing written): %2 to add, %3 to merge, %4 already there, %5 to skip</source>
      <translation>%1 (chạy thử, chưa ghi gì): thêm %2, gộp %3, đã có %4, bỏ qua %5</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="829" />
      <source>%1: a record changed while the file was imported; nothing was written. Run the import again.</source>
      <translation>%1: có hồ sơ bị thay đổi trong lúc nhập tệp nên chưa ghi gì. Hãy nhập lại.</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="840" />
      <source>%1: %2 added, %3 merged, %4 already there, %5 skipped</source>
      <translation>%1: đã thêm %2, đã gộp %3, đã có %4, bỏ qua %5</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="851" />
      <source> (and with them %1 partners and %2 people not listed before)</source>
      <translation> (kèm theo đó thêm %1 đối tác và %2 cá nhân chưa có trước đây)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="858" />
      <source>skipped: %1</source>
      <translation>bỏ qua: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="888" />
      <source>%1 matches several: %2; be more precise</source>
      <translation>%1 khớp với nhiều mục: %2; hãy ghi cụ thể hơn</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="900" />
      <source>no project with code %1</source>
      <translation>không có dự án nào có mã %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="917" />
      <source>no person named %1</source>
      <translation>không có cá nhân nào tên %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="928" />
      <location filename="../../coordinator/cli.py" line="1186" />
      <source>no host unit named %1</source>
      <translation>không có đơn vị tiếp nhận nào tên %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="943" />
      <source>%1 events written to %2</source>
      <translation>Đã ghi %1 sự kiện vào %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="959" />
      <source>no events</source>
      <translation>không có sự kiện nào</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="962" />
      <source>--to comes before --from</source>
      <translation>--to đứng trước --from</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1001" />
      <source>CONFLICT</source>
      <translation>TRÙNG LỊCH</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1002" />
      <source>warning</source>
      <translation>cảnh báo</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1013" />
      <source>%1 events with %2 conflicts and %3 warnings</source>
      <translation>%1 sự kiện, %2 trường hợp trùng lịch và %3 cảnh báo</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1041" />
      <source>no owner named %1</source>
      <translation>không có người hoặc đơn vị thực hiện nào tên %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1093" />
      <source>AGREEMENT ENDING %1 (in %2 days)</source>
      <translation>THỎA THUẬN HẾT HẠN %1 (còn %2 ngày)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1094" />
      <source>OVERDUE</source>
      <translation>QUÁ HẠN</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1095" />
      <source>no owner</source>
      <translation>chưa giao cho ai</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1110" />
      <source>%1 agreements ending within %2 days</source>
      <translation>%1 thỏa thuận hợp tác hết hạn trong vòng %2 ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1115" />
      <source>%1 items</source>
      <translation>%1 mục</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1124" />
      <source>%1: the file must end in .pdf or .docx</source>
      <translation>%1: tên tệp phải có đuôi .pdf hoặc .docx</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1137" />
      <source>no event with id %1</source>
      <translation>không có sự kiện nào mang mã số %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1150" />
      <source>%1: minutes of “%2” written</source>
      <translation>%1: đã ghi biên bản của “%2”</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1169" />
      <source>no programme named %1</source>
      <translation>không có chương trình nào tên %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1188" />
      <source>no partner named %1</source>
      <translation>không có đối tác nào tên %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1215" />
      <source>%1: the file must end in .pdf, .docx or .xlsx</source>
      <translation>%1: tên tệp phải có đuôi .pdf, .docx hoặc .xlsx</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1223" />
      <source>the period must end on or after its first day</source>
      <translation>ngày cuối của kỳ phải từ ngày đầu trở đi</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1234" />
      <source>unknown sections %1; choose among %2</source>
      <translation>không có phần %1; chọn trong số %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1237" />
      <source>(none)</source>
      <translation>(trống)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1264" />
      <source>%1: status report %2–%3 written (%4: %5 projects, %6 events held, %7 action items overdue)</source>
      <translation>%1: đã ghi báo cáo tình hình %2–%3 (%4: %5 dự án, %6 sự kiện đã diễn ra, %7 nhiệm vụ quá hạn)</translation>
    </message>
    <message>
      <location filename="../../coordinator/cli.py" line="1272" />
      <source>everything</source>
      <translation>toàn bộ</translation>
    </message>
  </context>
  <context>
    <name>CommitmentTable</name>
    <message>
      <location filename="../../coordinator/ui/agreements/commitments.py" line="85" />
      <source>Party</source>
      <translation>Bên thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/commitments.py" line="86" />
      <source>Commitment *</source>
      <translation>Cam kết *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/commitments.py" line="87" />
      <source>Due (dd/mm/yyyy)</source>
      <translation>Hạn (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/commitments.py" line="88" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/commitments.py" line="89" />
      <source>Done on</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/commitments.py" line="106" />
      <source>(no party)</source>
      <translation>(không ghi bên)</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../coordinator/text/dates.py" line="16" />
      <source>“%1”: the year must be between %2 and %3.</source>
      <translation>“%1”: năm phải nằm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/dates.py" line="22" />
      <source>“%1” is not a day of the calendar.</source>
      <translation>“%1” không phải là một ngày có thật trên lịch.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/dates.py" line="25" />
      <source>“%1” is not a date: write dd/mm/yyyy (15/05/2026 or 5/5/26).</source>
      <translation>“%1” không phải là ngày: hãy ghi theo dạng dd/mm/yyyy (15/05/2026 hoặc 5/5/26).</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/dates.py" line="29" />
      <source>Type a date (dd/mm/yyyy).</source>
      <translation>Hãy nhập ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/dates.py" line="111" />
      <location filename="../../coordinator/ui/common/dates.py" line="289" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/dates.py" line="114" />
      <location filename="../../coordinator/ui/common/dates.py" line="209" />
      <source>Type dd/mm/yyyy or d/m/yy; Alt+Down opens the calendar</source>
      <translation>Nhập dd/mm/yyyy hoặc d/m/yy; Alt+Mũi tên xuống để mở lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/dates.py" line="121" />
      <source>Choose the day on a calendar (Alt+Down)</source>
      <translation>Chọn ngày trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/dates.py" line="330" />
      <source>HH:mm</source>
      <translation>HH:mm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/dates.py" line="333" />
      <source>Type the time as 09:30, 9:30 or 9h30</source>
      <translation>Nhập giờ theo dạng 09:30, 9:30 hoặc 9h30</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/dates.py" line="377" />
      <source>“%1” is not a time: write HH:mm (09:30).</source>
      <translation>“%1” không phải là giờ: hãy ghi theo dạng HH:mm (09:30).</translation>
    </message>
  </context>
  <context>
    <name>DoneDialog</name>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="119" />
      <source>Mark as done</source>
      <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="125" />
      <source>Done on:</source>
      <translation>Ngày hoàn thành:</translation>
    </message>
  </context>
  <context>
    <name>EndingAgreements</name>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="40" />
      <source>Ends on</source>
      <translation>Ngày kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="40" />
      <source>Agreement</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="40" />
      <source>Parties</source>
      <translation>Các bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="51" />
      <source>Open &amp;agreement</source>
      <translation>Mở &amp;thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="54" />
      <source>Re&amp;new…</source>
      <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="56" />
      <source>Draft the follow-on agreement of the selected one</source>
      <translation>Soạn thỏa thuận gia hạn của thỏa thuận đang chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="72" />
      <source>Agreements ending within %1 days: %2</source>
      <translation>Thỏa thuận hết hạn trong vòng %1 ngày: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="76" />
      <source>%1 (in %2 days)</source>
      <translation>%1 (còn %2 ngày)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/agreements/ending.py" line="93" />
      <source>Agreement “%1” ends on %2</source>
      <translation>Thỏa thuận “%1” hết hạn ngày %2</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="103" />
      <source>Edit the occurrence of %1</source>
      <translation>Sửa lần diễn ra ngày %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="106" />
      <source>Edit event</source>
      <translation>Sửa sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="106" />
      <source>New event</source>
      <translation>Sự kiện mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="118" />
      <source>e.g. Consultation on the open data platform</source>
      <translation>ví dụ: Tư vấn về nền tảng dữ liệu mở</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="119" />
      <source>All day</source>
      <translation>Cả ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="131" />
      <source>Type to find a room, diacritics optional; or write any other place</source>
      <translation>Gõ để tìm phòng họp, có dấu hay không dấu đều được; hoặc ghi một địa điểm bất kỳ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="136" />
      <source>A room, or any place</source>
      <translation>Phòng họp, hoặc địa điểm khác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="145" />
      <source>(no project)</source>
      <translation>(không gắn dự án)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="146" />
      <source>(no partner)</source>
      <translation>(không gắn đối tác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="147" />
      <source>(no host unit)</source>
      <translation>(không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="149" />
      <source>Find a person…</source>
      <translation>Tìm người…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="178" />
      <source>&amp;Kind</source>
      <translation>&amp;Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="179" />
      <source>&amp;Title *</source>
      <translation>&amp;Tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="183" />
      <source>&amp;Starts</source>
      <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="184" />
      <source>&amp;Ends</source>
      <translation>&amp;Kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="186" />
      <source>&amp;Repeat</source>
      <translation>&amp;Lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="193" />
      <source>&amp;Location</source>
      <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="194" />
      <source>Stat&amp;us</source>
      <translation>Tr&amp;ạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="195" />
      <source>&amp;Project</source>
      <translation>&amp;Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="196" />
      <source>P&amp;artner</source>
      <translation>Đối &amp;tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="197" />
      <source>&amp;Host unit</source>
      <translation>Đơn vị &amp;tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="205" />
      <source>Pa&amp;rticipants</source>
      <translation>Thành &amp;phần tham dự</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="206" />
      <source>N&amp;otes</source>
      <translation>&amp;Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="222" />
      <source>Record &amp;minutes…</source>
      <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="224" />
      <source>Attendance, conclusions and action items of this event</source>
      <translation>Thành phần tham dự, kết luận và nhiệm vụ của sự kiện này</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="228" />
      <source>Scheduling checks</source>
      <translation>Kiểm tra lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="268" />
      <source>%1 action items are still open with this partner or project. &lt;a href='add'&gt;Add them to the agenda&lt;/a&gt;</source>
      <translation>Còn %1 nhiệm vụ chưa hoàn thành với đối tác hoặc dự án này. &lt;a href='add'&gt;Đưa vào nội dung làm việc&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="278" />
      <source>Open action items to follow up:</source>
      <translation>Các nhiệm vụ còn tồn đọng cần rà soát:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="323" />
      <source>Room</source>
      <translation>Phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="327" />
      <source>%1 seats</source>
      <translation>%1 chỗ ngồi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="330" />
      <source>Room (no longer in the list of rooms)</source>
      <translation>Phòng họp (không còn trong danh sách phòng họp)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="332" />
      <source>Not one of the rooms: checked by its text</source>
      <translation>Không phải phòng họp trong danh sách: kiểm tra trùng theo tên địa điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="398" />
      <source>(the checks run once the times are valid)</source>
      <translation>(việc kiểm tra bắt đầu khi thời gian hợp lệ)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="473" />
      <source>The event could not be saved: %1</source>
      <translation>Không lưu được sự kiện: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="482" />
      <source>No double booking, and the time suits everyone.</source>
      <translation>Không trùng lịch; thời gian phù hợp với mọi người.</translation>
    </message>
  </context>
  <context>
    <name>FileStep</name>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="48" />
      <source>Choose the Excel workbook or CSV file and say what it lists. Nothing is written until you press Import after the preview.</source>
      <translation>Chọn tệp Excel hoặc tệp CSV và cho biết đó là danh sách gì. Chưa có gì được ghi cho đến khi bạn bấm Nhập sau bước xem trước.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="55" />
      <source>No file chosen yet</source>
      <translation>Chưa chọn tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="56" />
      <source>&amp;Choose…</source>
      <translation>&amp;Chọn…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="85" />
      <source>&amp;File:</source>
      <translation>&amp;Tệp:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="86" />
      <source>&amp;Kind of list:</source>
      <translation>&amp;Loại danh sách:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="87" />
      <source>&amp;Sheet:</source>
      <translation>Trang &amp;tính:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="88" />
      <source>&amp;Header row:</source>
      <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="101" />
      <source>The first rows of the file (the header in bold):</source>
      <translation>Các dòng đầu của tệp (dòng tiêu đề in đậm):</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="126" />
      <source>Import a list</source>
      <translation>Nhập danh sách</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="128" />
      <source>Excel workbooks and CSV files (*.xlsx *.csv)</source>
      <translation>Tệp Excel và tệp CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="153" />
      <source>Reading %1…</source>
      <translation>Đang đọc %1…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="153" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="141" />
      <source>Reading was stopped; choose the file again to read it.</source>
      <translation>Đã dừng đọc tệp; hãy chọn lại tệp để đọc.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/file_step.py" line="144" />
      <source>%1 cannot be imported: %2.</source>
      <translation>Không nhập được %1: %2.</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="../../coordinator/text/errors.py" line="285" />
      <source>the folder %1 does not exist</source>
      <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="144" />
      <location filename="../../coordinator/text/errors.py" line="287" />
      <source>no permission to write in the folder %1</source>
      <translation>không có quyền ghi vào thư mục %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="104" />
      <source>table %1 is missing</source>
      <translation>thiếu bảng %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="105" />
      <source>table %1 should not be there</source>
      <translation>có bảng %1 không thuộc cấu trúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="106" />
      <source>column %1 is missing</source>
      <translation>thiếu cột %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="107" />
      <source>column %1 should not be there</source>
      <translation>có cột %1 không thuộc cấu trúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="110" />
      <source>column %1 has another type or constraint</source>
      <translation>cột %1 sai kiểu dữ liệu hoặc ràng buộc</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="113" />
      <source>index %1 is missing</source>
      <translation>thiếu chỉ mục %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="114" />
      <source>index %1 should not be there</source>
      <translation>có chỉ mục %1 không thuộc cấu trúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="115" />
      <source>index %1 covers other columns</source>
      <translation>chỉ mục %1 không đúng các cột</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="118" />
      <source>trigger %1 is missing</source>
      <translation>thiếu trigger %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="119" />
      <source>trigger %1 should not be there</source>
      <translation>có trigger %1 không thuộc cấu trúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="133" />
      <source>(%1 in all)</source>
      <translation>(tổng cộng %1)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="141" />
      <location filename="../../coordinator/text/errors.py" line="289" />
      <source>the disk is full</source>
      <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="151" />
      <source>The backup %1 is good, but it could not be copied beside %2: %3. Nothing was changed.</source>
      <translation>Bản sao lưu %1 dùng được, nhưng không chép được vào cạnh %2: %3. Không có gì bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="162" />
      <source>The backup %1 is good, but it could not take the place of %2: %3. %2 is as it was.</source>
      <translation>Bản sao lưu %1 dùng được, nhưng không thay được vào chỗ của %2: %3. %2 vẫn giữ nguyên như trước.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="173" />
      <source>%1 was restored from %2, but some attached files could not be copied: %3. They are still in %4.</source>
      <translation>Đã khôi phục %1 từ %2, nhưng một số tệp đính kèm không chép được: %3. Các tệp đó vẫn nằm trong %4.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="185" />
      <source>The database as it was is also kept as %1.</source>
      <translation>Cơ sở dữ liệu như trước khi khôi phục cũng được giữ lại với tên %1.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="291" />
      <source>a folder of that name is there</source>
      <translation>đã có một thư mục trùng tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="293" />
      <source>Could not write the file %1</source>
      <translation>Không ghi được tệp %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="296" />
      <source>Could not write the file %1: %2</source>
      <translation>Không ghi được tệp %1: %2</translation>
    </message>
  </context>
  <context>
    <name>Finder</name>
    <message>
      <location filename="../../coordinator/ui/common/combo.py" line="195" />
      <source>Several entries hold “%1”: choose one from the list.</source>
      <translation>Có nhiều mục chứa “%1”: hãy chọn một mục trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/combo.py" line="199" />
      <source>Nothing in the list matches “%1”.</source>
      <translation>Không có mục nào trong danh sách khớp với “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/combo.py" line="202" />
      <source>“%1” is kept.</source>
      <translation>Vẫn giữ “%1”.</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../coordinator/text/findings.py" line="36" />
      <source>%1 is already booked for “%2” (%3).</source>
      <translation>%1 đã có lịch “%2” (%3).</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/findings.py" line="41" />
      <source>%1 already receives “%2” (%3).</source>
      <translation>%1 đã có lịch tiếp “%2” (%3).</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/findings.py" line="47" />
      <source>%1 is already taken by “%2” (%3).</source>
      <translation>%1 đã được dùng cho “%2” (%3).</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/findings.py" line="58" />
      <source>%1 is a public holiday: %2.</source>
      <translation>Ngày %1 là ngày nghỉ lễ: %2.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/findings.py" line="63" />
      <source>%1 falls on a weekend.</source>
      <translation>Ngày %1 là ngày nghỉ cuối tuần.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/findings.py" line="66" />
      <source>Outside office hours (%1).</source>
      <translation>Ngoài giờ hành chính (%1).</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/findings.py" line="70" />
      <source>%1 is not in the province then (outside the stay).</source>
      <translation>%1 không có mặt tại tỉnh vào thời gian này (ngoài thời gian lưu trú).</translation>
    </message>
  </context>
  <context>
    <name>FollowUpTab</name>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="51" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="56" />
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="58" />
      <source>Owner</source>
      <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="61" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="66" />
      <source>From</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="74" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="78" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="80" />
      <source>Done on</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="158" />
      <source>Still open</source>
      <translation>Chưa hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="159" />
      <source>Overdue</source>
      <translation>Quá hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="160" />
      <source>Due this week</source>
      <translation>Đến hạn trong tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="161" />
      <source>Done</source>
      <translation>Đã hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="162" />
      <source>All</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="178" />
      <source>Filter by words of the task</source>
      <translation>Lọc theo nội dung nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="217" />
      <location filename="../../coordinator/ui/followup/tab.py" line="394" />
      <source>Mark &amp;done…</source>
      <translation>Đánh dấu đã &amp;xong…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="218" />
      <source>Record the day the selected item was done (Ctrl+D)</source>
      <translation>Ghi ngày hoàn thành nhiệm vụ đang chọn (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="221" />
      <location filename="../../coordinator/ui/followup/tab.py" line="396" />
      <source>&amp;Reopen</source>
      <translation>&amp;Mở lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="223" />
      <source>&amp;Open source</source>
      <translation>Mở &amp;nguồn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="298" />
      <source>Follow-up</source>
      <translation>Theo dõi nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="400" />
      <source>Open the &amp;agreement</source>
      <translation>Mở &amp;thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="236" />
      <source>Show:</source>
      <translation>Hiển thị:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="166" />
      <source>Every owner</source>
      <translation>Mọi người/đơn vị thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="256" />
      <source>Unit: %1</source>
      <translation>Đơn vị: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="169" />
      <source>Every partner</source>
      <translation>Mọi đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="174" />
      <source>Every project</source>
      <translation>Mọi dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="224" />
      <source>Open the minutes or the agreement it comes from</source>
      <translation>Mở biên bản hoặc thỏa thuận mà mục này phát sinh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="287" />
      <source>%1 items</source>
      <translation>%1 nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="321" />
      <source>Action items are recorded in an event's minutes: Calendar → Record minutes.</source>
      <translation>Nhiệm vụ được ghi trong biên bản của sự kiện: Lịch → Ghi biên bản.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="326" />
      <source>Action items are removed in their minutes; here they are marked done.</source>
      <translation>Nhiệm vụ được bỏ trong biên bản; ở đây chỉ đánh dấu đã xong.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="340" />
      <source>Select an item to mark it done.</source>
      <translation>Chọn một nhiệm vụ để đánh dấu đã xong.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="350" />
      <source>mark “%1” done</source>
      <translation>đánh dấu “%1” đã xong</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="358" />
      <source>Marked done on %1. Ctrl+Z undoes it.</source>
      <translation>Đã ghi hoàn thành ngày %1. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="367" />
      <source>reopen “%1”</source>
      <translation>mở lại “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="374" />
      <source>Open again. Ctrl+Z undoes it.</source>
      <translation>Đã mở lại. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="386" />
      <source>From the agreement “%1”.</source>
      <translation>Từ thỏa thuận hợp tác “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/followup/tab.py" line="398" />
      <source>Open the &amp;minutes</source>
      <translation>Mở &amp;biên bản</translation>
    </message>
  </context>
  <context>
    <name>Guard</name>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="26" />
      <source>Someone saved these minutes (in another window or on another computer) after you opened them, so your changes were not saved over theirs. Load their version (what you typed here is dropped), or cancel to copy what you need first?</source>
      <translation>Đã có người lưu biên bản này (ở cửa sổ khác hoặc trên máy khác) sau khi bạn mở, nên thay đổi của bạn chưa được ghi đè lên. Tải bản của họ (nội dung bạn nhập ở đây sẽ bị bỏ), hay hủy để chép lại phần cần giữ trước?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="33" />
      <source>This record was deleted (in another window or on another computer) after you opened it, so your changes were not saved. Save what you typed as a new record?</source>
      <translation>Bản ghi này đã bị xóa (ở cửa sổ khác hoặc trên máy khác) sau khi bạn mở, nên thay đổi của bạn chưa được lưu. Lưu nội dung bạn đã nhập thành một bản ghi mới?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="39" />
      <source>Someone saved this record (in another window or on another computer) after you opened it, so your changes were not saved over theirs. Load their version (what you typed here is dropped), or keep yours as a separate copy?</source>
      <translation>Đã có người lưu bản ghi này (ở cửa sổ khác hoặc trên máy khác) sau khi bạn mở, nên thay đổi của bạn chưa được ghi đè lên. Tải bản của họ (nội dung bạn nhập ở đây sẽ bị bỏ), hay giữ bản của bạn thành một bản sao riêng?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="47" />
      <source>Changed by someone else</source>
      <translation>Đã có người khác thay đổi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="54" />
      <source>&amp;Load their version</source>
      <translation>&amp;Tải bản của họ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="60" />
      <source>&amp;Keep mine as a copy</source>
      <translation>&amp;Giữ bản của tôi thành bản sao</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="78" />
      <source>Unsaved changes</source>
      <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="79" />
      <source>This form has changes that are not saved. Save them before closing?</source>
      <translation>Biểu mẫu có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="93" />
      <source>Cannot undo</source>
      <translation>Không thể hoàn tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="94" />
      <source>“%1” cannot be undone or redone: the record was changed since (in another window or on another computer), and undoing would overwrite that change. The step was removed from the undo list.</source>
      <translation>Không thể hoàn tác hoặc làm lại “%1”: bản ghi đã được sửa sau đó (ở cửa sổ khác hoặc trên máy khác), hoàn tác sẽ ghi đè lên thay đổi ấy. Bước này đã được bỏ khỏi danh sách hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="105" />
      <source>Not available: this database is open read-only</source>
      <translation>Không dùng được: cơ sở dữ liệu đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/guard.py" line="114" />
      <source> (copy)</source>
      <translation> (bản sao)</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../coordinator/ui/history.py" line="24" />
      <source>name</source>
      <translation>tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="25" />
      <source>short name</source>
      <translation>tên viết tắt</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="26" />
      <source>kind</source>
      <translation>loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="27" />
      <source>internal unit</source>
      <translation>đơn vị trong tỉnh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="28" />
      <source>country</source>
      <translation>quốc gia</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="29" />
      <source>address</source>
      <translation>địa chỉ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="30" />
      <source>website</source>
      <translation>trang web</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="31" />
      <source>e-mail</source>
      <translation>thư điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="32" />
      <source>phone</source>
      <translation>điện thoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="33" />
      <source>notes</source>
      <translation>ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="34" />
      <source>full name</source>
      <translation>họ và tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="35" />
      <source>title</source>
      <translation>tên gọi, chức danh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="36" />
      <source>role</source>
      <translation>vai trò</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="37" />
      <source>nationality</source>
      <translation>quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="38" />
      <source>expertise</source>
      <translation>chuyên môn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="39" />
      <source>organisation</source>
      <translation>cơ quan, tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="40" />
      <source>code</source>
      <translation>mã</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="41" />
      <source>status</source>
      <translation>trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="42" />
      <source>programme</source>
      <translation>chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="43" />
      <source>partner</source>
      <translation>đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="44" />
      <source>host unit</source>
      <translation>đơn vị tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="45" />
      <source>project</source>
      <translation>dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="46" />
      <location filename="../../coordinator/ui/history.py" line="48" />
      <source>start</source>
      <translation>bắt đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="47" />
      <location filename="../../coordinator/ui/history.py" line="49" />
      <source>end</source>
      <translation>kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="50" />
      <source>objectives</source>
      <translation>mục tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="51" />
      <source>due</source>
      <translation>hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="52" />
      <source>done on</source>
      <translation>ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="53" />
      <source>unit</source>
      <translation>đơn vị tính</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="54" />
      <source>baseline</source>
      <translation>giá trị ban đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="55" />
      <source>target</source>
      <translation>chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="56" />
      <source>actual</source>
      <translation>thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="57" />
      <source>measured on</source>
      <translation>ngày đo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="58" />
      <source>place</source>
      <translation>địa điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="59" />
      <source>all day</source>
      <translation>cả ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="60" />
      <source>repetition</source>
      <translation>lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="61" />
      <source>series</source>
      <translation>chuỗi sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="62" />
      <source>reason for the clash</source>
      <translation>lý do trùng lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="63" />
      <source>deleted</source>
      <translation>đã xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="64" />
      <source>capacity</source>
      <translation>sức chứa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="65" />
      <source>room</source>
      <translation>phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="67" />
      <source>languages</source>
      <translation>ngoại ngữ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="68" />
      <source>domain</source>
      <translation>lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="69" />
      <source>description</source>
      <translation>mô tả</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="70" />
      <source>person</source>
      <translation>cá nhân</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="71" />
      <source>arrival</source>
      <translation>ngày đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="72" />
      <source>departure</source>
      <translation>ngày đi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="74" />
      <source>number</source>
      <translation>số hiệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="75" />
      <source>signed on</source>
      <translation>ngày ký</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="76" />
      <source>vision year</source>
      <translation>năm tầm nhìn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="77" />
      <source>fields</source>
      <translation>lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="78" />
      <source>renews</source>
      <translation>gia hạn thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="79" />
      <source>agreement</source>
      <translation>thỏa thuận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="80" />
      <source>party</source>
      <translation>bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="81" />
      <source>text</source>
      <translation>nội dung</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="88" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="89" />
      <source>Contact</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="90" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="91" />
      <source>Milestone</source>
      <translation>Mốc tiến độ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="92" />
      <source>Indicator</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="93" />
      <source>Event</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="94" />
      <source>Room</source>
      <translation>Phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="95" />
      <source>Programme</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="96" />
      <source>Stay</source>
      <translation>Phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="97" />
      <source>Agreement</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="98" />
      <source>Commitment</source>
      <translation>Cam kết</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="101" />
      <source>created</source>
      <translation>được tạo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="102" />
      <source>changed</source>
      <translation>được sửa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="103" />
      <source>moved to the trash</source>
      <translation>được chuyển vào thùng rác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="104" />
      <source>restored from the trash</source>
      <translation>được khôi phục từ thùng rác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="105" />
      <source>removed</source>
      <translation>bị gỡ bỏ</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="../../coordinator/ui/history.py" line="170" />
      <source>History of %1</source>
      <translation>Lịch sử thay đổi của %1</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <location filename="../../coordinator/ui/history.py" line="140" />
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="140" />
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="140" />
      <source>What</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/history.py" line="140" />
      <source>Changes</source>
      <translation>Thay đổi</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="71" />
      <source>Import a list from Excel/CSV</source>
      <translation>Nhập danh sách từ Excel/CSV</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="91" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="92" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="93" />
      <source>&amp;Import</source>
      <translation>&amp;Nhập</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="94" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="118" />
      <source>Check what each column of the file fills. A column left “— not imported —” is not read; a field chosen for a second column leaves the first.</source>
      <translation>Kiểm tra mỗi cột của tệp được nhập vào trường nào. Cột để “— không nhập —” sẽ không được đọc; một trường đã chọn cho cột khác sẽ được bỏ khỏi cột trước.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="139" />
      <source>All rows</source>
      <translation>Tất cả các dòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="140" />
      <source>Rows with problems</source>
      <translation>Dòng có lỗi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="141" />
      <source>Duplicates</source>
      <translation>Dòng trùng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="142" />
      <source>Rows to add</source>
      <translation>Dòng sẽ thêm mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="146" />
      <source>&amp;Copy problems</source>
      <translation>&amp;Sao chép các lỗi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="148" />
      <source>Copy every problem, with its row and column</source>
      <translation>Sao chép mọi lỗi, kèm số dòng và cột</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="150" />
      <source>Sh&amp;ow:</source>
      <translation>&amp;Hiện:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="190" />
      <source>Step 1 of 3: the file and what it lists</source>
      <translation>Bước 1/3: tệp và loại danh sách</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="191" />
      <source>Step 2 of 3: the columns</source>
      <translation>Bước 2/3: các cột</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="192" />
      <source>Step 3 of 3: the preview; nothing is written before Import</source>
      <translation>Bước 3/3: xem trước; chưa ghi gì cho đến khi bấm Nhập</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="264" />
      <source>Choose the column that holds %1: this list cannot do without it.</source>
      <translation>Hãy chọn cột chứa %1: danh sách này bắt buộc phải có.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="300" />
      <source>Preparing the preview…</source>
      <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="300" />
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="421" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="292" />
      <source>The preview was stopped; nothing was written.</source>
      <translation>Đã dừng xem trước; chưa ghi gì.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="341" />
      <source>%1 to add, %2 to merge, %3 already there, %4 skipped</source>
      <translation>Thêm mới %1, gộp %2, đã có %3, bỏ qua %4</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="349" />
      <source>rows with problems: %1</source>
      <translation>dòng có lỗi: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="352" />
      <source>possible duplicates to check: %1</source>
      <translation>có thể trùng, cần xem lại: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="370" />
      <source>Choose a row to read all it says.</source>
      <translation>Chọn một dòng để xem đầy đủ nội dung.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="373" />
      <source>Row %1</source>
      <translation>Dòng %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="375" />
      <source>Stored now: %1</source>
      <translation>Đang lưu: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="421" />
      <source>Importing %1…</source>
      <translation>Đang nhập %1…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="403" />
      <source>The import was stopped; nothing was written.</source>
      <translation>Đã dừng nhập; chưa ghi gì.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="412" />
      <source>A record of this list was changed since the preview (in another window or on another computer), so nothing was written. Look at the preview again: it now shows the records as they are.</source>
      <translation>Một bản ghi của danh sách này đã bị thay đổi sau khi xem trước (ở cửa sổ khác hoặc trên máy tính khác), nên chưa ghi gì. Hãy xem lại bản xem trước: nay đã hiện các bản ghi đúng như đang lưu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="430" />
      <source>Import from %1</source>
      <translation>Nhập từ %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/import_dialog.py" line="440" />
      <source>Imported from %1: %2 added, %3 merged, %4 already there, %5 skipped.</source>
      <translation>Đã nhập từ %1: thêm mới %2, gộp %3, đã có %4, bỏ qua %5.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="253" />
      <source>Add (keep both)</source>
      <translation>Thêm (giữ cả hai)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../coordinator/text/labels.py" line="30" />
      <source>Government body</source>
      <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="31" />
      <source>Enterprise</source>
      <translation>Doanh nghiệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="32" />
      <source>Academia</source>
      <translation>Viện, trường</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="33" />
      <source>Association</source>
      <translation>Hội, hiệp hội</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="34" />
      <source>International organisation</source>
      <translation>Tổ chức quốc tế</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="40" />
      <source>Proposed</source>
      <translation>Đề xuất</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="41" />
      <location filename="../../coordinator/text/labels.py" line="63" />
      <source>Planned</source>
      <translation>Dự kiến</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="42" />
      <location filename="../../coordinator/text/labels.py" line="73" />
      <source>In progress</source>
      <translation>Đang thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="43" />
      <source>On hold</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="44" />
      <source>Completed</source>
      <translation>Hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="45" />
      <location filename="../../coordinator/text/labels.py" line="66" />
      <location filename="../../coordinator/text/labels.py" line="75" />
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="51" />
      <source>Consultation</source>
      <translation>Tư vấn</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="52" />
      <source>Meeting</source>
      <translation>Cuộc họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="53" />
      <source>Workshop</source>
      <translation>Hội thảo</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="54" />
      <source>Conference</source>
      <translation>Hội nghị</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="55" />
      <source>Online conference</source>
      <translation>Hội nghị trực tuyến</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="56" />
      <source>Signing ceremony</source>
      <translation>Lễ ký kết</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="57" />
      <source>Visit</source>
      <translation>Chuyến thăm</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="64" />
      <source>Confirmed</source>
      <translation>Đã xác nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="65" />
      <source>Held</source>
      <translation>Đã tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="72" />
      <source>Open</source>
      <translation>Chưa thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="74" />
      <source>Done</source>
      <translation>Đã hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="90" />
      <source>This field is required.</source>
      <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="91" />
      <source>This text is too long.</source>
      <translation>Nội dung quá dài.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="92" />
      <source>This is not an e-mail address (name@domain.vn).</source>
      <translation>Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@donvi.gov.vn).</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="95" />
      <source>This is not a phone number.</source>
      <translation>Số điện thoại không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="96" />
      <source>The end must come after the start.</source>
      <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="99" />
      <source>This code is already used by another record.</source>
      <translation>Mã này đã được dùng cho bản ghi khác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="102" />
      <source>This value cannot be read.</source>
      <translation>Không đọc được giá trị này.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="103" />
      <source>This repetition leaves no date at all.</source>
      <translation>Quy tắc lặp lại này không tạo ra ngày nào.</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="235" />
      <source>the file is larger than 50 MB, too large for a calendar</source>
      <translation>tệp lớn hơn 50 MB, quá lớn đối với một tệp lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="238" />
      <source>the file is not text (it may be a picture, a document or an archive)</source>
      <translation>tệp không phải dạng văn bản (có thể là ảnh, tài liệu hoặc tệp nén)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="241" />
      <source>the file is not a calendar (.ics): it does not begin with BEGIN:VCALENDAR</source>
      <translation>tệp không phải tệp lịch (.ics): không bắt đầu bằng BEGIN:VCALENDAR</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="244" />
      <source>the calendar is damaged and cannot be read</source>
      <translation>tệp lịch bị hỏng, không đọc được</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="247" />
      <source>the file holds no calendar</source>
      <translation>tệp không chứa lịch nào</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="248" />
      <source>the file cannot be opened</source>
      <translation>không mở được tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="249" />
      <source>it is not an event</source>
      <translation>đây không phải là sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="250" />
      <source>it has no identifier (UID)</source>
      <translation>thiếu mã định danh (UID)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="251" />
      <source>its start (DTSTART) is missing or cannot be read</source>
      <translation>thời điểm bắt đầu (DTSTART) bị thiếu hoặc không đọc được</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="254" />
      <source>its end (DTEND) is not a time</source>
      <translation>thời điểm kết thúc (DTEND) không phải là giờ</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="255" />
      <source>it ends before it starts</source>
      <translation>kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="258" />
      <source>its repetition leaves no date</source>
      <translation>quy tắc lặp lại không cho ra ngày nào</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="261" />
      <source>its repetition rule matches no date in the five years after its start (a day such as 30 February)</source>
      <translation>quy tắc lặp lại không khớp với ngày nào trong năm năm kể từ ngày bắt đầu (chẳng hạn ngày 30 tháng 2)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="266" />
      <source>its date is outside the years 1900–2200</source>
      <translation>ngày của sự kiện nằm ngoài khoảng năm 1900–2200</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="269" />
      <source>its repetition rule (RRULE) cannot be read</source>
      <translation>không đọc được quy tắc lặp lại (RRULE)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="272" />
      <source>no backup of the database could be made first</source>
      <translation>không sao lưu được cơ sở dữ liệu trước khi nhập</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/errors.py" line="275" />
      <source>it cannot be read</source>
      <translation>không đọc được</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="34" />
      <source>Organisation</source>
      <translation>Tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="35" />
      <source>Person</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="36" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="37" />
      <source>Event</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="38" />
      <source>Minutes</source>
      <translation>Biên bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="39" />
      <source>Conclusion</source>
      <translation>Kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="40" />
      <source>Action item</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="41" />
      <source>Agreement</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="42" />
      <source>Programme</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="43" />
      <source>Room</source>
      <translation>Phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="81" />
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="82" />
      <source>Absent</source>
      <translation>Vắng mặt</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="83" />
      <source>Represented</source>
      <translation>Có người dự thay</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/labels.py" line="84" />
      <source>Not recorded</source>
      <translation>Chưa ghi nhận</translation>
    </message>
  </context>
  <context>
    <name>ListExport</name>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="34" />
      <source>E&amp;xport list…</source>
      <translation>Xuất danh &amp;sách…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="43" />
      <source>%1 — filter: %2</source>
      <translation>%1 — lọc: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="68" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="69" />
      <source>CSV, UTF-8 (*.csv)</source>
      <translation>Tệp CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="72" />
      <location filename="../../coordinator/ui/common/export_list.py" line="124" />
      <source>Export list</source>
      <translation>Xuất danh sách</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="131" />
      <source>Exporting “%1”…</source>
      <translation>Đang xuất “%1”…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="132" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="118" />
      <source>Export stopped; nothing was written.</source>
      <translation>Đã dừng xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/export_list.py" line="110" />
      <source>%1 rows exported to %2</source>
      <translation>Đã xuất %1 dòng ra tệp %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/sheets/export.py" line="96" />
      <source>exported at %1 on %2</source>
      <translation>xuất lúc %1 ngày %2</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <location filename="../../coordinator/ui/common/views.py" line="325" />
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/views.py" line="327" />
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="68" />
      <source>Coordinator – %1</source>
      <translation>Coordinator – %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="70" />
      <source>(read-only)</source>
      <translation>(chỉ đọc)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="80" />
      <source>Partners</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="81" />
      <source>Projects</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="82" />
      <source>Calendar</source>
      <translation>Lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="83" />
      <source>Follow-up</source>
      <translation>Theo dõi nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="84" />
      <location filename="../../coordinator/ui/main_window.py" line="485" />
      <source>Action items and commitments still to do</source>
      <translation>Nhiệm vụ và cam kết chưa hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="104" />
      <source>Read-only</source>
      <translation>Chỉ đọc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="107" />
      <source>This database is open read-only: you can read everything but save nothing</source>
      <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: xem được mọi thứ nhưng không lưu được gì</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="159" />
      <source>Ready.</source>
      <translation>Sẵn sàng.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="188" />
      <source>This event no longer exists.</source>
      <translation>Sự kiện này không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="191" />
      <source>Minutes saved.</source>
      <translation>Đã lưu biên bản.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="200" />
      <source>Right-click an event in the calendar, or select it in the agenda, to record its minutes.</source>
      <translation>Nhấp chuột phải vào một sự kiện trên lịch, hoặc chọn sự kiện trong danh sách lịch, để ghi biên bản.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="214" />
      <source>Report saved to %1</source>
      <translation>Đã lưu báo cáo vào %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="270" />
      <source>Restored: %1. Ctrl+Z puts it back in the trash.</source>
      <translation>Đã khôi phục: %1. Nhấn Ctrl+Z để đưa trở lại thùng rác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="306" />
      <source>⚠ %1 overdue, %2 due this week</source>
      <translation>⚠ %1 nhiệm vụ quá hạn, %2 đến hạn trong tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="309" />
      <source>%1 action items due this week</source>
      <translation>%1 nhiệm vụ đến hạn trong tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="311" />
      <source>, %1 agreements ending soon</source>
      <translation>, %1 thỏa thuận sắp hết hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="315" />
      <source>Open the follow-up list</source>
      <translation>Mở danh sách theo dõi nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="350" />
      <source>Clear the partner filter to see it.</source>
      <translation>Xóa bộ lọc đối tác để thấy bản ghi này.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="261" />
      <source>%1 works at %2.</source>
      <translation>%1 công tác tại %2.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="353" />
      <source>%1 belongs to no organisation.</source>
      <translation>%1 không thuộc tổ chức nào.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="390" />
      <source>&amp;New database…</source>
      <translation>Tạo cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="393" />
      <source>&amp;Open database…</source>
      <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="397" />
      <source>Open another Coordinator database file</source>
      <translation>Mở một tệp cơ sở dữ liệu Coordinator khác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="400" />
      <source>&amp;Back up now</source>
      <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="404" />
      <source>Copy the database and its attachments into the backups folder</source>
      <translation>Sao chép cơ sở dữ liệu và tệp đính kèm vào thư mục sao lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="407" />
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="411" />
      <source>Bring back the database as it was in one of its backups</source>
      <translation>Đưa cơ sở dữ liệu về trạng thái của một bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="414" />
      <source>Status &amp;report…</source>
      <translation>&amp;Báo cáo tình hình…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="418" />
      <source>Print or save a status summary for a period (Ctrl+P)</source>
      <translation>In hoặc lưu báo cáo tình hình theo kỳ (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="423" />
      <source>&amp;Quit</source>
      <translation>&amp;Thoát</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="425" />
      <source>E&amp;xport this list…</source>
      <translation>Xuất danh &amp;sách này…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="429" />
      <source>Write the current tab's list, as filtered and sorted, to .xlsx or .csv</source>
      <translation>Ghi danh sách của thẻ đang mở, theo bộ lọc và thứ tự đang xem, ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="432" />
      <source>&amp;Undo</source>
      <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="435" />
      <source>&amp;Redo</source>
      <translation>&amp;Làm lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="439" />
      <source>&amp;New…</source>
      <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="443" />
      <source>Create a record in the current tab (Ctrl+N)</source>
      <translation>Thêm bản ghi mới trong thẻ hiện tại (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="446" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="450" />
      <source>Delete the selected record (Delete); Ctrl+Z undoes it</source>
      <translation>Xóa bản ghi đang chọn (Delete); Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="453" />
      <source>&amp;Trash…</source>
      <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="457" />
      <source>Deleted records, and bringing them back</source>
      <translation>Các bản ghi đã xóa và khôi phục chúng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="460" />
      <source>&amp;Search everything…</source>
      <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="464" />
      <source>Find partners, people, projects, events, minutes and action items (Ctrl+F)</source>
      <translation>Tìm đối tác, cá nhân, dự án, sự kiện, biên bản và nhiệm vụ (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="467" />
      <source>&amp;Filter this tab</source>
      <translation>&amp;Lọc trong thẻ này</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="471" />
      <source>Go to the current tab's filter (Ctrl+Shift+F)</source>
      <translation>Đến ô lọc của thẻ hiện tại (Ctrl+Shift+F)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="474" />
      <source>Record &amp;minutes…</source>
      <translation>Ghi &amp;biên bản…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="478" />
      <source>Attendance, conclusions and action items of the selected event</source>
      <translation>Thành phần tham dự, kết luận và nhiệm vụ của sự kiện đang chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="481" />
      <source>&amp;Follow-up of action items</source>
      <translation>&amp;Theo dõi nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="488" />
      <source>&amp;Refresh</source>
      <translation>&amp;Làm mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="492" />
      <source>Read the data again (F5)</source>
      <translation>Đọc lại dữ liệu (F5)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="494" />
      <source>&amp;About Coordinator</source>
      <translation>&amp;Giới thiệu Coordinator</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="496" />
      <source>&amp;Programmes…</source>
      <translation>&amp;Chương trình…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="500" />
      <source>The programmes that group projects: new, edit, delete (Ctrl+Shift+G)</source>
      <translation>Các chương trình gom nhóm dự án: thêm, sửa, xóa (Ctrl+Shift+G)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="504" />
      <source>&amp;Plan consultations…</source>
      <translation>&amp;Lập lịch tư vấn…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="508" />
      <source>Propose a timetable of consultations without double bookings</source>
      <translation>Đề xuất lịch tư vấn không trùng lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="511" />
      <source>Volunteer &amp;roster</source>
      <translation>Danh sách tình &amp;nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="515" />
      <source>The experts, their projects and their stay</source>
      <translation>Các chuyên gia, dự án được phân công và thời gian lưu trú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="518" />
      <source>&amp;Import calendar (.ics)…</source>
      <translation>&amp;Nhập lịch (.ics)…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="522" />
      <source>Add events from Outlook, Google Calendar or Thunderbird</source>
      <translation>Thêm sự kiện từ Outlook, Google Calendar hoặc Thunderbird</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="525" />
      <source>Import a &amp;list from Excel/CSV…</source>
      <translation>Nhập &amp;danh sách từ Excel/CSV…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="529" />
      <source>Bring in partners, people or volunteers' stays from a workbook or CSV file</source>
      <translation>Nhập đối tác, cá nhân hoặc thời gian làm việc của tình nguyện viên từ tệp Excel hoặc CSV</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="532" />
      <source>&amp;Export calendar (.ics)…</source>
      <translation>&amp;Xuất lịch (.ics)…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="536" />
      <source>Write the events the calendar shows to an .ics file</source>
      <translation>Ghi các sự kiện đang hiển thị trên lịch ra tệp .ics</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="539" />
      <source>Cooperation &amp;agreements…</source>
      <translation>&amp;Thỏa thuận hợp tác…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="543" />
      <source>Every agreement: in force, ending soon, ended; new, renew, delete</source>
      <translation>Mọi thỏa thuận: đang hiệu lực, sắp hết hạn, đã hết hạn; thêm, gia hạn, xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="546" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="550" />
      <source>Office hours, and the department and province printed on documents</source>
      <translation>Giờ làm việc; tên sở và tỉnh in trên văn bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="553" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="568" />
      <source>&amp;Edit</source>
      <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="579" />
      <source>&amp;View</source>
      <translation>&amp;Xem</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="583" />
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="593" />
      <source>&amp;Lists</source>
      <translation>Danh &amp;mục</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="600" />
      <source>The meeting rooms: events in one room clash, and the planner fills them (Ctrl+Shift+O)</source>
      <translation>Danh sách phòng họp: các sự kiện cùng phòng cùng giờ bị báo trùng, và công cụ lập lịch xếp buổi vào phòng (Ctrl+Shift+O)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="611" />
      <source>&amp;Schedule</source>
      <translation>&amp;Lịch công tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="595" />
      <source>R&amp;ooms…</source>
      <translation>&amp;Phòng họp…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="617" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="620" />
      <source>Main toolbar</source>
      <translation>Thanh công cụ chính</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="640" />
      <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
      <translation>Cơ sở dữ liệu Coordinator (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="645" />
      <location filename="../../coordinator/ui/main_window.py" line="654" />
      <source>New database</source>
      <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="655" />
      <source>“%1” already exists. Choose a new file name, or use Open.</source>
      <translation>Tệp “%1” đã tồn tại. Hãy chọn tên tệp khác, hoặc dùng chức năng Mở.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="664" />
      <source>Open database</source>
      <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="695" />
      <source>Back up now</source>
      <translation>Sao lưu ngay</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="675" />
      <source>Backing up the database…</source>
      <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="675" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="689" />
      <source>Backup stopped; nothing was written.</source>
      <translation>Đã dừng sao lưu; không có gì được ghi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="696" />
      <source>The backup could not be written: %1</source>
      <translation>Không ghi được bản sao lưu: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="684" />
      <source>Backup saved to %1</source>
      <translation>Đã lưu bản sao lưu vào %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="705" />
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="708" />
      <source>Replace “%1” by the backup “%2”? Changes made since the backup will no longer show; the current file is kept beside it under a new name.</source>
      <translation>Thay “%1” bằng bản sao lưu “%2”? Những thay đổi sau thời điểm sao lưu sẽ không còn hiển thị; tệp hiện tại được giữ lại bên cạnh với tên mới.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="723" />
      <source>About Coordinator</source>
      <translation>Giới thiệu Coordinator</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/main_window.py" line="725" />
      <source>&lt;h3&gt;Coordinator %1&lt;/h3&gt;&lt;p&gt;Partners, projects, consultations, minutes and status summaries of the province's cooperation programme.&lt;/p&gt;&lt;p&gt;Works offline on this computer. Database: %2&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Coordinator %1&lt;/h3&gt;&lt;p&gt;Quản lý đối tác, dự án, lịch tư vấn, biên bản và báo cáo tình hình chương trình hợp tác của tỉnh.&lt;/p&gt;&lt;p&gt;Hoạt động ngoại tuyến trên máy tính này. Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MappingTable</name>
    <message>
      <location filename="../../coordinator/ui/sheets/mapping.py" line="37" />
      <source>Column</source>
      <translation>Cột</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/mapping.py" line="37" />
      <source>Header in the file</source>
      <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/mapping.py" line="37" />
      <source>First values</source>
      <translation>Các giá trị đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/mapping.py" line="38" />
      <source>Imported as</source>
      <translation>Nhập vào trường</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/mapping.py" line="74" />
      <source>— not imported —</source>
      <translation>— không nhập —</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="112" />
      <source>Minutes – %1</source>
      <translation>Biên bản – %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="120" />
      <location filename="../../coordinator/ui/minutes/dialog.py" line="121" />
      <source>(not set)</source>
      <translation>(chưa chọn)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="124" />
      <source>Chair:</source>
      <translation>Chủ trì:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="125" />
      <source>Secretary:</source>
      <translation>Thư ký:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="126" />
      <source>Place:</source>
      <translation>Địa điểm:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="129" />
      <source>Attendance</source>
      <translation>Thành phần tham dự</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="131" />
      <source>What was presented and discussed</source>
      <translation>Nội dung được trình bày và thảo luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="132" />
      <location filename="../../coordinator/ui/minutes/dialog.py" line="587" />
      <source>Content</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="133" />
      <source>Conclusions</source>
      <translation>Kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="134" />
      <source>Action items</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="135" />
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="139" />
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="139" />
      <source>By</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="139" />
      <source>What</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="139" />
      <source>Changes</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="144" />
      <source>History</source>
      <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="157" />
      <source>Save the minutes and close (Ctrl+S)</source>
      <translation>Lưu biên bản và đóng (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="159" />
      <source>&amp;Print…</source>
      <translation>&amp;In…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="160" />
      <source>Preview and print the minutes (Ctrl+P)</source>
      <translation>Xem trước và in biên bản (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="161" />
      <source>Export P&amp;DF…</source>
      <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="162" />
      <source>Export &amp;Word…</source>
      <translation>Xuất &amp;Word…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="192" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="193" />
      <source>Organisation</source>
      <translation>Tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="194" />
      <source>Presence</source>
      <translation>Tham dự</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="195" />
      <source>Represented by</source>
      <translation>Người dự thay</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="205" />
      <source>Type a name…</source>
      <translation>Nhập họ tên…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="210" />
      <source>Someone who came without an invitation: choose them, or type a new name</source>
      <translation>Người dự không có trong giấy mời: chọn trong danh sách hoặc nhập họ tên mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="212" />
      <source>Add attendee</source>
      <translation>Thêm người dự</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="214" />
      <location filename="../../coordinator/ui/minutes/dialog.py" line="514" />
      <source>Remove</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="216" />
      <source>Only people who were not invited can be removed; mark the invited absent</source>
      <translation>Chỉ bỏ được người không có trong giấy mời; người được mời thì ghi vắng mặt</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="221" />
      <source>Not invited but came:</source>
      <translation>Dự họp ngoài giấy mời:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="236" />
      <source>Add conclusion</source>
      <translation>Thêm kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="243" />
      <source>One conclusion per line; double-click to edit, drag to reorder.</source>
      <translation>Mỗi dòng một kết luận; nhấp đúp để sửa, kéo để đổi thứ tự.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="253" />
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="253" />
      <source>Owner (person or unit)</source>
      <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="253" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="253" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="261" />
      <source>Add action item</source>
      <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="271" />
      <source>Attach file…</source>
      <translation>Đính kèm tệp…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="273" />
      <source>Open</source>
      <translation>Chưa thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="281" />
      <source>Files are copied into Coordinator's data folder, so the original may be moved or deleted. At most %1 MB per file.</source>
      <translation>Tệp được sao chép vào thư mục dữ liệu của Coordinator, nên có thể di chuyển hoặc xóa tệp gốc. Tối đa %1 MB mỗi tệp.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="335" />
      <source>Minutes</source>
      <translation>Biên bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="336" />
      <source>Conclusion</source>
      <translation>Kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="337" />
      <source>Action item</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="340" />
      <source>added</source>
      <translation>được thêm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="341" />
      <source>changed</source>
      <translation>được sửa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="342" />
      <source>removed</source>
      <translation>bị xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="397" />
      <source>&amp;Reopen for changes</source>
      <translation>&amp;Mở lại để sửa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="398" />
      <source>Final minutes are read-only until reopened</source>
      <translation>Biên bản đã hoàn tất chỉ được xem cho đến khi mở lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="401" />
      <source>Final since %1; read-only.</source>
      <translation>Đã hoàn tất từ %1; chỉ được xem.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="403" />
      <source>Final; read-only.</source>
      <translation>Đã hoàn tất; chỉ được xem.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="406" />
      <source>Mark &amp;final</source>
      <translation>&amp;Hoàn tất biên bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="407" />
      <source>Save and lock the minutes against changes</source>
      <translation>Lưu và khóa biên bản, không cho sửa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="408" />
      <source>Draft: can still be changed.</source>
      <translation>Bản nháp: vẫn có thể sửa.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="420" />
      <source>Came without an invitation</source>
      <translation>Dự họp ngoài giấy mời</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="440" />
      <source>Type or choose the name of the person who came.</source>
      <translation>Nhập hoặc chọn họ tên người đến dự.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="461" />
      <source>An invited person stays on the list; mark them absent instead.</source>
      <translation>Người được mời phải giữ trong danh sách; hãy ghi là vắng mặt.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="486" />
      <source>(no owner)</source>
      <translation>(chưa giao)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="482" />
      <source>Unit: %1</source>
      <translation>Đơn vị: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="583" />
      <source>Attendance, line %1</source>
      <translation>Thành phần tham dự, dòng %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="584" />
      <source>Conclusion %1</source>
      <translation>Kết luận %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="585" />
      <location filename="../../coordinator/ui/minutes/dialog.py" line="603" />
      <location filename="../../coordinator/ui/minutes/dialog.py" line="615" />
      <source>Action item %1</source>
      <translation>Nhiệm vụ %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="586" />
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="592" />
      <source>%1: who came in their place?</source>
      <translation>%1: ai dự thay?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="641" />
      <source>These minutes were made final meanwhile; reopen them to change them.</source>
      <translation>Biên bản này vừa được hoàn tất ở nơi khác; hãy mở lại để sửa.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="645" />
      <source>The event of these minutes has been deleted.</source>
      <translation>Sự kiện của biên bản này đã bị xóa.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="649" />
      <source>The minutes could not be saved: %1</source>
      <translation>Không lưu được biên bản: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="688" />
      <source>Unsaved minutes</source>
      <translation>Biên bản chưa lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="689" />
      <source>The minutes have unsaved changes. Save them before closing?</source>
      <translation>Biên bản có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="707" />
      <source>Attach files</source>
      <translation>Đính kèm tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="715" />
      <source>“%1” is larger than %2 MB and was not attached.</source>
      <translation>“%1” lớn hơn %2 MB nên không được đính kèm.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="720" />
      <source>“%1” is not a file.</source>
      <translation>“%1” không phải là tệp.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="722" />
      <source>“%1” could not be read.</source>
      <translation>Không đọc được “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="735" />
      <source>“%1” could not be opened.</source>
      <translation>Không mở được “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="745" />
      <source>Print minutes</source>
      <translation>In biên bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="753" />
      <source>PDF documents (*.pdf)</source>
      <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="754" />
      <source>Word documents (*.docx)</source>
      <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="758" />
      <source>Export minutes</source>
      <translation>Xuất biên bản</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="773" />
      <source>The file could not be written: %1</source>
      <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/minutes/dialog.py" line="776" />
      <source>Saved to %1</source>
      <translation>Đã lưu vào %1</translation>
    </message>
  </context>
  <context>
    <name>MinutesDocument</name>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="104" />
      <source>%1 (represented by %2)</source>
      <translation>%1 (%2 dự thay)</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="151" />
      <source>From %1 to %2 on %3</source>
      <translation>Từ %1 đến %2 ngày %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="160" />
      <source>The meeting ended at %1 on the same day. These minutes were read to those present, who agreed with them.</source>
      <translation>Cuộc họp kết thúc lúc %1 cùng ngày. Biên bản đã được đọc lại cho những người dự họp nghe và thống nhất.</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="171" />
      <source>MINUTES</source>
      <translation>BIÊN BẢN</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="172" />
      <source>I. TIME AND PLACE</source>
      <translation>I. THỜI GIAN, ĐỊA ĐIỂM</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="173" />
      <source>Time:</source>
      <translation>Thời gian:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="174" />
      <source>Place:</source>
      <translation>Địa điểm:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="175" />
      <source>II. ATTENDEES</source>
      <translation>II. THÀNH PHẦN THAM DỰ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="176" />
      <source>Chair:</source>
      <translation>Chủ trì:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="177" />
      <source>Secretary:</source>
      <translation>Thư ký:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="178" />
      <source>Present:</source>
      <translation>Có mặt:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="179" />
      <source>Represented:</source>
      <translation>Có người dự thay:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="180" />
      <source>Absent:</source>
      <translation>Vắng mặt:</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="181" />
      <source>III. CONTENT</source>
      <translation>III. NỘI DUNG</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="182" />
      <source>IV. CONCLUSIONS</source>
      <translation>IV. KẾT LUẬN</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="183" />
      <source>V. ACTION ITEMS</source>
      <translation>V. NHIỆM VỤ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="184" />
      <source>No.</source>
      <translation>TT</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="185" />
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="186" />
      <source>Owner</source>
      <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="187" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="188" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="189" />
      <source>SECRETARY</source>
      <translation>THƯ KÝ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="190" />
      <source>CHAIR</source>
      <translation>CHỦ TRÌ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="191" />
      <source>(signature and full name)</source>
      <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="192" />
      <source>None.</source>
      <translation>Không có.</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/minutes.py" line="193" />
      <source>DRAFT</source>
      <translation>DỰ THẢO</translation>
    </message>
  </context>
  <context>
    <name>MonthView</name>
    <message>
      <location filename="../../coordinator/ui/calendar/month_view.py" line="200" />
      <source>+%1 more</source>
      <translation>+%1 sự kiện khác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/month_view.py" line="259" />
      <source>Repeats</source>
      <translation>Lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/month_view.py" line="262" />
      <source>✖ Double booked: open it to see with what</source>
      <translation>✖ Trùng lịch: mở sự kiện để xem trùng với lịch nào</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/month_view.py" line="264" />
      <source>⚠ Has a warning: open it to see why</source>
      <translation>⚠ Có cảnh báo: mở sự kiện để xem lý do</translation>
    </message>
  </context>
  <context>
    <name>MoveSessionDialog</name>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="500" />
      <source>Move the session</source>
      <translation>Dời buổi tư vấn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="509" />
      <source>&amp;New start:</source>
      <translation>&amp;Bắt đầu mới:</translation>
    </message>
  </context>
  <context>
    <name>MoveToProgrammeDialog</name>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="172" />
      <source>Move to programme</source>
      <translation>Chuyển sang chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="174" />
      <source>Move %1 project(s) to:</source>
      <translation>Chuyển %1 dự án sang:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="175" />
      <source>(no programme)</source>
      <translation>(không thuộc chương trình)</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="508" />
      <source>Save despite the double booking?</source>
      <translation>Vẫn lưu dù trùng lịch?</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="511" />
      <source>This event clashes with other bookings. To save it anyway, write why; the reason is kept with the event.</source>
      <translation>Sự kiện này trùng với lịch đã có. Muốn vẫn lưu, hãy ghi rõ lý do; lý do được lưu cùng sự kiện.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="519" />
      <source>e.g. The expert agreed to two sessions</source>
      <translation>Ví dụ: Chuyên gia đồng ý làm việc liền hai buổi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="523" />
      <source>Save anyway</source>
      <translation>Vẫn lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/event_dialog.py" line="530" />
      <source>&amp;Reason:</source>
      <translation>&amp;Lý do:</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="52" />
      <source>Edit partner</source>
      <translation>Sửa thông tin đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="52" />
      <source>New partner</source>
      <translation>Đối tác mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="57" />
      <source>Full name, e.g. Trường Đại học Thủ Dầu Một</source>
      <translation>Tên đầy đủ, ví dụ: Trường Đại học Thủ Dầu Một</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="62" />
      <source>One of the province's own units</source>
      <translation>Đơn vị trực thuộc tỉnh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="64" />
      <source>Tick for a host unit of the province; leave empty for an outside partner.</source>
      <translation>Đánh dấu nếu là đơn vị tiếp nhận của tỉnh; để trống nếu là đối tác bên ngoài.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="75" />
      <source>&amp;Name *</source>
      <translation>&amp;Tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="76" />
      <source>&amp;Short name</source>
      <translation>Tên &amp;viết tắt</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="77" />
      <source>&amp;Kind</source>
      <translation>&amp;Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="79" />
      <source>&amp;Country</source>
      <translation>&amp;Quốc gia</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="80" />
      <source>&amp;Address</source>
      <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="81" />
      <source>&amp;E-mail</source>
      <translation>Thư đ&amp;iện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="82" />
      <source>&amp;Phone</source>
      <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="83" />
      <source>&amp;Website</source>
      <translation>T&amp;rang thông tin</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="84" />
      <source>N&amp;otes</source>
      <translation>&amp;Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="89" />
      <source>Full name *</source>
      <translation>Họ và tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="89" />
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="89" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="89" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="96" />
      <source>Press Details… (or right-click a contact) for their roles, nationality, expertise and languages</source>
      <translation>Bấm Chi tiết… (hoặc nhấp chuột phải vào một người liên hệ) để nhập vai trò, quốc tịch, chuyên môn và ngoại ngữ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="100" />
      <source>Add contact</source>
      <translation>Thêm người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="102" />
      <location filename="../../coordinator/ui/partners/dialog.py" line="107" />
      <source>&amp;Details…</source>
      <translation>&amp;Chi tiết…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="104" />
      <source>Roles, nationality, expertise, languages and notes of the selected contact</source>
      <translation>Vai trò, quốc tịch, chuyên môn, ngoại ngữ và ghi chú của người liên hệ đang chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="111" />
      <source>Remove contact</source>
      <translation>Bỏ người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="118" />
      <source>Contacts</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="323" />
      <source>Contact %1: %2</source>
      <translation>Người liên hệ thứ %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/dialog.py" line="332" />
      <source>The partner could not be saved: %1</source>
      <translation>Không lưu được đối tác: %1</translation>
    </message>
  </context>
  <context>
    <name>PartnersTab</name>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="102" />
      <source>Filter by name, e.g. “dai hoc” or “binh duong”</source>
      <translation>Lọc theo tên, gõ không dấu cũng được, ví dụ “dai hoc”, “binh duong”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="105" />
      <source>All kinds</source>
      <translation>Mọi loại hình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="109" />
      <source>Partners and province units</source>
      <translation>Đối tác và đơn vị của tỉnh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="110" />
      <source>Outside partners only</source>
      <translation>Chỉ đối tác bên ngoài</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="111" />
      <source>Province units only</source>
      <translation>Chỉ đơn vị của tỉnh</translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/partners/tab.py" line="173" />
      <source>%n partner(s)</source>
      <translation>
        <numerusform>%n đối tác</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="250" />
      <source>Delete partner</source>
      <translation>Xóa đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="251" />
      <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
      <translation>Xóa “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="258" />
      <source>delete partner “%1”</source>
      <translation>xóa đối tác “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="263" />
      <source>Partner deleted. Ctrl+Z brings it back.</source>
      <translation>Đã xóa đối tác. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/partners/tab.py" line="309" />
      <source>%n partner(s) found</source>
      <translation>
        <numerusform>Tìm thấy %n đối tác</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="314" />
      <source>&amp;New partner…</source>
      <translation>Thêm đối tác &amp;mới…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="316" />
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="317" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="50" />
      <location filename="../../coordinator/ui/partners/tab.py" line="376" />
      <source>Short name</source>
      <translation>Tên viết tắt</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="48" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="55" />
      <location filename="../../coordinator/ui/partners/tab.py" line="377" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="60" />
      <location filename="../../coordinator/ui/partners/tab.py" line="379" />
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="62" />
      <location filename="../../coordinator/ui/partners/tab.py" line="380" />
      <source>Province unit</source>
      <translation>Đơn vị của tỉnh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="64" />
      <location filename="../../coordinator/ui/partners/tab.py" line="380" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="69" />
      <location filename="../../coordinator/ui/partners/tab.py" line="382" />
      <source>Country</source>
      <translation>Quốc gia</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="72" />
      <source>No. of projects</source>
      <translation>Số dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="204" />
      <source>new partner</source>
      <translation>thêm đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="207" />
      <source>Partner saved. Ctrl+Z undoes it.</source>
      <translation>Đã lưu đối tác. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="221" />
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="228" />
      <source>Partner saved. Ctrl+Z undoes the change.</source>
      <translation>Đã lưu đối tác. Nhấn Ctrl+Z để hoàn tác thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="323" />
      <source>New &amp;agreement with this partner…</source>
      <translation>Thêm &amp;thỏa thuận với đối tác này…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="325" />
      <source>Experts and &amp;volunteers</source>
      <translation>Chuyên gia và tình &amp;nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="352" />
      <source>Experts of %1</source>
      <translation>Chuyên gia của %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="359" />
      <source>Select a partner to see its page.</source>
      <translation>Chọn một đối tác để xem thông tin chi tiết.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="369" />
      <source>Experts and volunteers of this partner (%1)</source>
      <translation>Chuyên gia, tình nguyện viên của đối tác này (%1)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="83" />
      <location filename="../../coordinator/ui/partners/tab.py" line="383" />
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="86" />
      <location filename="../../coordinator/ui/partners/tab.py" line="384" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="85" />
      <location filename="../../coordinator/ui/partners/tab.py" line="385" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="84" />
      <location filename="../../coordinator/ui/partners/tab.py" line="386" />
      <source>Website</source>
      <translation>Trang thông tin</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="87" />
      <location filename="../../coordinator/ui/partners/tab.py" line="387" />
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="182" />
      <source>Partners</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="390" />
      <source>Contacts</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="394" />
      <source>No contacts yet.</source>
      <translation>Chưa có người liên hệ.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="396" />
      <source>Cooperation agreements</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="399" />
      <source>New agreement with this partner…</source>
      <translation>Thêm thỏa thuận với đối tác này…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="402" />
      <source>No agreements yet.</source>
      <translation>Chưa có thỏa thuận hợp tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="406" />
      <source>(vision to %1)</source>
      <translation>(tầm nhìn đến năm %1)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="407" />
      <source>open</source>
      <translation>mở</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="409" />
      <source>renew</source>
      <translation>gia hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="414" />
      <source>Number</source>
      <translation>Số hiệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="415" />
      <source>Signed</source>
      <translation>Ngày ký</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="416" />
      <source>Period</source>
      <translation>Thời hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="417" />
      <source>Parties</source>
      <translation>Các bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="418" />
      <source>Fields</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="424" />
      <source>Commitment</source>
      <translation>Cam kết</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="424" />
      <source>Party</source>
      <translation>Bên thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="424" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="424" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="429" />
      <source>No commitments recorded.</source>
      <translation>Chưa ghi nhận cam kết.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="432" />
      <source>Projects</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/partners/tab.py" line="441" />
      <source>No projects yet.</source>
      <translation>Chưa có dự án.</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <location filename="../../coordinator/ui/people/edit.py" line="54" />
      <source>new person “%1”</source>
      <translation>thêm cá nhân “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/edit.py" line="79" />
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="36" />
      <source>Contact</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="37" />
      <source>Volunteer expert</source>
      <translation>Chuyên gia tình nguyện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="38" />
      <source>Staff</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="67" />
      <source>Edit person</source>
      <translation>Sửa thông tin cá nhân</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="67" />
      <source>New person</source>
      <translation>Thêm cá nhân</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="73" />
      <source>e.g. Nguyễn Văn An</source>
      <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="75" />
      <source>Position, e.g. Trưởng phòng</source>
      <translation>Chức vụ, ví dụ: Trưởng phòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="84" />
      <source>A person may have several roles at once</source>
      <translation>Một người có thể có nhiều vai trò cùng lúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="86" />
      <source>(no organisation)</source>
      <translation>(không thuộc tổ chức nào)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="91" />
      <source>e.g. Ấn Độ</source>
      <translation>Ví dụ: Ấn Độ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="97" />
      <source>e.g. dữ liệu, an toàn thông tin</source>
      <translation>Ví dụ: dữ liệu, an toàn thông tin</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="99" />
      <source>e.g. English, Tiếng Việt</source>
      <translation>Ví dụ: Tiếng Anh, Tiếng Việt</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="104" />
      <source>Full &amp;name *</source>
      <translation>&amp;Họ và tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="105" />
      <source>&amp;Roles *</source>
      <translation>&amp;Vai trò *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="106" />
      <source>&amp;Position</source>
      <translation>C&amp;hức vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="108" />
      <source>&amp;Organisation</source>
      <translation>&amp;Tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="109" />
      <source>&amp;E-mail</source>
      <translation>Thư đ&amp;iện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="110" />
      <source>P&amp;hone</source>
      <translation>Điện &amp;thoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="111" />
      <source>Na&amp;tionality</source>
      <translation>&amp;Quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="112" />
      <source>E&amp;xpertise</source>
      <translation>Chuyên &amp;môn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="113" />
      <source>&amp;Languages</source>
      <translation>N&amp;goại ngữ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="114" />
      <source>N&amp;otes</source>
      <translation>&amp;Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="136" />
      <source>(an organisation in the trash)</source>
      <translation>(tổ chức đang trong thùng rác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="201" />
      <source>Tick at least one role.</source>
      <translation>Hãy chọn ít nhất một vai trò.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/people/dialog.py" line="207" />
      <source>The person could not be saved: %1</source>
      <translation>Không lưu được thông tin cá nhân: %1</translation>
    </message>
  </context>
  <context>
    <name>PlannerDialog</name>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="86" />
      <source>Plan consultations</source>
      <translation>Lập lịch tư vấn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="130" />
      <source> min</source>
      <translation> phút</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="132" />
      <source>Start times to try, in order of preference</source>
      <translation>Các giờ bắt đầu muốn xếp, theo thứ tự ưu tiên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="133" />
      <source>&amp;Propose a timetable</source>
      <translation>Đề &amp;xuất lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="142" />
      <source>&amp;From</source>
      <translation>&amp;Từ ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="142" />
      <source>&amp;To</source>
      <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="155" />
      <source>&amp;Sessions per project per week</source>
      <translation>&amp;Số buổi mỗi dự án mỗi tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="156" />
      <source>Session &amp;length</source>
      <translation>&amp;Thời lượng mỗi buổi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="157" />
      <source>Preferred &amp;times</source>
      <translation>&amp;Giờ ưu tiên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="161" />
      <source>Projects (host unit and volunteers):</source>
      <translation>Dự án (đơn vị tiếp nhận và tình nguyện viên):</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="176" />
      <source>Double-click a session to move it; right-click to move or drop it.</source>
      <translation>Nhấp đúp vào một buổi để dời; nhấp chuột phải để dời hoặc bỏ buổi đó.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="187" />
      <source>Sessions that could not be placed:</source>
      <translation>Các buổi không xếp được:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="206" />
      <source>&amp;Save the timetable</source>
      <translation>&amp;Lưu lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="231" />
      <source>⚠ The whole period is in the past (today is %1): the sessions would be dated before today.</source>
      <translation>⚠ Toàn bộ khoảng thời gian đã chọn đã qua (hôm nay là %1): các buổi tư vấn sẽ được xếp vào những ngày trước hôm nay.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="240" />
      <source>⚠ Part of the period is in the past: %1 – %2 come before today (%3).</source>
      <translation>⚠ Một phần khoảng thời gian đã qua: từ %1 đến %2 là trước hôm nay (%3).</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="269" />
      <source>Tick at least one project.</source>
      <translation>Hãy chọn ít nhất một dự án.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="271" />
      <source>The last day comes before the first.</source>
      <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="273" />
      <source>Plan at most one year at a time.</source>
      <translation>Mỗi lần chỉ lập lịch tối đa một năm.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="275" />
      <source>Write the preferred start times as 08:00, 14:00.</source>
      <translation>Hãy ghi giờ bắt đầu theo dạng 08:00, 14:00.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="340" />
      <source>no room</source>
      <translation>chưa có phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="351" />
      <source>%1 (%2 sessions): %3</source>
      <translation>%1 (%2 buổi): %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="479" />
      <source>No working day left in the week (holidays, weekend, period's end)</source>
      <translation>Không còn ngày làm việc trong tuần (ngày lễ, cuối tuần hoặc ngoài khoảng thời gian đã chọn)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="482" />
      <source>Outside the project's dates</source>
      <translation>Ngoài thời gian thực hiện dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="485" />
      <source>Outside the volunteers' stay</source>
      <translation>Ngoài thời gian lưu trú của tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="488" />
      <source>No preferred time fits office hours</source>
      <translation>Không có giờ ưu tiên nào nằm trong giờ hành chính</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="491" />
      <source>The volunteers or the host unit are busy at every preferred time</source>
      <translation>Tình nguyện viên hoặc đơn vị tiếp nhận đã bận vào mọi giờ ưu tiên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="364" />
      <source>%1 sessions placed, %2 could not be placed.</source>
      <translation>Đã xếp %1 buổi, %2 buổi không xếp được.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="366" />
      <source>All %1 sessions placed without a clash.</source>
      <translation>Đã xếp đủ %1 buổi, không trùng lịch.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="379" />
      <source>%1, weeks of %2</source>
      <translation>%1, các tuần bắt đầu %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="392" />
      <source>%1: the host unit has no room in the list of rooms; the place of these sessions is left empty.</source>
      <translation>%1: đơn vị tiếp nhận chưa có phòng họp trong danh sách; địa điểm của các buổi này để trống.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="406" />
      <source>Every room of the host unit is taken at %1; the place is left empty.</source>
      <translation>Mọi phòng họp của đơn vị tiếp nhận đều đã có lịch vào %1; địa điểm để trống.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="425" />
      <source>&amp;Move…</source>
      <translation>&amp;Dời…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="426" />
      <source>&amp;Drop this session</source>
      <translation>&amp;Bỏ buổi này</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="454" />
      <source>That time clashes with another booking of a volunteer or the host unit.</source>
      <translation>Thời gian này trùng với lịch khác của tình nguyện viên hoặc đơn vị tiếp nhận.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="466" />
      <source>Consultation %1: %2</source>
      <translation>Tư vấn %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/planner_dialog.py" line="471" />
      <source>The timetable could not be saved: %1</source>
      <translation>Không lưu được lịch: %1</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="32" />
      <source>Preferences</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="37" />
      <source>Working periods of a day, e.g. 07:30-11:30, 13:30-17:00</source>
      <translation>Các khoảng thời gian làm việc trong ngày, ví dụ 07:30-11:30, 13:30-17:00</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="41" />
      <source>e.g. Sở Thông tin và Truyền thông</source>
      <translation>VD: Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="43" />
      <source>e.g. Tỉnh Bình Dương</source>
      <translation>VD: Tỉnh Bình Dương</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="45" />
      <source>Printed at the top of minutes and status reports</source>
      <translation>In ở đầu biên bản và báo cáo tình hình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="51" />
      <source>A backup is made on start (once a day), before each import and upgrade, and with File → Back up now; older ones are removed</source>
      <translation>Bản sao lưu được tạo khi khởi động (mỗi ngày một lần), trước mỗi lần nhập lịch và nâng cấp, và khi chọn Tệp → Sao lưu ngay; các bản cũ hơn sẽ được xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="58" />
      <source> days before</source>
      <translation> ngày trước</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="61" />
      <source>An agreement ending this soon is named in Follow-up, counted in the status bar and listed in the status report, until a renewal is saved</source>
      <translation>Thỏa thuận sắp hết hạn trong khoảng này được nêu tên ở thẻ Theo dõi, đếm trên thanh trạng thái và liệt kê trong báo cáo tình hình, cho đến khi lưu thỏa thuận gia hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="66" />
      <source>&amp;Office hours</source>
      <translation>&amp;Giờ hành chính</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="67" />
      <source>&amp;Department:</source>
      <translation>Tên &amp;sở:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="68" />
      <source>P&amp;rovince:</source>
      <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="69" />
      <source>&amp;Backups to keep:</source>
      <translation>Số &amp;bản sao lưu giữ lại:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="70" />
      <source>&amp;Agreements ending:</source>
      <translation>Báo trước khi thỏa thuận &amp;hết hạn:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/preferences.py" line="88" />
      <source>Write the periods as 07:30-11:30, 13:30-17:00 (each end after its start).</source>
      <translation>Hãy ghi theo dạng 07:30-11:30, 13:30-17:00 (giờ kết thúc sau giờ bắt đầu).</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="145" />
      <source>Row</source>
      <translation>Dòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="146" />
      <source>Name in the file</source>
      <translation>Tên trong tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="147" />
      <source>Action</source>
      <translation>Xử lý</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="148" />
      <source>Stored now</source>
      <translation>Đang lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="149" />
      <source>What changes</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="150" />
      <source>Problems and notes</source>
      <translation>Lỗi và ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="184" />
      <source>Double-click to choose: merge, add (keep both) or skip</source>
      <translation>Bấm đúp để chọn: gộp, thêm (giữ cả hai) hoặc bỏ qua</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/sheets/preview.py" line="196" />
      <source>row %1 of the file</source>
      <translation>dòng %1 của tệp</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeDialog</name>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="87" />
      <source>Edit programme</source>
      <translation>Sửa chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="87" />
      <source>New programme</source>
      <translation>Thêm chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="91" />
      <source>e.g. Chương trình tình nguyện viên tư vấn 2026</source>
      <translation>Ví dụ: Chương trình tình nguyện viên tư vấn 2026</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="93" />
      <source>e.g. Con người, Doanh nghiệp, Công nghệ</source>
      <translation>Ví dụ: Con người, Doanh nghiệp, Công nghệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="94" />
      <source>(no partner)</source>
      <translation>(không gắn đối tác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="98" />
      <source>&amp;Name *</source>
      <translation>&amp;Tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="99" />
      <source>&amp;Domain</source>
      <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="100" />
      <source>&amp;Partner</source>
      <translation>Đối &amp;tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="101" />
      <source>D&amp;escription</source>
      <translation>&amp;Mô tả</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="114" />
      <source>(a partner in the trash)</source>
      <translation>(đối tác đang trong thùng rác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="153" />
      <source>Another programme already has this name.</source>
      <translation>Đã có chương trình khác cùng tên.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="159" />
      <source>The programme could not be saved: %1</source>
      <translation>Không lưu được chương trình: %1</translation>
    </message>
  </context>
  <context>
    <name>ProgrammesDialog</name>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="57" />
      <source>Programme</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="62" />
      <source>Domain</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="67" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="72" />
      <source>No. of projects</source>
      <translation>Số dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="214" />
      <source>move %1 project(s)</source>
      <translation>chuyển %1 dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="235" />
      <source>Programmes</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="238" />
      <source>Filter by name or domain</source>
      <translation>Lọc theo tên hoặc lĩnh vực</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="265" />
      <source>&amp;New…</source>
      <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="267" />
      <location filename="../../coordinator/ui/projects/programmes.py" line="387" />
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="269" />
      <location filename="../../coordinator/ui/projects/programmes.py" line="388" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="303" />
      <source>%1 programme(s)</source>
      <translation>%1 chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="334" />
      <source>new programme</source>
      <translation>thêm chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="348" />
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="361" />
      <source>Delete programme</source>
      <translation>Xóa chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="364" />
      <source>Delete programme “%1”? Its %2 project(s) stay, without a programme until it is restored. You can undo this with Ctrl+Z.</source>
      <translation>Xóa chương trình “%1”? %2 dự án của chương trình vẫn được giữ lại, không thuộc chương trình nào cho đến khi chương trình được khôi phục. Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="376" />
      <source>delete programme “%1”</source>
      <translation>xóa chương trình “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/programmes.py" line="385" />
      <source>&amp;New programme…</source>
      <translation>Thêm &amp;chương trình…</translation>
    </message>
  </context>
  <context>
    <name>ProjectDialog</name>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="102" />
      <source>Edit project</source>
      <translation>Sửa dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="102" />
      <location filename="../../coordinator/ui/projects/dialog.py" line="302" />
      <source>New project</source>
      <translation>Dự án mới</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="107" />
      <source>e.g. TNV-05</source>
      <translation>ví dụ: TNV-05</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="113" />
      <source>(no programme)</source>
      <translation>(không thuộc chương trình)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="114" />
      <source>(no partner)</source>
      <translation>(không gắn đối tác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="115" />
      <source>(no host unit)</source>
      <translation>(không có đơn vị tiếp nhận)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="121" />
      <source>&amp;Code *</source>
      <translation>&amp;Mã *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="122" />
      <source>&amp;Title *</source>
      <translation>&amp;Tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="123" />
      <source>&amp;Status</source>
      <translation>Tr&amp;ạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="124" />
      <source>P&amp;rogramme</source>
      <translation>&amp;Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="125" />
      <source>&amp;Partner</source>
      <translation>Đối &amp;tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="126" />
      <source>&amp;Host unit</source>
      <translation>Đơn vị &amp;tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="127" />
      <source>Starts on</source>
      <translation>Ngày bắt đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="128" />
      <source>Ends on</source>
      <translation>Ngày kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="129" />
      <source>&amp;Objectives</source>
      <translation>Mục &amp;tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="133" />
      <source>Milestone *</source>
      <translation>Mốc tiến độ *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="133" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="133" />
      <source>Done on</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="138" />
      <source>Indicator *</source>
      <translation>Chỉ số *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="139" />
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="140" />
      <source>Baseline</source>
      <translation>Giá trị ban đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="141" />
      <source>Target</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="142" />
      <source>Actual</source>
      <translation>Thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="146" />
      <source>General</source>
      <translation>Thông tin chung</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="147" />
      <source>Milestones</source>
      <translation>Mốc tiến độ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="148" />
      <source>Indicators</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="162" />
      <source>Add row</source>
      <translation>Thêm dòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="164" />
      <source>Remove row</source>
      <translation>Xóa dòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="189" />
      <source>(a programme in the trash)</source>
      <translation>(chương trình đang trong thùng rác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="205" />
      <source>Row %1: %2</source>
      <translation>Dòng %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="227" />
      <source>baseline, target and actual are numbers.</source>
      <translation>giá trị ban đầu, chỉ tiêu và thực hiện phải là số.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="305" />
      <source>Give the copy a code of its own, then save.</source>
      <translation>Hãy đặt cho bản sao một mã riêng rồi lưu.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/dialog.py" line="323" />
      <source>The project could not be saved: %1</source>
      <translation>Không lưu được dự án: %1</translation>
    </message>
  </context>
  <context>
    <name>ProjectsTab</name>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="103" />
      <source>Filter by code or title</source>
      <translation>Lọc theo mã hoặc tên dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="187" />
      <source>All statuses</source>
      <translation>Mọi trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="109" />
      <source>All programmes</source>
      <translation>Mọi chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="114" />
      <source>All partners</source>
      <translation>Mọi đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="119" />
      <source>All host units</source>
      <translation>Mọi đơn vị tiếp nhận</translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/projects/tab.py" line="209" />
      <source>%n project(s)</source>
      <translation>
        <numerusform>%n dự án</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="281" />
      <source>Delete project</source>
      <translation>Xóa dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="282" />
      <source>Delete project “%1”? You can undo this with Ctrl+Z.</source>
      <translation>Xóa dự án “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="289" />
      <source>delete project “%1”</source>
      <translation>xóa dự án “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="294" />
      <source>Project deleted. Ctrl+Z brings it back.</source>
      <translation>Đã xóa dự án. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../coordinator/ui/projects/tab.py" line="344" />
      <source>%n project(s) found</source>
      <translation>
        <numerusform>Tìm thấy %n dự án</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="349" />
      <source>&amp;New project…</source>
      <translation>Thêm dự án &amp;mới…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="351" />
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="352" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="72" />
      <location filename="../../coordinator/ui/projects/tab.py" line="462" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="56" />
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="57" />
      <source>Title</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="59" />
      <location filename="../../coordinator/ui/projects/tab.py" line="463" />
      <source>Programme</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="64" />
      <location filename="../../coordinator/ui/projects/tab.py" line="464" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="67" />
      <location filename="../../coordinator/ui/projects/tab.py" line="465" />
      <source>Host unit</source>
      <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="77" />
      <source>Starts</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="83" />
      <source>Ends</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="218" />
      <source>Projects</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="239" />
      <source>new project</source>
      <translation>thêm dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="242" />
      <source>Project saved. Ctrl+Z undoes it.</source>
      <translation>Đã lưu dự án. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="254" />
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="259" />
      <source>Project saved. Ctrl+Z undoes the change.</source>
      <translation>Đã lưu dự án. Nhấn Ctrl+Z để hoàn tác thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="353" />
      <source>&amp;Move to programme…</source>
      <translation>&amp;Chuyển sang chương trình…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="355" />
      <source>Add a &amp;stay…</source>
      <translation>Thêm &amp;phân công…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="356" />
      <source>Volunteer &amp;roster of this project</source>
      <translation>Danh sách tình &amp;nguyện viên của dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="364" />
      <source>Volunteer roster – %1</source>
      <translation>Danh sách tình nguyện viên – %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="385" />
      <source>%1 project(s) moved. Ctrl+Z undoes it.</source>
      <translation>Đã chuyển %1 dự án. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="428" />
      <source>Stay removed. Ctrl+Z brings it back.</source>
      <translation>Đã xóa phân công. Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="449" />
      <source>Select a project to see its page.</source>
      <translation>Chọn một dự án để xem thông tin chi tiết.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="454" />
      <source>Open the volunteer roster</source>
      <translation>Mở danh sách tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="455" />
      <source>Add a stay…</source>
      <translation>Thêm phân công…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="466" />
      <source>Period</source>
      <translation>Thời hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="467" />
      <source>Objectives</source>
      <translation>Mục tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="470" />
      <source>Milestones</source>
      <translation>Mốc tiến độ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="472" />
      <source>Milestone</source>
      <translation>Mốc tiến độ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="472" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="472" />
      <source>Done on</source>
      <translation>Ngày hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="477" />
      <source>No milestones yet.</source>
      <translation>Chưa có mốc tiến độ.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="479" />
      <source>Indicators</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="482" />
      <source>Indicator</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="483" />
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="484" />
      <source>Baseline</source>
      <translation>Giá trị ban đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="485" />
      <source>Target</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="486" />
      <source>Actual</source>
      <translation>Thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="492" />
      <source>No indicators yet.</source>
      <translation>Chưa có chỉ số.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="494" />
      <source>Assigned volunteers</source>
      <translation>Chuyên gia tình nguyện được phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="510" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="511" />
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="512" />
      <source>Expertise</source>
      <translation>Chuyên môn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="513" />
      <source>Stay</source>
      <translation>Thời gian lưu trú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="508" />
      <source>No volunteers assigned.</source>
      <translation>Chưa phân công chuyên gia.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="500" />
      <source>Events</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="517" />
      <source>edit</source>
      <translation>sửa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="517" />
      <source>remove</source>
      <translation>xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="549" />
      <source>No events yet.</source>
      <translation>Chưa có sự kiện.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/tab.py" line="550" />
      <source>minutes</source>
      <translation>biên bản</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <location filename="../../coordinator/ui/common/editor.py" line="84" />
      <source>&amp;History…</source>
      <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/common/editor.py" line="86" />
      <source>Who changed this record, when, and what</source>
      <translation>Ai đã thay đổi bản ghi này, khi nào và thay đổi gì</translation>
    </message>
  </context>
  <context>
    <name>RecurrenceEdit</name>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="34" />
      <source>Does not repeat</source>
      <translation>Không lặp lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="35" />
      <source>Daily</source>
      <translation>Hằng ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="36" />
      <source>Weekly</source>
      <translation>Hằng tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="37" />
      <source>Monthly</source>
      <translation>Hằng tháng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="40" />
      <source>every </source>
      <translation>cách </translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="41" />
      <source>1 = every day, week or month; 2 = every other one…</source>
      <translation>1 = mỗi ngày, tuần hoặc tháng; 2 = cách một ngày, tuần hoặc tháng…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="43" />
      <source>Mon</source>
      <translation>Thứ Hai</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="44" />
      <source>Tue</source>
      <translation>Thứ Ba</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="45" />
      <source>Wed</source>
      <translation>Thứ Tư</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="46" />
      <source>Thu</source>
      <translation>Thứ Năm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="47" />
      <source>Fri</source>
      <translation>Thứ Sáu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="48" />
      <source>Sat</source>
      <translation>Thứ Bảy</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="49" />
      <source>Sun</source>
      <translation>Chủ nhật</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="53" />
      <source>no end date</source>
      <translation>không có ngày kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="54" />
      <source>until</source>
      <translation>đến ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="55" />
      <source>number of times</source>
      <translation>số lần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="61" />
      <source>Skipped dates: dd/mm/yyyy, dd/mm/yyyy</source>
      <translation>Ngày bỏ qua: dd/mm/yyyy, dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/recurrence_edit.py" line="62" />
      <source>Repeats by a rule from an imported file (kept as it is).</source>
      <translation>Lặp lại theo quy tắc từ tệp đã nhập (giữ nguyên).</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="../../coordinator/reports/common.py" line="53" />
      <source>PEOPLE'S COMMITTEE OF %1</source>
      <translation>UBND %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/common.py" line="64" />
      <source>SOCIALIST REPUBLIC OF VIETNAM</source>
      <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/common.py" line="65" />
      <source>Independence – Freedom – Happiness</source>
      <translation>Độc lập – Tự do – Hạnh phúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/common.py" line="71" />
      <source>%1, day %2 month %3 year %4</source>
      <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
  </context>
  <context>
    <name>ReportChart</name>
    <message>
      <location filename="../../coordinator/reports/status/office.py" line="262" />
      <location filename="../../coordinator/reports/status/charts.py" line="125" />
      <source>Held</source>
      <translation>Đã tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/office.py" line="263" />
      <location filename="../../coordinator/reports/status/charts.py" line="126" />
      <source>Planned</source>
      <translation>Dự kiến</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="82" />
      <source>Status report</source>
      <translation>Báo cáo tình hình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="88" />
      <source>This month</source>
      <translation>Tháng này</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="89" />
      <source>Last month</source>
      <translation>Tháng trước</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="90" />
      <source>This quarter</source>
      <translation>Quý này</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="91" />
      <source>This year</source>
      <translation>Năm nay</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="92" />
      <source>Custom</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="96" />
      <source>First day of the period</source>
      <translation>Ngày đầu kỳ báo cáo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="97" />
      <source>Last day of the period</source>
      <translation>Ngày cuối kỳ báo cáo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="98" />
      <source>Period</source>
      <translation>Kỳ báo cáo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="101" />
      <source>from</source>
      <translation>từ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="103" />
      <source>to</source>
      <translation>đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="110" />
      <source>Everything</source>
      <translation>Toàn bộ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="111" />
      <source>One programme</source>
      <translation>Một chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="112" />
      <source>One partner</source>
      <translation>Một đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="113" />
      <source>One project</source>
      <translation>Một dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="114" />
      <source>One host unit</source>
      <translation>Một đơn vị tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="117" />
      <location filename="../../coordinator/ui/report/dialog.py" line="218" />
      <source>(choose)</source>
      <translation>(chọn)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="118" />
      <source>Type part of a name to find it</source>
      <translation>Gõ một phần tên để tìm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="119" />
      <source>Scope</source>
      <translation>Phạm vi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="125" />
      <source>Sections</source>
      <translation>Nội dung báo cáo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="138" />
      <source>e.g. Sở Thông tin và Truyền thông</source>
      <translation>VD: Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="139" />
      <source>e.g. Tỉnh Bình Dương</source>
      <translation>VD: Tỉnh Bình Dương</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="140" />
      <source>Header (kept in the preferences)</source>
      <translation>Tiêu đề văn bản (lưu trong tùy chọn)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="142" />
      <source>&amp;Department:</source>
      <translation>Tên &amp;sở:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="143" />
      <source>P&amp;rovince:</source>
      <translation>&amp;Tỉnh:</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="150" />
      <source>Pre&amp;view…</source>
      <translation>&amp;Xem trước…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="151" />
      <source>See the pages before printing (Ctrl+P)</source>
      <translation>Xem các trang trước khi in (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="152" />
      <source>&amp;Print…</source>
      <translation>&amp;In…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="153" />
      <source>Save as P&amp;DF…</source>
      <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="154" />
      <source>Save as &amp;Word…</source>
      <translation>Lưu &amp;Word…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="155" />
      <source>Save as &amp;Excel…</source>
      <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="227" />
      <source>One line per partner. When the lists run past %1 rows, paper and Word print this table instead; Excel always has the lists.</source>
      <translation>Mỗi đối tác một dòng. Khi các danh sách vượt quá %1 dòng, bản in và tệp Word chỉ in bảng này thay cho danh sách; tệp Excel luôn có đầy đủ danh sách.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="233" />
      <source>A report about one programme, partner or project has one partner.</source>
      <translation>Báo cáo theo một chương trình, đối tác hoặc dự án chỉ có một đối tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="253" />
      <source>The period must end on or after its first day.</source>
      <translation>Ngày cuối kỳ phải bằng hoặc sau ngày đầu kỳ.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="261" />
      <source>Choose which one in the list beside the scope.</source>
      <translation>Hãy chọn một mục trong danh sách bên cạnh phạm vi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="268" />
      <source>Tick at least one section to include.</source>
      <translation>Hãy chọn ít nhất một nội dung để đưa vào báo cáo.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="325" />
      <source>Gathering the report…</source>
      <translation>Đang tổng hợp số liệu…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="325" />
      <location filename="../../coordinator/ui/report/dialog.py" line="420" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="321" />
      <source>The report was stopped.</source>
      <translation>Đã dừng lập báo cáo.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="340" />
      <source>Print preview – status report</source>
      <translation>Xem trước khi in – báo cáo tình hình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="356" />
      <source>%1 pages sent to the printer.</source>
      <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="361" />
      <source>status-report</source>
      <translation>bao-cao-tinh-hinh</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="372" />
      <source>PDF documents (*.pdf)</source>
      <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="373" />
      <source>Word documents (*.docx)</source>
      <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="374" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="378" />
      <location filename="../../coordinator/ui/report/dialog.py" line="412" />
      <source>Save the report</source>
      <translation>Lưu báo cáo</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="420" />
      <source>Writing the report…</source>
      <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="399" />
      <source>The report was stopped; no file was written.</source>
      <translation>Đã dừng lập báo cáo; không có tệp nào được ghi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="408" />
      <source>the process writing it stopped unexpectedly</source>
      <translation>tiến trình ghi tệp đã dừng bất thường</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="406" />
      <source>The report could not be written to %1: %2</source>
      <translation>Không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/report/dialog.py" line="392" />
      <source>Saved to %1</source>
      <translation>Đã lưu vào %1</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="47" />
      <location filename="../../coordinator/ui/backups.py" line="110" />
      <source>Restore from a backup</source>
      <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="54" />
      <source>Choose the backup to bring back. It is checked before anything is replaced, and the current file is kept beside it under a new name.</source>
      <translation>Chọn bản sao lưu cần khôi phục. Bản sao lưu được kiểm tra trước khi thay thế, và tệp hiện tại được giữ lại bên cạnh với tên mới.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="61" />
      <source>Made at</source>
      <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="61" />
      <source>Why</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="61" />
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="82" />
      <source>There are no backups of this database yet.</source>
      <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="85" />
      <source>&amp;Restore</source>
      <translation>&amp;Khôi phục</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="89" />
      <source>&amp;Other file…</source>
      <translation>&amp;Tệp khác…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="90" />
      <source>Restore from a backup file kept elsewhere</source>
      <translation>Khôi phục từ một tệp sao lưu lưu ở nơi khác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/backups.py" line="112" />
      <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
      <translation>Cơ sở dữ liệu Coordinator (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
  </context>
  <context>
    <name>RoomDialog</name>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="33" />
      <source>Edit room</source>
      <translation>Sửa phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="33" />
      <source>New room</source>
      <translation>Thêm phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="38" />
      <source>e.g. Phòng họp số 2</source>
      <translation>Ví dụ: Phòng họp số 2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="40" />
      <source>e.g. P.2, PH2</source>
      <translation>VD: P.2, PH2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="43" />
      <source>Other names the office writes for this room, separated by commas: an event whose place is one of them is held in this room, and clashes in it</source>
      <translation>Các tên gọi khác của phòng mà cơ quan hay ghi, cách nhau bằng dấu phẩy: sự kiện ghi địa điểm là một trong các tên này được tính là họp tại phòng này và được kiểm tra trùng lịch theo phòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="48" />
      <source>(no host unit)</source>
      <translation>(không thuộc đơn vị nào)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="52" />
      <source>The province's own unit the room belongs to; the planner puts its sessions here</source>
      <translation>Đơn vị của tỉnh có phòng họp này; công cụ lập lịch xếp các buổi của đơn vị vào đây</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="57" />
      <source>(not known)</source>
      <translation>(chưa rõ)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="58" />
      <source> seats</source>
      <translation> chỗ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="61" />
      <source>e.g. Floor 3; projector; book with the office</source>
      <translation>Ví dụ: Tầng 3; có máy chiếu; đăng ký với Văn phòng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="64" />
      <source>&amp;Name *</source>
      <translation>&amp;Tên *</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="65" />
      <source>Other n&amp;ames</source>
      <translation>Tên gọi &amp;khác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="66" />
      <source>&amp;Host unit</source>
      <translation>Đơn vị &amp;tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="67" />
      <source>&amp;Capacity</source>
      <translation>&amp;Sức chứa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="68" />
      <source>N&amp;otes</source>
      <translation>&amp;Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="82" />
      <source>(a unit in the trash)</source>
      <translation>(đơn vị đang trong thùng rác)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="132" />
      <source>Another room of this unit (or without a unit) has this name.</source>
      <translation>Đã có phòng họp khác cùng tên thuộc đơn vị này (hoặc không thuộc đơn vị nào).</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="137" />
      <source>One of these names is already another room's name.</source>
      <translation>Một trong các tên này đã là tên của phòng họp khác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="140" />
      <source>The capacity is a whole number of seats.</source>
      <translation>Sức chứa phải là số chỗ ngồi nguyên dương.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="142" />
      <source>Choose one of the province's own units.</source>
      <translation>Hãy chọn một đơn vị của tỉnh.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/dialog.py" line="148" />
      <source>The room could not be saved: %1</source>
      <translation>Không lưu được phòng họp: %1</translation>
    </message>
  </context>
  <context>
    <name>RoomsDialog</name>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="48" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="50" />
      <source>Host unit</source>
      <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="55" />
      <source>Seats</source>
      <translation>Sức chứa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="61" />
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="76" />
      <source>Rooms</source>
      <translation>Phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="81" />
      <source>Events held in the same room clash, whatever each calls the place. The planner puts a project's sessions in its host unit's rooms.</source>
      <translation>Các sự kiện trong cùng một phòng họp vào cùng giờ sẽ bị báo trùng, dù mỗi sự kiện ghi tên địa điểm khác nhau. Công cụ lập lịch xếp các buổi của dự án vào phòng họp của đơn vị tiếp nhận.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="87" />
      <source>Filter by name, e.g. “phong hop”</source>
      <translation>Lọc theo tên, ví dụ “phong hop”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="91" />
      <source>All host units</source>
      <translation>Mọi đơn vị tiếp nhận</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="114" />
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="175" />
      <source>No rooms yet. “New room…” adds the first.</source>
      <translation>Chưa có phòng họp nào. Bấm “Thêm phòng họp…” để thêm phòng đầu tiên.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="123" />
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="280" />
      <source>&amp;New room…</source>
      <translation>&amp;Thêm phòng họp…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="125" />
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="282" />
      <source>&amp;Edit…</source>
      <translation>&amp;Sửa…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="127" />
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="283" />
      <source>&amp;Delete</source>
      <translation>&amp;Xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="129" />
      <source>Move the room to the trash (Delete); Ctrl+Z undoes it</source>
      <translation>Chuyển phòng họp vào thùng rác (Delete); Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="173" />
      <source>No room matches the filter.</source>
      <translation>Không có phòng họp nào khớp với bộ lọc.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="211" />
      <source>new room</source>
      <translation>thêm phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="213" />
      <source>Room saved. Ctrl+Z undoes it.</source>
      <translation>Đã lưu phòng họp. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="230" />
      <source>edit “%1”</source>
      <translation>sửa “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="235" />
      <source>Room saved. Ctrl+Z undoes the change.</source>
      <translation>Đã lưu phòng họp. Ctrl+Z để hoàn tác thay đổi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="259" />
      <source>Delete room</source>
      <translation>Xóa phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="261" />
      <source>Delete “%1”? Its events keep their place. You can undo this with Ctrl+Z.</source>
      <translation>Xóa “%1”? Các sự kiện của phòng vẫn giữ địa điểm. Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="270" />
      <source>delete room “%1”</source>
      <translation>xóa phòng họp “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/rooms/list_dialog.py" line="275" />
      <source>Room deleted. Ctrl+Z brings it back.</source>
      <translation>Đã xóa phòng họp. Ctrl+Z để khôi phục.</translation>
    </message>
  </context>
  <context>
    <name>RosterDialog</name>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="47" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="49" />
      <source>Organisation</source>
      <translation>Tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="54" />
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="59" />
      <source>Expertise</source>
      <translation>Chuyên môn</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="64" />
      <source>Languages</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="68" />
      <source>Contact</source>
      <translation>Liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="72" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="77" />
      <source>Arrives</source>
      <translation>Ngày đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="83" />
      <source>Departs</source>
      <translation>Ngày đi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="95" />
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="97" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="98" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="125" />
      <source>Volunteer roster</source>
      <translation>Danh sách tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="128" />
      <source>Find by name, e-mail or nationality</source>
      <translation>Tìm theo tên, thư điện tử hoặc quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="131" />
      <source>Expertise, e.g. dữ liệu</source>
      <translation>Chuyên môn, ví dụ: dữ liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="158" />
      <source>Double-click a volunteer to see their week in the calendar; right-click to edit them or their stay</source>
      <translation>Nhấp đúp vào một tình nguyện viên để xem lịch tuần của họ; nhấp chuột phải để sửa thông tin hoặc phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="164" />
      <location filename="../../coordinator/ui/projects/roster.py" line="367" />
      <source>&amp;Add volunteer…</source>
      <translation>&amp;Thêm tình nguyện viên…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="165" />
      <source>A new person, with the volunteer expert role ticked</source>
      <translation>Thêm cá nhân mới, đã đánh dấu vai trò chuyên gia tình nguyện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="167" />
      <location filename="../../coordinator/ui/projects/roster.py" line="370" />
      <source>&amp;Edit volunteer…</source>
      <translation>&amp;Sửa tình nguyện viên…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="169" />
      <location filename="../../coordinator/ui/projects/roster.py" line="372" />
      <source>Assign to a &amp;project…</source>
      <translation>&amp;Phân công vào dự án…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="170" />
      <source>Add a stay of the selected volunteer on a project</source>
      <translation>Phân công tình nguyện viên đang chọn vào một dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="178" />
      <source>Write the roster as filtered and sorted to an .xlsx or .csv file</source>
      <translation>Ghi danh sách tình nguyện viên, theo bộ lọc và thứ tự đang xem, ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="248" />
      <source>in the province on %1</source>
      <translation>có mặt tại tỉnh ngày %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="271" />
      <source>All nationalities</source>
      <translation>Mọi quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="369" />
      <source>Show their &amp;week</source>
      <translation>Xem lịch &amp;tuần</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="172" />
      <location filename="../../coordinator/ui/projects/roster.py" line="374" />
      <source>Edit &amp;stay…</source>
      <translation>Sửa phâ&amp;n công…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="174" />
      <location filename="../../coordinator/ui/projects/roster.py" line="375" />
      <source>&amp;Remove stay</source>
      <translation>&amp;Xóa phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="135" />
      <source>In the province on</source>
      <translation>Có mặt tại tỉnh ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/roster.py" line="234" />
      <source>%1 row(s)</source>
      <translation>%1 dòng</translation>
    </message>
  </context>
  <context>
    <name>Scheduling</name>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="47" />
      <source>%1 consultations saved.</source>
      <translation>Đã lưu %1 buổi tư vấn.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="78" />
      <location filename="../../coordinator/ui/calendar/actions.py" line="124" />
      <source>Import a calendar</source>
      <translation>Nhập lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="84" />
      <location filename="../../coordinator/ui/calendar/actions.py" line="157" />
      <source>iCalendar files (*.ics)</source>
      <translation>Tệp iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="114" />
      <source>Importing %1…</source>
      <translation>Đang nhập %1…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="115" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="94" />
      <source>Import stopped; nothing was written.</source>
      <translation>Đã dừng nhập; không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="103" />
      <source>%1 cannot be imported, and nothing of it was written: %2</source>
      <translation>Không nhập được %1, không có dữ liệu nào được ghi: %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="127" />
      <source>%1 events added, %2 updated, %3 unchanged, %4 people added, %5 skipped.</source>
      <translation>Đã thêm %1 sự kiện, cập nhật %2, %3 không đổi, thêm %4 người, bỏ qua %5.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="150" />
      <source>Export the calendar</source>
      <translation>Xuất lịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="171" />
      <source>%1 events (as filtered in the calendar) exported to %2</source>
      <translation>Đã xuất %1 sự kiện (theo bộ lọc của lịch) ra %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="175" />
      <source>%1 events exported to %2</source>
      <translation>Đã xuất %1 sự kiện ra %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/calendar/actions.py" line="182" />
      <source>Preferences saved.</source>
      <translation>Đã lưu tùy chọn.</translation>
    </message>
  </context>
  <context>
    <name>SearchBox</name>
    <message>
      <location filename="../../coordinator/ui/search.py" line="86" />
      <source>Search everything (Ctrl+F)</source>
      <translation>Tìm kiếm mọi thứ (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="89" />
      <source>Partners, people, projects, events, minutes, conclusions and action items; type without diacritics if you like</source>
      <translation>Đối tác, cá nhân, dự án, sự kiện, biên bản, kết luận và nhiệm vụ; có thể gõ không dấu</translation>
    </message>
  </context>
  <context>
    <name>SearchResults</name>
    <message>
      <location filename="../../coordinator/ui/search.py" line="112" />
      <location filename="../../coordinator/ui/search.py" line="200" />
      <source>Search results</source>
      <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="62" />
      <location filename="../../coordinator/ui/search.py" line="123" />
      <source>What</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="63" />
      <location filename="../../coordinator/ui/search.py" line="123" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="64" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="65" />
      <location filename="../../coordinator/ui/search.py" line="123" />
      <source>Found in</source>
      <translation>Tìm thấy trong</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="136" />
      <source>Write these results to an .xlsx or .csv file</source>
      <translation>Ghi các kết quả này ra tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="193" />
      <source>%1 results for “%2”</source>
      <translation>%1 kết quả cho “%2”</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="195" />
      <source>Nothing found for “%1”.</source>
      <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/search.py" line="204" />
      <source>Search results for “%1”</source>
      <translation>Kết quả tìm kiếm “%1”</translation>
    </message>
  </context>
  <context>
    <name>Sheets</name>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="21" />
      <source>Partners</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="22" />
      <source>People</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="23" />
      <source>Stays of volunteers</source>
      <translation>Thời gian làm việc của tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="29" />
      <source>Name</source>
      <translation>Tên đơn vị</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="30" />
      <source>Short name</source>
      <translation>Tên viết tắt</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="31" />
      <source>Kind</source>
      <translation>Loại hình</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="32" />
      <source>Internal unit</source>
      <translation>Đơn vị nội bộ</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="33" />
      <source>Country</source>
      <translation>Quốc gia</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="34" />
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="35" />
      <source>Website</source>
      <translation>Trang thông tin điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="36" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="37" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="38" />
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="39" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="40" />
      <source>Title or position</source>
      <translation>Chức vụ, chức danh</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="41" />
      <source>Organisation</source>
      <translation>Đơn vị công tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="42" />
      <source>Nationality</source>
      <translation>Quốc tịch</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="43" />
      <source>Expertise</source>
      <translation>Chuyên môn</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="44" />
      <source>Languages</source>
      <translation>Ngoại ngữ</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="45" />
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="46" />
      <source>Person</source>
      <translation>Cá nhân</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="47" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="48" />
      <source>Arrives</source>
      <translation>Ngày đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="49" />
      <source>Departs</source>
      <translation>Ngày đi</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="50" />
      <source>Role on the project</source>
      <translation>Vai trò trong dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="56" />
      <source>Add</source>
      <translation>Thêm</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="57" />
      <source>Merge</source>
      <translation>Gộp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="58" />
      <source>Already there</source>
      <translation>Đã có</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="59" />
      <source>Skip</source>
      <translation>Bỏ qua</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="65" />
      <source>is empty, and this list needs it</source>
      <translation>bị bỏ trống, nhưng đây là thông tin bắt buộc</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="66" />
      <source>is too long</source>
      <translation>quá dài</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="67" />
      <source>is not an e-mail address</source>
      <translation>không phải là địa chỉ thư điện tử</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="68" />
      <source>is not a phone number (digits, spaces, + ( ) . -)</source>
      <translation>không phải là số điện thoại (chữ số, dấu cách, + ( ) . -)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="69" />
      <source>is not a date (dd/mm/yyyy)</source>
      <translation>không phải là ngày (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="70" />
      <source>has a year outside 1945–2200</source>
      <translation>có năm nằm ngoài khoảng 1945–2200</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="71" />
      <source>is before the arrival</source>
      <translation>trước ngày đến</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="72" />
      <source>is not a kind of partner</source>
      <translation>không phải là một loại đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="73" />
      <source>is not a role (contact, volunteer expert, staff)</source>
      <translation>không phải là vai trò (người liên hệ, chuyên gia tình nguyện, cán bộ)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="74" />
      <source>is neither yes nor no</source>
      <translation>không phải là có hay không</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="75" />
      <source>names no project (by code or title)</source>
      <translation>không khớp với dự án nào (theo mã hoặc tên)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="76" />
      <source>names several projects</source>
      <translation>khớp với nhiều dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="77" />
      <source>is a formula the file holds no value of; open the file in Excel, save it and import it again</source>
      <translation>là công thức mà tệp không lưu giá trị; hãy mở tệp bằng Excel, lưu lại rồi nhập lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="82" />
      <source>names several people of that name</source>
      <translation>khớp với nhiều người trùng tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="88" />
      <source>Row %1</source>
      <translation>Dòng %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="91" />
      <source>Row %1, column %2 (%3)</source>
      <translation>Dòng %1, cột %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="94" />
      <source>Row %1, %2</source>
      <translation>Dòng %1, %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="106" />
      <source>row %1 under the table (a total, a signature) is not a record: left out</source>
      <translation>dòng %1 nằm dưới bảng (dòng tổng cộng, chữ ký) không phải là bản ghi nên không nhập</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="112" />
      <source>rows %1–%2 under the table (a total, signatures) are not records: left out</source>
      <translation>các dòng %1–%2 nằm dưới bảng (dòng tổng cộng, chữ ký) không phải là bản ghi nên không nhập</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="133" />
      <source>%1 is not a partner yet: it will be added</source>
      <translation>%1 chưa có trong danh sách đối tác: sẽ được thêm</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="134" />
      <source>%1 is not in the list of people yet: added as a volunteer</source>
      <translation>%1 chưa có trong danh sách cá nhân: sẽ được thêm làm tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="137" />
      <source>phone %1: Excel had dropped its leading 0</source>
      <translation>số điện thoại %1: Excel đã làm mất số 0 ở đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="138" />
      <source>may be the same as %1</source>
      <translation>có thể trùng với %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="139" />
      <source>the same as row %1 of the file</source>
      <translation>trùng với dòng %1 của tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="165" />
      <source>there is no such file</source>
      <translation>không có tệp này</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="166" />
      <source>it is a folder or a device, not a file</source>
      <translation>đây là thư mục hoặc thiết bị, không phải tệp</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="168" />
      <source>it is bigger than %1 MB; split the list into smaller files</source>
      <translation>tệp lớn hơn %1 MB; hãy chia danh sách thành các tệp nhỏ hơn</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="171" />
      <source>it is protected by a password; open it in Excel, remove the password and save it</source>
      <translation>tệp được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="175" />
      <source>it is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx</source>
      <translation>đây là sổ tính Excel 97–2003 (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="179" />
      <source>it is not an Excel workbook (.xlsx) or a CSV file</source>
      <translation>tệp không phải là sổ tính Excel (.xlsx) hay tệp CSV</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="183" />
      <source>the system refused to read it (%1)</source>
      <translation>hệ thống không cho đọc tệp (%1)</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="185" />
      <source>it has no sheet named “%1”</source>
      <translation>tệp không có trang tính nào tên “%1”</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="186" />
      <source>it has no rows</source>
      <translation>tệp không có dòng nào</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="188" />
      <source>a quotation mark opened on row %1 is never closed, so the rows below it would run together; close it or remove it</source>
      <translation>dấu ngoặc kép mở ở dòng %1 không được đóng, nên các dòng bên dưới sẽ bị gộp vào nhau; hãy đóng hoặc xóa dấu ngoặc kép đó</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="196" />
      <source>it has more than %1 rows; split the list into smaller files</source>
      <translation>tệp có hơn %1 dòng; hãy chia danh sách thành các tệp nhỏ hơn</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="205" />
      <source>“%1” is not Header=field</source>
      <translation>“%1” không có dạng Tiêu_đề=trường</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="207" />
      <source>“%1”: the file has no column with that header</source>
      <translation>“%1”: tệp không có cột nào có tiêu đề đó</translation>
    </message>
    <message>
      <location filename="../../coordinator/text/sheets.py" line="209" />
      <source>“%1”: no such field in this kind of list</source>
      <translation>“%1”: không có trường này trong loại danh sách đã chọn</translation>
    </message>
  </context>
  <context>
    <name>StatusReport</name>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="19" />
      <source>REPORT</source>
      <translation>BÁO CÁO</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="23" />
      <source>Status of the province's cooperation with its partners</source>
      <translation>Tình hình hợp tác của tỉnh với các đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="29" />
      <source>Cooperation status report</source>
      <translation>Báo cáo tình hình hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="34" />
      <source>Period: from %1 to %2</source>
      <translation>Kỳ báo cáo: từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="48" />
      <source>Scope: the programme %1</source>
      <translation>Phạm vi: chương trình %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="50" />
      <source>Scope: the partner %1</source>
      <translation>Phạm vi: đối tác %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="52" />
      <source>Scope: the project %1</source>
      <translation>Phạm vi: dự án %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="54" />
      <source>Scope: the host unit %1</source>
      <translation>Phạm vi: đơn vị tiếp nhận %1</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="56" />
      <source>Scope: the whole programme</source>
      <translation>Phạm vi: toàn bộ chương trình hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="62" />
      <source>Figures as of %1; made on %2 at %3</source>
      <translation>Số liệu tính đến ngày %1; lập ngày %2 lúc %3</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="72" />
      <source>SUMMARY FIGURES</source>
      <translation>TỔNG HỢP SỐ LIỆU</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="74" />
      <source>CHARTS</source>
      <translation>BIỂU ĐỒ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="76" />
      <source>OVERVIEW BY PARTNER</source>
      <translation>TỔNG HỢP THEO ĐỐI TÁC</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="78" />
      <source>DETAILS BY PARTNER</source>
      <translation>TÌNH HÌNH THEO TỪNG ĐỐI TÁC</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="80" />
      <source>DETAILS</source>
      <translation>TÌNH HÌNH CHI TIẾT</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="86" />
      <location filename="../../coordinator/reports/status/words.py" line="107" />
      <location filename="../../coordinator/reports/status/words.py" line="193" />
      <location filename="../../coordinator/reports/status/office.py" line="445" />
      <source>Projects</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="88" />
      <location filename="../../coordinator/reports/status/words.py" line="108" />
      <source>Indicators</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="90" />
      <source>Events held and their conclusions</source>
      <translation>Sự kiện đã tổ chức và kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="93" />
      <source>Coming events (to %1)</source>
      <translation>Sự kiện sắp tới (đến ngày %1)</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="97" />
      <location filename="../../coordinator/reports/status/words.py" line="111" />
      <source>Overdue action items</source>
      <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="104" />
      <source>Summary figures</source>
      <translation>Tổng hợp số liệu</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="105" />
      <source>Charts</source>
      <translation>Biểu đồ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="106" />
      <source>Overview by partner</source>
      <translation>Tổng hợp theo đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="109" />
      <location filename="../../coordinator/reports/status/words.py" line="146" />
      <location filename="../../coordinator/reports/status/words.py" line="194" />
      <source>Events held</source>
      <translation>Sự kiện đã tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="110" />
      <location filename="../../coordinator/reports/status/words.py" line="196" />
      <source>Coming events</source>
      <translation>Sự kiện sắp tới</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="122" />
      <source>Figure 1. Projects by status</source>
      <translation>Hình 1. Dự án theo trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="136" />
      <source>of which ending within %1 days</source>
      <translation>trong đó sắp hết hạn trong vòng %1 ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="374" />
      <source>The lists of projects, indicators, events and action items of these %1 partners run to %2 rows, too many to print. They are in the Excel file of this report; a report for one partner, programme or project prints them.</source>
      <translation>Danh sách dự án, chỉ số, sự kiện và nhiệm vụ của %1 đối tác này có %2 dòng, quá dài để in. Danh sách đầy đủ có trong tệp Excel của báo cáo này; báo cáo theo từng đối tác, chương trình hoặc dự án sẽ in đầy đủ các danh sách đó.</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="391" />
      <source>Cooperation agreements ending within %1 days</source>
      <translation>Thỏa thuận hợp tác hết hạn trong vòng %1 ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="399" />
      <source>Agreement</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="400" />
      <source>Parties</source>
      <translation>Các bên</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="401" />
      <source>Ends on</source>
      <translation>Ngày kết thúc</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="402" />
      <source>Days left</source>
      <translation>Số ngày còn lại</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="120" />
      <source>Figure 2. Events per month</source>
      <translation>Hình 2. Sự kiện theo tháng</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="118" />
      <source>Figure 2. Events per year</source>
      <translation>Hình 2. Sự kiện theo năm</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="128" />
      <source>Partners</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="130" />
      <source>Cooperation agreements in force</source>
      <translation>Thỏa thuận hợp tác đang có hiệu lực</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="142" />
      <source>Projects in the period</source>
      <translation>Dự án trong kỳ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="148" />
      <source>Events planned, not yet held</source>
      <translation>Sự kiện đã lên lịch, chưa tổ chức</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="152" />
      <source>Conclusions adopted</source>
      <translation>Kết luận đã thống nhất</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="153" />
      <source>Action items open</source>
      <translation>Nhiệm vụ chưa hoàn thành</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="154" />
      <source>of which overdue</source>
      <translation>trong đó quá hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="156" />
      <source>Action items done in the period</source>
      <translation>Nhiệm vụ hoàn thành trong kỳ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="186" />
      <location filename="../../coordinator/reports/status/office.py" line="256" />
      <source>Item</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="187" />
      <location filename="../../coordinator/reports/status/office.py" line="257" />
      <source>Number</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="195" />
      <source>Conclusions</source>
      <translation>Kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="197" />
      <source>Overdue items</source>
      <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="201" />
      <location filename="../../coordinator/reports/status/office.py" line="267" />
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="202" />
      <location filename="../../coordinator/reports/status/words.py" line="209" />
      <location filename="../../coordinator/reports/status/office.py" line="232" />
      <location filename="../../coordinator/reports/status/office.py" line="268" />
      <location filename="../../coordinator/reports/status/office.py" line="277" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="204" />
      <location filename="../../coordinator/reports/status/office.py" line="270" />
      <source>Milestones done</source>
      <translation>Mốc đã xong</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="205" />
      <location filename="../../coordinator/reports/status/office.py" line="272" />
      <source>Next milestone</source>
      <translation>Mốc tiếp theo</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="210" />
      <location filename="../../coordinator/reports/status/office.py" line="278" />
      <source>Indicator</source>
      <translation>Chỉ số</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="211" />
      <location filename="../../coordinator/reports/status/office.py" line="279" />
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="212" />
      <location filename="../../coordinator/reports/status/office.py" line="280" />
      <source>Baseline</source>
      <translation>Giá trị ban đầu</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="213" />
      <location filename="../../coordinator/reports/status/office.py" line="281" />
      <source>Target</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="214" />
      <location filename="../../coordinator/reports/status/office.py" line="282" />
      <source>Latest actual</source>
      <translation>Thực hiện mới nhất</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="215" />
      <location filename="../../coordinator/reports/status/office.py" line="283" />
      <source>Measured on</source>
      <translation>Ngày đo</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="224" />
      <location filename="../../coordinator/reports/status/office.py" line="229" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="219" />
      <source>Event and conclusions</source>
      <translation>Sự kiện và kết luận</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="226" />
      <location filename="../../coordinator/reports/status/office.py" line="233" />
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="221" />
      <location filename="../../coordinator/reports/status/office.py" line="231" />
      <source>Event</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="191" />
      <location filename="../../coordinator/reports/status/words.py" line="230" />
      <location filename="../../coordinator/reports/status/words.py" line="398" />
      <location filename="../../coordinator/reports/status/office.py" line="290" />
      <source>No.</source>
      <translation>TT</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="231" />
      <location filename="../../coordinator/reports/status/office.py" line="298" />
      <source>Action item</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="232" />
      <location filename="../../coordinator/reports/status/office.py" line="299" />
      <source>Owner</source>
      <translation>Người/đơn vị thực hiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="233" />
      <location filename="../../coordinator/reports/status/office.py" line="273" />
      <location filename="../../coordinator/reports/status/office.py" line="300" />
      <source>Due</source>
      <translation>Hạn</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="234" />
      <location filename="../../coordinator/reports/status/office.py" line="301" />
      <source>Days late</source>
      <translation>Số ngày trễ</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="235" />
      <location filename="../../coordinator/reports/status/office.py" line="302" />
      <source>From</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="241" />
      <source>Not tied to a partner</source>
      <translation>Chưa gắn với đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="245" />
      <source>None.</source>
      <translation>Không có.</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="249" />
      <source>Nothing was recorded for this period and scope.</source>
      <translation>Không có số liệu trong kỳ và phạm vi báo cáo.</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="255" />
      <source>Page %1/%2</source>
      <translation>Trang %1/%2</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="203" />
      <location filename="../../coordinator/reports/status/office.py" line="269" />
      <location filename="../../coordinator/reports/status/office.py" line="444" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/words.py" line="192" />
      <location filename="../../coordinator/reports/status/office.py" line="249" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/office.py" line="261" />
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/office.py" line="271" />
      <source>Milestones in all</source>
      <translation>Tổng số mốc</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/office.py" line="230" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/reports/status/office.py" line="291" />
      <source>Conclusion</source>
      <translation>Kết luận</translation>
    </message>
  </context>
  <context>
    <name>Stays</name>
    <message>
      <location filename="../../coordinator/ui/projects/stays.py" line="59" />
      <source>new stay</source>
      <translation>thêm phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stays.py" line="81" />
      <source>edit stay</source>
      <translation>sửa phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stays.py" line="102" />
      <source>Remove stay</source>
      <translation>Xóa phân công</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stays.py" line="104" />
      <source>Remove the stay of “%1”? You can undo this with Ctrl+Z.</source>
      <translation>Xóa phân công của “%1”? Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/projects/stays.py" line="114" />
      <source>remove the stay of “%1”</source>
      <translation>xóa phân công của “%1”</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="30" />
      <source>Partner</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="31" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="32" />
      <source>Event</source>
      <translation>Sự kiện</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="33" />
      <source>Contact</source>
      <translation>Người liên hệ</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="34" />
      <source>Room</source>
      <translation>Phòng họp</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="35" />
      <source>Programme</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="36" />
      <source>Agreement</source>
      <translation>Thỏa thuận hợp tác</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="49" />
      <source>Trash</source>
      <translation>Thùng rác</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="53" />
      <source>Deleted partners, contacts, projects and events. Restoring one brings back everything under it (contacts, milestones, events, minutes).</source>
      <translation>Các đối tác, người liên hệ, dự án và sự kiện đã xóa. Khôi phục một bản ghi sẽ khôi phục cả những gì thuộc về nó (người liên hệ, mốc tiến độ, sự kiện, biên bản).</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="59" />
      <source>Filter by name…</source>
      <translation>Lọc theo tên…</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="69" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="69" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="69" />
      <source>Deleted at</source>
      <translation>Thời điểm xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="69" />
      <source>Deleted by</source>
      <translation>Người xóa</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="77" />
      <source>The trash is empty.</source>
      <translation>Thùng rác trống.</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="79" />
      <source>&amp;Restore</source>
      <translation>&amp;Khôi phục</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="81" />
      <source>Bring the selected records back (Enter)</source>
      <translation>Khôi phục các bản ghi đã chọn (Enter)</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="121" />
      <source>restore %1 records</source>
      <translation>khôi phục %1 bản ghi</translation>
    </message>
    <message>
      <location filename="../../coordinator/ui/trash.py" line="123" />
      <location filename="../../coordinator/ui/trash.py" line="129" />
      <source>restore “%1”</source>
      <translation>khôi phục “%1”</translation>
    </message>
  </context>
</TS>
