"""The real `letters new` in a pseudo-terminal, answered prompt by prompt like a person would."""

import datetime as dt
import os
import sys
from pathlib import Path

import pexpect
import pytest
from babel.dates import format_date

from tests.helpers import pdf_text

ROOT = Path(__file__).parent.parent
DOWN = "\x1b[B"


def spawn(tmp_path: Path) -> pexpect.spawn:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "TERM": "xterm-256color"}
    env.pop("LC_ALL", None)
    return pexpect.spawn(sys.executable, ["-m", "letters", "new"], cwd=str(tmp_path), env=env,
                         encoding="utf-8", timeout=30, dimensions=(40, 160))


def answer(child: pexpect.spawn, prompt: str, keys: str) -> None:
    child.expect(prompt)
    child.send(keys)


def answer_all(child: pexpect.spawn, dialogue: list[tuple[str, str]]) -> None:
    """Answer each (prompt, keys) pair in order, as a person at the terminal would."""
    for prompt, keys in dialogue:
        answer(child, prompt, keys)


def test_a_member_answers_every_prompt_and_gets_the_letters(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    answer_all(child, [
        ("Your language", "\r"),
        ("Where do you live", "Ireland\r"),
        ("Your full name", "Zoë Ní Bhriain\r"),
        ("e-mail address of your LinkedIn account", "zoe@example.ie\r"),
        ("Your postal address", "3 Quay Street, Galway, H91 X0Y1, Ireland\r"),
        ("Your town or city", "Galway\r"),
        ("address of your LinkedIn profile", "ie.linkedin.com/in/zoe-ni-bhriain/\r"),
        ("Why does this training harm you", " \r"),
        ("In your own words", "I write for a living.\r"),
        ("Have you switched off", "y"),
        ("When did you switch it off", "2025-11-04\r"),
        ("Have you already sent LinkedIn an objection", "y"),
        ("When did you send it", "2025-11-06\r"),
        ("case number", "\r"),
        ("What did LinkedIn answer", DOWN + DOWN + "\r"),  # refused
        ("When did LinkedIn answer", "2025-12-01\r"),
        ("What did LinkedIn say", "It has a legitimate interest.\r"),
        ("When did you last follow up", "2025-12-15\r"),
        ("Files to enclose", "\r"),
        ("What next", "\r"),
    ])
    child.expect("Files written")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    out = tmp_path / "letters-out"
    objection = (out / "objection.txt").read_text(encoding="utf-8")
    assert "Zoë Ní Bhriain" in objection and "https://www.linkedin.com/in/zoe-ni-bhriain" in objection
    assert "I write for a living." in objection
    text = pdf_text((out / "complaint.pdf").read_bytes())
    assert "Zoë Ní Bhriain" in text and "Data Protection Commission" in text
    today = format_date(dt.date.today(), "long", locale="en_IE")
    assert f"Galway, {today}" in text
    assert "On 1 December 2025 LinkedIn refused my request." in text
    assert "It has a legitimate interest." in text
    assert "On 15 December 2025 I followed up with LinkedIn" in text
    assert 'reply = "refused"' in (out / "answers.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", ["\x03", "\x04"], ids=["ctrl-c", "ctrl-d"])
def test_interrupt_at_a_prompt_exits_130_and_writes_nothing(tmp_path: Path, key: str) -> None:
    child = spawn(tmp_path)
    answer(child, "Your language", "\r")
    answer(child, "Where do you live", "Ireland\r")
    answer(child, "Your full name", key)
    child.expect("nothing was written")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert list(tmp_path.iterdir()) == []


def test_a_bad_answer_shows_the_reason_and_asks_again(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    answer(child, "Your language", "\r")
    answer(child, "Where do you live", "Ireland\r")
    answer(child, "Your full name", "Aoife\r")
    answer(child, "e-mail address", "aoife@localhost\r")
    child.expect("not a valid e-mail address")
    child.send("\x7f" * 9 + "example.com\r")
    child.expect("Your postal address")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_an_unprintable_answer_is_asked_again_and_nothing_is_lost(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    answer_all(child, [
        ("Your language", "\r"),
        ("Where do you live", "Ireland\r"),
        ("Your full name", "Aoife \u2705\r"),
        ("e-mail address of your LinkedIn account", "aoife@example.ie\r"),
        ("Your postal address", "3 Quay Street, Galway, Ireland\r"),
        ("Your town or city", "\r"),
        ("address of your LinkedIn profile", "linkedin.com/in/aoife-m\r"),
        ("Why does this training harm you", " \r"),
        ("In your own words", "\r"),
        ("Have you switched off", "n"),
        ("Have you already sent LinkedIn an objection", "y"),
        ("When did you send it", "2025-11-06\r"),
        ("case number", "\r"),
        ("What did LinkedIn answer", "\r"),
        ("When did you last follow up", "\r"),
        ("Files to enclose", "\r"),
        ("What next", "\r"),
    ])
    child.expect("no installed font can print")
    answer(child, "Your full name", "\x7f" * 10 + "Aoife Murphy\r")
    answer(child, "What next", "\r")
    child.expect("Files written")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = pdf_text((tmp_path / "letters-out" / "complaint.pdf").read_bytes())
    assert "Aoife Murphy" in text and "aoife@example.ie" in text
