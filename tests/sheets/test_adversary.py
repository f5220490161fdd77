"""Adversarial tests of the import and the export: hostile files, races, merges that
could lose what a person typed. Each one failed before its fix, or is marked xfail
with what it would take (see FINDINGS.md)."""

import csv
import threading
from pathlib import Path

import openpyxl
import pytest

from coordinator.db import models as m
from coordinator.db.queries.partners import get_partner, save_partner
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import OrgKind
from coordinator.sheets.export import ListSheet, export_list
from coordinator.sheets.fields import Field, ListKind
from coordinator.sheets.importing import Action, Issue, apply_plan, plan_import, undo_import
from coordinator.sheets.reading import SheetError, SheetProblem, read_grid
from tests.clock import fix_today


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def partner(store: Store, name: str, **values: object) -> int:
    with store.session() as s:
        org = m.Organization(name=name, **values)
        s.add(org)
        s.flush()
        return org.id


def alive(store: Store, model: type[m.Organization] | type[m.Person]) -> list[m.Base]:
    with store.session() as s:
        rows = list(s.query(model).filter_by(deleted_at=None))
        s.expunge_all()
        return rows  # type: ignore[return-value]


# --- merges must not overwrite what a person typed with a guess ------------------------


def test_a_merge_keeps_the_typed_kind_when_the_file_has_no_kind(
    store: Store, tmp_path: Path
) -> None:
    """Before: a file with only names and phones set every stored partner's kind to the
    one guessed from its name ("Tập đoàn …" -> enterprise), over the kind the user chose."""
    partner(store, "Tập đoàn IBM", kind=OrgKind.INTERNATIONAL.value)
    path = workbook(
        tmp_path / "a.xlsx", [["Tên đơn vị", "Điện thoại"], ["Tập đoàn IBM", "0912345678"]]
    )
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert plan.rows[0].changes == {Field.PHONE: (None, "0912345678")}
    apply_plan(store, plan)
    (ibm,) = alive(store, m.Organization)
    assert ibm.kind == OrgKind.INTERNATIONAL.value  # type: ignore[attr-defined]
    again = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert again.rows[0].action is Action.UNCHANGED


def test_a_second_row_without_kind_keeps_the_first_rows_kind(store: Store, tmp_path: Path) -> None:
    """Before: row 3 (the same partner, kind left blank) merged its guess over row 2's
    written kind, so the partner was added as an enterprise."""
    path = workbook(
        tmp_path / "b.xlsx",
        [["Tên đơn vị", "Loại hình", "Điện thoại"],
         ["Tập đoàn IBM", "Tổ chức quốc tế", None],
         ["Tập đoàn IBM", None, "0912345678"]],
    )  # fmt: skip
    apply_plan(store, plan_import(store, read_grid(path), ListKind.PARTNERS))
    (ibm,) = alive(store, m.Organization)
    assert ibm.kind == OrgKind.INTERNATIONAL.value  # type: ignore[attr-defined]
    assert ibm.phone == "0912345678"  # type: ignore[attr-defined]


def test_a_new_partner_without_kind_still_gets_the_guessed_kind(
    store: Store, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "c.xlsx", [["Tên đơn vị"], ["Sở Y tế"], ["Tập đoàn IBM"]])
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    apply_plan(store, plan)
    kinds = {o.name: o.kind for o in alive(store, m.Organization)}  # type: ignore[attr-defined]
    assert kinds == {"Sở Y tế": "government", "Tập đoàn IBM": "enterprise"}


# --- invisible characters ---------------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200b", "\u202e", "\ufeff", "\u2060", "\x85"])
def test_an_invisible_character_does_not_make_a_second_partner(
    store: Store, tmp_path: Path, mark: str
) -> None:
    """Before: "Tập đoàn IBM" + a zero-width space (copied from a web page) was a new
    partner beside the stored one, and an RTL override turned the name around on screen."""
    partner(store, "Tập đoàn IBM", kind="enterprise")
    path = tmp_path / "p.csv"
    path.write_text(f"Tên đơn vị,Điện thoại\nTập đoàn{mark} IBM{mark},0912345678\n", "utf-8")
    plan = plan_import(store, read_grid(path), ListKind.PARTNERS)
    assert plan.rows[0].action is Action.MERGE
    apply_plan(store, plan)
    assert [o.name for o in alive(store, m.Organization)] == ["Tập đoàn IBM"]  # type: ignore[attr-defined]


