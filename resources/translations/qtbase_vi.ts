<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no Vietnamese for its own widgets. These are the words its standard
     buttons, message boxes and text-field menus show, written by hand. -->
<TS version="2.1" language="vi_VN">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>N&amp;o to All</source><translation>Không với tất &amp;cả</translation></message>
    <message><source>Abort</source><translation>Hủy bỏ</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Discard</source><translation>Không lưu</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message><source>&amp;OK</source><translation>Đồn&amp;g ý</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Hủy</translation></message>
    <message><source>&amp;Close</source><translation>Đó&amp;ng</translation></message>
    <message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
    <message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
    <message><source>OK</source><translation>Đồng ý</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>Cắ&amp;t</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>Cắ&amp;t</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Sao chép địa &amp;chỉ liên kết</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message><source>&amp;Select All</source><translation>&amp;Chọn tất cả</translation></message>
    <message><source>&amp;Step up</source><translation>&amp;Tăng</translation></message>
    <message><source>Step &amp;down</source><translation>&amp;Giảm</translation></message>
</context>
<context>
    <name>QUndoStack</name>
    <message><source>Undo %1</source><translation>Hoàn tác %1</translation></message>
    <message><source>Undo</source><extracomment>Default text for undo action</extracomment><translation>Hoàn tác</translation></message>
    <message><source>Redo %1</source><translation>Làm lại %1</translation></message>
    <message><source>Redo</source><extracomment>Default text for redo action</extracomment><translation>Làm lại</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Tìm trong:</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message>
    <message><source>Files of type:</source><translation>Loại tệp:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Mở</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>Save As</source><translation>Lưu thành</translation></message>
    <message><source>Back</source><translation>Quay lại</translation></message>
    <message><source>Forward</source><translation>Tiếp</translation></message>
    <message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
    <message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
    <message><source>List View</source><translation>Dạng danh sách</translation></message>
    <message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
    <message><source>All Files (*)</source><translation>Mọi tệp (*)</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Tên</translation></message>
    <message><source>Size</source><translation>Kích thước</translation></message>
    <message><source>Type</source><translation>Loại</translation></message>
    <message><source>Date Modified</source><translation>Ngày sửa đổi</translation></message>
</context>
</TS>
