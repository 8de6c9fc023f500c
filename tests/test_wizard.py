"""The wizard driven in-process through prompt_toolkit's pipe input."""

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
import questionary
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from letters import wizard
from letters.questions import Context
from tests.conftest import TODAY

DOWN, ENTER, SPACE, CTRL_C = "\x1b[B", "\r", " ", "\x03"


class Keyboard:
    """Types each prompt's keys only when that prompt opens: keys sent ahead of time would be
    read by the prompt still on screen (a text prompt keeps reading after Enter)."""

    def __init__(self, pipe: PipeInput) -> None:
        self.pipe = pipe
        self.chunks: list[str] = []

    def type(self, *chunks: str) -> None:
        self.chunks.extend(chunks)

    def prompt(self, real: Callable[..., object]) -> Callable[..., object]:
        def opened(*args: object, **kwargs: object) -> object:
            assert self.chunks, f"no keys left for the prompt {args[0]!r}"
            self.pipe.send_text(self.chunks.pop(0))
            return real(*args, **kwargs)

        return opened


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[Keyboard]:
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        keyboard = Keyboard(pipe)
        for name in ("text", "select", "checkbox", "confirm"):
            monkeypatch.setattr(wizard.questionary, name, keyboard.prompt(getattr(questionary, name)))
        yield keyboard


IRISH_RUN = [
    ENTER,                                  # language: English (default)
    "Ireland" + ENTER,                      # country, by typing to filter
    "Aoife Murphy" + ENTER,
    "aoife.murphy@example.com" + ENTER,
    "12 Main Street, Dublin 8, Ireland" + ENTER,
    "Dublin" + ENTER,                       # town
    "linkedin.com/in/aoife-murphy" + ENTER,
    SPACE + ENTER,                          # grounds: the first one
    ENTER,                                  # no details
    "y",                                    # switched off
    "2025-11-04" + ENTER,
    "y",                                    # objection sent
    "2025-11-05" + ENTER,
    ENTER,                                  # no case number
    ENTER,                                  # reply: no answer yet
    ENTER,                                  # no follow-up
    ENTER,                                  # no evidence
    ENTER,                                  # summary: write the letters
]


def test_full_run_gives_valid_answers(keys: Keyboard) -> None:
    keys.type(*IRISH_RUN)
    answers = wizard.run(Context(today=TODAY))
    assert answers["language"] == "en"
    assert answers["member.country"] == "IE"
    assert answers["member.address"] == ["12 Main Street", "Dublin 8", "Ireland"]
    assert answers["member.profile_url"] == "https://www.linkedin.com/in/aoife-murphy"
    assert answers["situation.grounds"] == ["job_seeker"]
    assert answers["setting.date"] == dt.date(2025, 11, 4)
    assert answers["objection.reply"] == "no_reply"
    assert "member.region" not in answers
    assert answers["member.town"] == "Dublin"


def test_a_bad_answer_is_asked_again(keys: Keyboard) -> None:
    run = list(IRISH_RUN)
    run[3] = "not-an-email" + ENTER + "\x7f" * 20 + "aoife@example.com" + ENTER
    keys.type(*run)
    answers = wizard.run(Context(today=TODAY))
    assert answers["member.email"] == "aoife@example.com"


def test_region_is_asked_and_quebec_offers_two_authorities(keys: Keyboard) -> None:
    run = [ENTER, "Canada" + ENTER, "Quebec" + ENTER, *IRISH_RUN[2:17],
           DOWN + ENTER,                     # authority: the OPC instead of the CAI
           ENTER]
    keys.type(*run)
    answers = wizard.run(Context(today=TODAY))
    assert answers["member.region"] == "QC"
    assert answers["complaint.authority"] == "ca-opc"


def test_summary_can_change_an_answer(keys: Keyboard) -> None:
    run = [*IRISH_RUN[:-1], DOWN + ENTER,     # summary: change an answer
           DOWN + DOWN + ENTER,               # which: the name (3rd asked question)
           "\x7f" * 20 + "Aoife Ní Mhurchú" + ENTER,
           ENTER]                             # summary: write
    keys.type(*run)
    answers = wizard.run(Context(today=TODAY))
    assert answers["member.name"] == "Aoife Ní Mhurchú"


def test_ctrl_c_raises_keyboard_interrupt(keys: Keyboard) -> None:
    keys.type(ENTER, "Ireland" + ENTER, CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        wizard.run(Context(today=TODAY))


def test_quit_from_the_summary_is_an_interrupt(keys: Keyboard) -> None:
    keys.type(*IRISH_RUN[:-1], DOWN + DOWN + ENTER)
    with pytest.raises(KeyboardInterrupt):
        wizard.run(Context(today=TODAY))


def test_default_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "xx_YY.UTF-8")
    assert wizard.default_language() == "en"
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    assert wizard.default_language() == "de"


def test_saved_details_are_offered_as_defaults(keys: Keyboard) -> None:
    saved = {"language": "en", "member.country": "IE", "member.name": "Aoife Murphy",
             "member.email": "aoife@example.com"}
    run = list(IRISH_RUN)
    run[1] = ENTER            # country: keep the saved one
    run[2] = ENTER            # name: keep the saved one
    run[3] = ENTER            # e-mail: keep the saved one
    keys.type(*run)
    answers = wizard.run(Context(today=TODAY), saved)
    assert answers["member.name"] == "Aoife Murphy"
    assert answers["member.email"] == "aoife@example.com"
    assert answers["member.country"] == "IE"