# --- CSV oddities -------------------------------------------------------------------------


def test_an_unterminated_quote_is_refused_not_swallowing_the_rest(tmp_path: Path) -> None:
    """Before: the quote opened on row 2 ran to the end of the file, so rows 3… became
    part of row 2's name and one person "Nguyen A,a@b.vn B,c@d.vn" was added."""
    path = tmp_path / "q.csv"
    path.write_text('Họ và tên,Email\n"Nguyen A,a@b.vn\nTran B,b@c.vn\nLe C,c@d.vn\n', "utf-8")
    with pytest.raises(SheetError) as err:
        read_grid(path)
    assert err.value.problem is SheetProblem.OPEN_QUOTE
    assert err.value.detail == "2"


def test_a_quote_closed_mid_field_still_reads(tmp_path: Path) -> None:
    """Lenient as before for a quote that closes and goes on ("ABC"def)."""
    path = tmp_path / "q.csv"
    path.write_text('Tên đơn vị,Ghi chú\n"Công ty" ABC,x\nB,"nhiều\ndòng"\n', "utf-8")
    grid = read_grid(path)
    assert [cells for _, cells in grid.rows][1:] == [["Công ty ABC", "x"], ["B", "nhiều\ndòng"]]


def test_a_utf16_unicode_text_file_from_excel_reads(tmp_path: Path) -> None:
    """Excel's "Unicode text (*.txt)" is UTF-16 with tabs. Before: refused as not a
    spreadsheet."""
    path = tmp_path / "u.csv"
    text = "Họ và tên\tEmail\r\nNguyễn Văn Đức\tduc@example.vn\r\n"
    path.write_bytes(text.encode("utf-16"))
    grid = read_grid(path)
    assert grid.rows == [(1, ["Họ và tên", "Email"]), (2, ["Nguyễn Văn Đức", "duc@example.vn"])]


def test_a_five_megabyte_cell_is_a_row_problem_not_a_refused_file(
    store: Store, tmp_path: Path
) -> None:
    """Before: csv's 128 KB field limit refused the whole file as "not a spreadsheet";
    now the one row says its note is too long and the others import."""
    path = tmp_path / "big.csv"
    path.write_text("Họ và tên,Ghi chú\nA," + "x" * 5_000_000 + "\nB,ok\n", "utf-8")
    plan = plan_import(store, read_grid(path), ListKind.PEOPLE)
    assert [p.issue for p in plan.problems()] == [Issue.TOO_LONG]
    assert [r.action for r in plan.rows] == [Action.SKIP, Action.ADD]
    assert csv.field_size_limit() == 131072  # the process's limit is put back


# --- formulas -------------------------------------------------------------------------------


def test_an_uncalculated_formula_is_named_not_silently_empty(store: Store, tmp_path: Path) -> None:
    """A workbook written by a program (not Excel) keeps formulas without their values;
    openpyxl's data_only gives None, so the e-mail is silently dropped and the person
    added without it. It should be a problem of that row and column."""
    path = workbook(tmp_path / "f.xlsx", [["Họ và tên", "Email"], ["Lê C", '=LOWER("C@D.VN")']])
    plan = plan_import(store, read_grid(path), ListKind.PEOPLE)
    assert plan.rows[0].bad
    (problem,) = plan.problems()
    assert (problem.column, problem.issue, problem.value) == (1, Issue.FORMULA, '=LOWER("C@D.VN")')


# --- races and undo -----------------------------------------------------------------------


def test_a_people_import_makes_an_open_partner_form_stale(store: Store, tmp_path: Path) -> None:
    """The partner form holds its contacts: saved after an import added a contact to the
    partner, it would trash that person. It is refused instead (RecordChangedError, which
    the form shows), and nothing of the import is lost."""
    oid = partner(store, "Tập đoàn IBM", kind="enterprise")
    detail = get_partner(store, oid)
    assert detail is not None
    form = detail.partner  # the form, as loaded
    path = workbook(tmp_path / "n.xlsx", [["Họ và tên", "Đơn vị công tác"], ["Lê C", "IBM corp"],
                                          ["Trần D", "Tập đoàn IBM"]])  # fmt: skip
    apply_plan(store, plan_import(store, read_grid(path), ListKind.PEOPLE))
    form.notes = "typed in the open form"
    with pytest.raises(RecordChangedError):
        save_partner(store, form)
    assert sorted(p.full_name for p in alive(store, m.Person)) == ["Lê C", "Trần D"]  # type: ignore[attr-defined]


