import unicodedata

import pytest

from newsbot.extract.text import clean_text, fold, split_credit, strip_dateline


def test_clean_text_gives_nfc_single_spaces_and_no_invisible_characters():
    raw = unicodedata.normalize("NFD", "  Hà\u00a0Nội:\u200b các   sở\tngành\n ")
    assert clean_text(raw) == "Hà Nội: các sở ngành"
    assert unicodedata.is_normalized("NFC", clean_text(raw))


def test_clean_text_makes_the_lines_of_a_text_one_line():
    raw = "Đoạn một.\n\n" + unicodedata.normalize("NFD", "  Đoạn\u200b hai ") + "\n\u00ad\n\tba\r\n"
    assert clean_text(raw) == "Đoạn một. Đoạn hai ba"


@pytest.mark.parametrize("heading", ["Tin khác", "TIN  KHÁC", "tin khác:", " Tin\nkhác ",
                                     unicodedata.normalize("NFD", "TIN KHÁC")])
def test_fold_matches_headings_whatever_their_case_spacing_and_form(heading):
    assert fold(heading) == fold("Tin khác")


def test_fold_keeps_different_headings_apart():
    assert fold("Tin khác") != fold("Nên xem")


@pytest.mark.parametrize(
    "lead",
    ["(LĐTĐ) Chủ tịch nhấn mạnh.", "(LĐTĐ) - Chủ tịch nhấn mạnh.", "LĐTĐ - Chủ tịch nhấn mạnh.",
     "(LĐTĐ)- Chủ tịch nhấn mạnh.", "Chủ tịch nhấn mạnh."],
)
def test_strip_dateline_removes_the_papers_mark_only(lead):
    assert strip_dateline(lead, ("LĐTĐ",)) == "Chủ tịch nhấn mạnh."


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Quang cảnh hội nghị Ảnh: Hoàng Phúc", ("Quang cảnh hội nghị", "Hoàng Phúc")),
        ("Quang cảnh hội nghị. (Ảnh: Hoàng Phúc)", ("Quang cảnh hội nghị.", "Hoàng Phúc")),
        ("Quang cảnh hội nghị - Ảnh: Hoàng Phúc.", ("Quang cảnh hội nghị", "Hoàng Phúc")),
        ("Quang cảnh hội nghị", ("Quang cảnh hội nghị", None)),
        ("Ảnh: Hoàng Phúc", (None, "Hoàng Phúc")),
    ],
)
def test_split_credit_moves_a_trailing_photo_credit_out_of_the_caption(caption, expected):
    assert split_credit(caption) == expected
