import pytest

from newsbot.extract.dates import iso, parse_date

VN = "+07:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # laodongthudo.vn
        ("17:52 | 08/04/2025", f"2025-04-08T17:52:00{VN}"),
        ("Thời sự 17:52 | 08/04/2025", f"2025-04-08T17:52:00{VN}"),
        # other Vietnamese sites
        ("Thứ sáu, 11/12/2020 17:30", f"2020-12-11T17:30:00{VN}"),
        ("Thứ sáu, 11/12/2020, 17:30 (GMT+7)", f"2020-12-11T17:30:00{VN}"),
        ("11/12/2020 - 17:30", f"2020-12-11T17:30:00{VN}"),
        ("07/03/2026 08:47", f"2026-03-07T08:47:00{VN}"),
        ("17h30 ngày 11/12/2020", f"2020-12-11T17:30:00{VN}"),
        ("Cập nhật: 09:05:12 01-02-2024", f"2024-02-01T09:05:12{VN}"),
        ("ngày 11 tháng 12 năm 2020", f"2020-12-11T00:00:00{VN}"),
        ("11/12/2020", f"2020-12-11T00:00:00{VN}"),
        ("11/12/2020 17:30 GMT+0", "2020-12-11T17:30:00+00:00"),
        # structured data
        ("2020-12-11T17:30:00+07:00", f"2020-12-11T17:30:00{VN}"),
        ("2020-12-11T10:30:00Z", "2020-12-11T10:30:00+00:00"),
        ("2020-12-11T10:30:00.123+0700", f"2020-12-11T10:30:00{VN}"),
        ("2026-03-07 08:07", f"2026-03-07T08:07:00{VN}"),
        ("2026-03-07T00:01:00", f"2026-03-07T00:01:00{VN}"),
        ("2026-03-07", f"2026-03-07T00:00:00{VN}"),
    ],
)
def test_dates_read_as_vietnam_time_unless_zoned(text, expected):
    assert iso(parse_date(text)) == expected


@pytest.mark.parametrize("text", ["", "không có ngày", "31/02/2020", "2020-13-45", "99:99 | 45/45/2020"])
def test_text_without_a_real_date_gives_none(text):
    assert parse_date(text) is None