def test_undo_after_an_edit_is_refused_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = workbook(tmp_path / "u.xlsx", [["Tên đơn vị"], ["Sở Y tế"], ["Tập đoàn IBM"]])
    result = apply_plan(store, plan_import(store, read_grid(path), ListKind.PARTNERS))
    with store.session() as s:
        org = s.query(m.Organization).filter_by(name="Tập đoàn IBM").one()
        org.phone = "0912345678"  # typed in a form
    with pytest.raises(RecordChangedError):
        undo_import(store, result)
    assert sorted(o.name for o in alive(store, m.Organization)) == ["Sở Y tế", "Tập đoàn IBM"]  # type: ignore[attr-defined]


def test_two_people_imports_into_one_new_organisation_at_once(store: Store, tmp_path: Path) -> None:
    """Both plan "Công ty ABC" as new; the second to write is refused, not a second ABC."""
    a = workbook(tmp_path / "a.xlsx", [["Họ và tên", "Đơn vị công tác"], ["Lê C", "Công ty ABC"]])
    b = workbook(tmp_path / "b.xlsx", [["Họ và tên", "Đơn vị công tác"], ["Trần D", "Công ty ABC"]])
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def run(path: Path) -> None:
        plan = plan_import(store, read_grid(path), ListKind.PEOPLE)
        barrier.wait()
        try:
            apply_plan(store, plan)
            outcomes.append("written")
        except RecordChangedError:
            outcomes.append("refused")

    threads = [threading.Thread(target=run, args=(p,)) for p in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["refused", "written"]
    assert [o.name for o in alive(store, m.Organization)] == ["Công ty ABC"]  # type: ignore[attr-defined]


# --- export -----------------------------------------------------------------------------------


def sheet(rows: list[list[object]]) -> ListSheet:
    from coordinator.domain.timezone import now_local

    return ListSheet("Đối tác", now_local(), ["Tên", "Điện thoại"], rows)  # type: ignore[arg-type]


def test_xlsx_export_writes_formula_like_text_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch)
    hostile = ["=1+1", "+84 912 345 678", "-5", "@SUM(A1)", '=HYPERLINK("http://x")']
    path = tmp_path / "x.xlsx"
    export_list(path, sheet([[h, h] for h in hostile]))
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    cells = [c for c in ws.iter_rows(min_row=3, values_only=False)]
    assert [r[0].value for r in cells] == hostile
    assert {r[0].data_type for r in cells} == {"s"}


def test_csv_export_does_not_hand_excel_a_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A partner named '=HYPERLINK("http://evil","Bấm")' (typed, or imported from a
    stranger's list) is a live formula when the exported CSV is opened in Excel."""
    fix_today(monkeypatch)
    path = tmp_path / "x.csv"
    export_list(path, sheet([['=HYPERLINK("http://evil","Bấm")', "0912"]]))
    text = path.read_text("utf-8-sig")
    assert "\n=HYPERLINK" not in text and '\n"=HYPERLINK' not in text
    assert read_grid(path).rows[1][1] == [
        '=HYPERLINK("http://evil","Bấm")',
        "0912",
    ]  # back as typed


def test_a_full_disk_keeps_the_old_file_and_leaves_no_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch)
    for ending in ("csv", "xlsx"):
        path = tmp_path / f"x.{ending}"
        path.write_bytes(b"the old export")

        def rows() -> object:
            yield ["A", "1"]
            raise OSError(28, "No space left on device")

        with pytest.raises(OSError):
            export_list(path, sheet(rows()))  # type: ignore[arg-type]
        assert path.read_bytes() == b"the old export"
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            {f"x.{e}" for e in ("csv", "xlsx") if (tmp_path / f"x.{e}").exists()}
        )
