"""Saved details: private, re-validated when read, deleted on request."""

import stat
from pathlib import Path

import pytest

from letters import profile
from letters.questions import Context
from tests.conftest import TODAY, answers_for


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_save_is_private_and_load_gives_the_details_back(data_home: Path) -> None:
    answers = answers_for("de-by")
    file = profile.save(answers)
    assert file == data_home / "letters" / "profile.toml"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) == 0o700
    text = file.read_text(encoding="utf-8")
    assert "objection" not in text and "grounds" not in text  # only the member's details
    saved, notes = profile.load(Context(today=TODAY))
    assert notes == []
    assert saved == {key: answers[key] for key in profile.KEYS}


def test_a_tampered_profile_is_checked_again(data_home: Path) -> None:
    file = data_home / "letters" / "profile.toml"
    file.parent.mkdir(parents=True)
    file.write_text('language = "en"\n[member]\nemail = "x@localhost"\nname = "Bob\\u202eevil"\n'
                    'country = "IE"\nshoe_size = 44\n', encoding="utf-8")
    saved, notes = profile.load(Context(today=TODAY))
    assert saved == {"language": "en", "member.country": "IE"}
    assert any("member.email dropped" in n for n in notes)
    assert any("member.name dropped" in n for n in notes)
    assert any("member.shoe_size ignored" in n for n in notes)


def test_garbage_profile_is_ignored_with_a_note(data_home: Path) -> None:
    file = data_home / "letters" / "profile.toml"
    file.parent.mkdir(parents=True)
    file.write_bytes(b"\xff[[[")
    saved, notes = profile.load(Context(today=TODAY))
    assert saved == {} and "could not be read" in notes[0]


def test_forget(data_home: Path) -> None:
    assert profile.forget() is False
    profile.save(answers_for("ie"))
    assert profile.forget() is True
    assert not (data_home / "letters" / "profile.toml").exists()
