"""Projects: create one for a partner, filter the table, and see the project's page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.domain.enums import OrgKind, ProjectStatus
from coordinator.ui.main_window import PROJECTS, MainWindow
from coordinator.ui.partners.dialog import PartnerDialog
from coordinator.ui.projects.dialog import ProjectDialog
from tests.ui.conftest import DialogDriver, type_into


def codes(window: MainWindow) -> list[str]:
    model = window.projects.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_create_a_partner_then_a_project_for_it(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    def partner(d: PartnerDialog) -> None:
        type_into(qtbot, d.name, "Tập đoàn Hanseo")
        d.kind.setCurrentIndex(d.kind.findData(OrgKind.ENTERPRISE.value))
        row = d.add_contact_row()
        d.set_contact(row, full_name="Park Ji-hoon", email="jh.park@hanseo.example")
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    def project(d: ProjectDialog) -> None:
        type_into(qtbot, d.code, "HS-01")
        type_into(qtbot, d.title_edit, "Camera giao thông thông minh")
        d.status.setCurrentIndex(d.status.findData(ProjectStatus.ACTIVE.value))
        d.partner.setCurrentIndex(d.partner.findText("Tập đoàn Hanseo"))
        d.milestones.add(["Khảo sát hiện trạng", "01/03/2027", ""])
        d.indicators.add(["Số camera", "cái", "0", "120", "45"])
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    dialogs.on(PartnerDialog, partner)
    dialogs.on(ProjectDialog, project)
    window.partners.new_item()
    window.tabs.setCurrentIndex(PROJECTS)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert codes(window) == ["HS-01"]
    assert window.projects.model.index(0, 3).data() == "Tập đoàn Hanseo"
    page = window.projects.detail.toPlainText()
    assert "Khảo sát hiện trạng" in page and "01/03/2027" in page and "120" in page
    window.tabs.setCurrentIndex(0)
    assert "HS-01" in window.partners.detail.toPlainText()


def test_bad_milestone_date_is_named_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    messages: list[str] = []

    def project(d: ProjectDialog) -> None:
        type_into(qtbot, d.code, "X-1")
        type_into(qtbot, d.title_edit, "Thử")
        d.milestones.add(["Mốc", "31/02/2027", ""])
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        messages.append(d.errors.text("milestones"))

    dialogs.on(ProjectDialog, project)
    window.projects.new_item()
    assert "Row 1" in messages[0] and "31/02/2027" in messages[0]
    assert codes(window) == []


def test_filters_by_status_programme_partner_and_host_unit(demo_window: MainWindow) -> None:
    demo_window.tabs.setCurrentIndex(PROJECTS)  # a tab reads the store when shown
    tab = demo_window.projects
    assert tab.model.total() == 57
    # The filters read their entries when first opened, not when the tab shows:
    # until then each holds only its "all" entry.
    assert [tab.programme.count(), tab.partner.count(), tab.host_unit.count()] == [1, 1, 1]
    for combo in (tab.programme, tab.partner, tab.host_unit):
        combo.ensure_filled()  # what opening its list or focusing it does
    tab.host_unit.setCurrentIndex(tab.host_unit.findText("Trường Đại học Thủ Dầu Một"))
    assert codes(demo_window) == ["CSC-04"]
    tab.host_unit.setCurrentIndex(0)
    tab.status.setCurrentIndex(tab.status.findData(ProjectStatus.COMPLETED.value))
    assert all(tab.model.index(r, 5).data() == "Completed" for r in range(tab.model.rowCount()))
    tab.status.setCurrentIndex(0)
    tab.programme.setCurrentIndex(tab.programme.findText("Navigator – Dữ liệu mở"))
    assert codes(demo_window) and all(c.startswith("NAV-") for c in codes(demo_window))
    tab.programme.setCurrentIndex(0)
    tab.partner.setCurrentIndex(tab.partner.findText("Thành phố Eindhoven"))
    assert tab.model.total() == 50


def test_project_page_lists_volunteers_and_events(demo_window: MainWindow) -> None:
    demo_window.tabs.setCurrentIndex(PROJECTS)
    tab = demo_window.projects
    assert tab.select_project(_id_of(demo_window, "CSC-02"))
    page = tab.detail.toPlainText()
    assert "Yuki Tanaka" in page and "03/04/2013 – 28/04/2013" in page
    assert "Tư vấn CSC-02, buổi 1" in page


def _id_of(window: MainWindow, code: str) -> int:
    model = window.projects.model
    row = model.find_row(lambda r: r.code == code)
    found = model.row_at(row)
    assert found is not None
    return found.id


def test_indicator_values_are_typed_and_shown_in_the_languages_form(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver
) -> None:
    messages: list[str] = []

    def project(d: ProjectDialog) -> None:
        type_into(qtbot, d.code, "KS-01")
        type_into(qtbot, d.title_edit, "Khảo sát")
        d.indicators.add(["Lượt truy cập", "lượt", "0", "1,500,000", "12 nghìn"])
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        messages.append(d.errors.text("indicators"))
        d.indicators.item(0, 4).setText("1,234.5")
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialogs.on(ProjectDialog, project)
    window.projects.new_item()
    assert "Row 1" in messages[0] and "“12 nghìn” is not a number" in messages[0]
    assert "1,500,000" in messages[0] and "1,234.5" in messages[0]  # the forms it reads
    assert codes(window) == ["KS-01"]
    page = window.projects.detail.toPlainText()
    assert "1,500,000" in page and "1,234.5" in page and "e+06" not in page
