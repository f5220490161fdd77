from coordinator.domain.text import fold, search_key


def test_fold_strips_vietnamese_marks_and_d_stroke() -> None:
    assert fold("Bình Dương") == "binh duong"
    assert fold("Đại học Thủ Dầu Một") == "dai hoc thu dau mot"
    assert fold("đường") == "duong"


def test_fold_collapses_case_and_whitespace() -> None:
    assert fold("  SỞ   Thông\ttin ") == "so thong tin"


def test_fold_keeps_text_without_marks() -> None:
    assert fold("Eindhoven 2030") == "eindhoven 2030"


def test_search_key_joins_present_parts() -> None:
    assert search_key("Hội Doanh nhân trẻ", None, "Việt Nam") == "hoi doanh nhan tre | viet nam"
