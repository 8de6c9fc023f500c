"""Answers files: reading and checking them against the question declarations, and writing them.

An answers file is TOML with dotted keys as tables (``[member] name = "…"``). Every key has
the meaning its question declares; an unknown key, a wrong type or a bad value is an error that
names the key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from letters.errors import UserError
from letters.questions import BY_KEY, QUESTIONS, Answers, Context


def _flatten(raw: dict[str, Any], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in raw.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and dotted not in BY_KEY:
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def check(raw: dict[str, Any], ctx: Context) -> Answers:
    """Validate raw answers (nested, as read from TOML) in question order."""
    flat = _flatten(raw)
    unknown = sorted(set(flat) - set(BY_KEY))
    if unknown:
        raise UserError(
            "unknown key; `letters example-answers` shows every key with its meaning",
            key=unknown[0],
        )
    answers: Answers = {}
    for question in QUESTIONS:
        if not question.when(answers):
            continue
        if question.key in flat:
            try:
                answers[question.key] = question.parse(flat[question.key], answers, ctx)
            except ValueError as exc:
                raise UserError(str(exc), key=question.key) from None
        elif question.default is not None:
            try:
                answers[question.key] = question.default(answers, ctx)
            except ValueError as exc:  # a default that depends on other answers may not exist
                raise UserError(str(exc), key=question.key) from None
        elif question.required:
            raise UserError("is missing", key=question.key)
    return answers


def read(path: Path, ctx: Context) -> Answers:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{path}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: is not valid TOML: {exc}") from None
    return check(raw, ctx)


def to_toml(answers: Answers) -> str:
    """The answers as a TOML document that ``check`` accepts again."""
    nested: dict[str, Any] = {}
    for question in QUESTIONS:
        if question.key not in answers or answers[question.key] is None:
            continue
        value = answers[question.key]
        if isinstance(value, tuple):
            value = list(value)
        head, _, tail = question.key.rpartition(".")
        table = nested
        if head:
            for part in head.split("."):
                table = table.setdefault(part, {})
        table[tail] = value
    header = (
        "# Answers for `letters render`. Edit and run: letters render answers.toml --force\n"
        "# This file holds personal data: keep it private.\n\n"
    )
    return header + tomli_w.dumps(nested)


EXAMPLE = '''\
# An answers file for `letters render ANSWERS.toml`. Every key is explained above it.
# Dates are written YYYY-MM-DD without quotes.

# Your language (prompts, objection, reading copy): a code such as en, de, fr, it, es, nl.
language = "en"
# The date of the letters. Optional: today when absent. Fixing it makes the PDF reproducible.
date = 2026-11-20

[member]
# Your full name as on your LinkedIn profile.
name = "Aoife Murphy"
# The e-mail address of your LinkedIn account.
email = "aoife.murphy@example.com"
# Where you live: ISO 3166-1 alpha-2 code (GB for the UK). `letters authorities` lists them.
country = "IE"
# Only for DE (your Land, e.g. BY, BE, NW) and CA (your province, e.g. QC, ON): the ISO 3166-2
# code after the hyphen. Leave it out elsewhere.
# region = "BY"
# Your postal address, one line per item.
address = ["12 Main Street", "Dublin 8", "D08 XY12", "Ireland"]
# Your town, for the letter's date line ("Dublin, 20 November 2026"). Optional.
town = "Dublin"
# Your LinkedIn profile address.
profile_url = "https://www.linkedin.com/in/aoife-murphy"

[situation]
# Grounds relating to your particular situation, any of: job_seeker, creative, safety,
# confidential, sensitive, old_content.
grounds = ["job_seeker", "old_content"]
# Your own words (optional, at most 600 characters).
details = "I am changing careers and my profile is my main way to reach employers."

[setting]
# Have you switched off "Data for Generative AI Improvement"? If true, give the date.
switched_off = true
date = 2025-11-04

[objection]
# Have you sent LinkedIn an objection? A complaint is written only when this is true.
sent = true
# When you sent it.
date = 2025-11-05
# LinkedIn's case number (optional).
case_number = "251105-001234"
# LinkedIn's answer: no_reply, automated, refused or partial.
reply = "no_reply"
# For an answer other than no_reply: its date and, optionally, a summary.
# reply_date = 2025-11-20
# reply_summary = "LinkedIn said it has a legitimate interest."
# Optional: when you last followed up with LinkedIn, or complained to it about its answer.
# followup_date = 2025-12-10

[complaint]
# Optional: the id of the authority to address (default: the one for your country and region;
# `letters authorities` lists the ids).
# authority = "ie-dpc"
# Optional: the complaint's language (default: your language when the authority accepts it,
# else the authority's first language).
# language = "en"
'''


def example() -> str:
    return EXAMPLE
