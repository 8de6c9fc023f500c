import datetime as dt
import tomllib
from pathlib import Path

import pytest

from letters import answers as answers_file
from letters.errors import UserError
from letters.questions import QUESTIONS, Context
from tests.conftest import TODAY, answers_for, load_raw

CTX = Context(today=TODAY)


def test_example_answers_are_complete_and_accepted() -> None:
    raw = tomllib.loads(answers_file.example())
    answers = answers_file.check(raw, CTX)
    assert answers["member.country"] == "IE"
    assert answers["objection.date"] == dt.date(2025, 11, 5)
    documented = {line.split("=")[0].strip().lstrip("# ") for line in answers_file.example().splitlines()
                  if "=" in line}
    leaves = {q.key.rpartition(".")[2] for q in QUESTIONS if q.key != "evidence"}
    assert leaves <= documented


def test_round_trip_through_toml() -> None:
    answers = answers_for("ie")
    again = answers_file.check(tomllib.loads(answers_file.to_toml(answers)), CTX)
    assert again == answers


@pytest.mark.parametrize(
    ("changes", "key", "message"),
    [
        ({"member.name": None}, "member.name", "is missing"),
        ({"member.email": "not-an-email"}, "member.email", "not a valid e-mail"),
        ({"member.email": 42}, "member.email", "must be text"),
        ({"member.country": "US"}, "member.country", "must be one of"),
        ({"member.country": "DE"}, "member.region", "is missing"),
        ({"member.country": "DE", "member.region": "XX"}, "member.region", "must be one of"),
        ({"language": "xx"}, "language", "Babel knows"),
        ({"situation.grounds": ["bored"]}, "situation.grounds", "unknown ground"),
        ({"situation.grounds": [], "situation.details": ""}, "situation.details", "particular situation"),
        ({"setting.date": "2027-01-01"}, "setting.date", "in the future"),
        ({"objection.date": "2023-01-01"}, "objection.date", "before LinkedIn announced"),
        ({"objection.reply": "refused", "objection.reply_date": "2025-11-01"},
         "objection.reply_date", "before the date you sent your objection"),
        ({"objection.reply": "refused"}, "objection.reply_date", "is missing"),
        ({"complaint.authority": "xx-none"}, "complaint.authority", "not a known authority"),
        ({"member.profile_url": "https://evil.example/in/x"}, "member.profile_url", "linkedin.com"),
        ({"evidence": ["/nonexistent/shot.png"]}, "evidence", "no such file"),
        ({"evidence": ["/etc/passwd"]}, "evidence", "only .png"),
    ],
)
def test_bad_answers_name_the_key(changes: dict[str, object], key: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as info:
        answers_for("ie", **changes)
    assert info.value.key == key
    assert str(info.value).startswith(key)


def test_unknown_key_is_an_error() -> None:
    raw = load_raw("ie")
    raw["member"]["nickname"] = "Aoife"
    with pytest.raises(UserError, match="unknown key") as info:
        answers_file.check(raw, CTX)
    assert info.value.key == "member.nickname"


def test_malformed_toml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('language = "en"\n[member\nname = "x"\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"not valid TOML.*line 2"):
        answers_file.read(path, CTX)


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        answers_file.read(tmp_path / "none.toml", CTX)
    path = tmp_path / "bin.toml"
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(UserError, match="not UTF-8"):
        answers_file.read(path, CTX)


def test_answers_not_applicable_are_ignored_and_defaults_filled() -> None:
    answers = answers_for("ie", **{"objection.sent": False})
    assert "objection.date" not in answers
    assert answers["date"] == dt.date(2026, 11, 20)
    assert answers_for("ie", date=None)["date"] == TODAY


def test_evidence_paths_are_resolved(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n")
    answers = answers_for("ie", evidence=[str(shot), str(shot)])
    assert answers["evidence"] == [str(shot.resolve())]
