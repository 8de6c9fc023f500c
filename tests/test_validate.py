import datetime as dt

import pytest

from letters import validate


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Zoe\u0301   Smith ", "Zoé Smith"),  # NFD in, NFC out; spaces collapsed
        ("Ana\tMaría\u00a0López", "Ana María López"),  # tabs and NBSP collapse
        ("山田 太郎", "山田 太郎"),
        ("محمد عبد الله", "محمد عبد الله"),
        ("می\u200cخواهم", "می\u200cخواهم"),  # ZWNJ is kept: Persian needs it
        ("👩\u200d💻 Dev", "👩\u200d💻 Dev"),  # ZWJ sequence kept
    ],
)
def test_clean_line_normalises(raw: str, expected: str) -> None:
    assert validate.clean_line(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("Bob\u202eevil", "text-direction control"),
        ("Bob\u2066x\u2069", "text-direction control"),
        ("a\u200fb", "text-direction control"),
        ("bell\x07", "control character"),
        ("private\ue000", "private-use"),
        ("zero\u200bwidth", "invisible formatting"),
        ("unassigned\U000e0080", "unassigned"),
        ("", "must not be empty"),
        ("a" + "\u0301" * 32, "combining marks"),
        ("x" * 201, "at most 200"),
        ("two\nlines", "single line"),
    ],
)
def test_clean_line_rejects(raw: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        validate.clean_line(raw)


def test_clean_paragraph_keeps_newlines_and_folds_blank_runs() -> None:
    text = validate.clean_paragraph("one  line\r\n\r\n\r\n\r\ntwo\tlines\n", limit=100)
    assert text == "one line\n\ntwo lines"


def test_clean_address_accepts_commas_or_lines() -> None:
    assert validate.clean_address("12 Main St, Dublin 8 ,Ireland") == ["12 Main St", "Dublin 8", "Ireland"]
    assert validate.clean_address(["Marienplatz 1", "", "80331 München"]) == ["Marienplatz 1", "80331 München"]
    with pytest.raises(ValueError, match="at least two lines"):
        validate.clean_address("Nowhere")
    with pytest.raises(ValueError, match="at most 8"):
        validate.clean_address([f"line {i}" for i in range(9)])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Max.Muster@Example.COM", "Max.Muster@example.com"),
        ("zoë@bücher.de", "zoë@bücher.de"),
    ],
)
def test_clean_email_normalises_offline(raw: str, expected: str) -> None:
    assert validate.clean_email(raw) == expected


@pytest.mark.parametrize("raw", ["user@localhost", "a@b", "a..b@example.com", "x@[127.0.0.1]",
                                 "x@example.com\u202e", "no-at-sign"])
def test_clean_email_rejects(raw: str) -> None:
    with pytest.raises(ValueError):
        validate.clean_email(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("linkedin.com/in/max-mustermann", "https://www.linkedin.com/in/max-mustermann"),
        ("https://de.linkedin.com/in/max-mustermann-2a1ba6258/?originalSubdomain=de",
         "https://www.linkedin.com/in/max-mustermann-2a1ba6258"),
        ("http://www.linkedin.com/in/jane_doe/", "https://www.linkedin.com/in/jane_doe"),
        ("https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E",
         "https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E"),
        ("https://www.linkedin.com/in/王小明", "https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E"),
    ],
)
def test_profile_url_canonical(raw: str, expected: str) -> None:
    assert validate.clean_profile_url(raw) == expected
    assert validate.clean_profile_url(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "raw",
    ["evil.com/linkedin.com/in/x", "https://linkedin.com.evil.com/in/abc",
     "https://www.linkedin.com@evil.com/in/abc", "javascript:alert(1)",
     "https://www.linkedin.com/company/acme", "https://www.linkedin.com/in/ab",
     "https://www.linkedin.com:8080/in/abcd", "ftp://www.linkedin.com/in/abcd",
     "https://www.linkedin.com:99999/in/abcd"],
)
def test_profile_url_rejects(raw: str) -> None:
    with pytest.raises(ValueError):
        validate.clean_profile_url(raw)


def test_dates() -> None:
    today = dt.date(2026, 11, 29)
    assert validate.clean_date("2025-11-03", today=today) == dt.date(2025, 11, 3)
    assert validate.clean_date(dt.date(2025, 1, 1), today=today) == dt.date(2025, 1, 1)
    with pytest.raises(ValueError, match="in the future"):
        validate.clean_date("2026-11-30", today=today)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        validate.clean_date("03/11/2025", today=today)
    with pytest.raises(ValueError, match="before the objection"):
        validate.clean_date("2025-01-01", today=today, not_before=dt.date(2025, 2, 1),
                            not_before_what="the objection")
