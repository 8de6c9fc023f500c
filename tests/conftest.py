"""Shared fixtures: a fixed today, the answers fixtures, no network, WeasyPrint warnings fail."""

from __future__ import annotations

import datetime as dt
import logging
import socket
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from letters import answers as answers_file
from letters import case as case_module
from letters.questions import Answers, Context

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 29)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test that made it."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def weasyprint_warnings_fail(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.WARNING, logger="weasyprint")
    yield
    records = [r for r in caplog.records if r.name.startswith("weasyprint")]
    assert not records, [r.getMessage() for r in records]


@pytest.fixture
def ctx() -> Context:
    return Context(today=TODAY)


def load_raw(name: str) -> dict[str, Any]:
    with (FIXTURES / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def answers_for(name: str, **changes: Any) -> Answers:
    """The fixture's answers with dotted-key changes applied (None removes a key)."""
    raw = load_raw(name)
    for dotted, value in changes.items():
        *heads, tail = dotted.split(".")
        table = raw
        for head in heads:
            table = table.setdefault(head, {})
        if value is None:
            table.pop(tail, None)
        else:
            table[tail] = value
    return answers_file.check(raw, Context(today=TODAY))


def case_for(name: str, **changes: Any) -> case_module.Case:
    return case_module.from_answers(answers_for(name, **changes))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output (then review the diff)")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
