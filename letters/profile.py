"""The member's saved details, so a later `letters new` can offer them as defaults.

Saved only when the member asks (`letters new --remember`), where the platform keeps user data
(platformdirs; ~/.local/share/letters on Linux), in a private folder (0700) as a private file
(0600). The file is untrusted when read back: every value is checked again like an answer, and
one that no longer passes is dropped with a note.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import platformdirs

from letters import answers as answers_file
from letters.output import ensure_dir, write_atomic
from letters.questions import BY_KEY, Answers, Context

KEYS = ("language", "member.country", "member.region", "member.name", "member.email",
        "member.address", "member.town", "member.profile_url")


def path() -> Path:
    return platformdirs.user_data_path("letters", appauthor=False) / "profile.toml"


def load(ctx: Context) -> tuple[Answers, list[str]]:
    """The saved details that still pass their checks, and a note for each one dropped."""
    file = path()
    if not file.is_file():
        return {}, []
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, [f"{file}: could not be read ({exc}); ignoring it"]
    flat = {f"{table}.{key}" if table != "language" else table: value
            for table, content in raw.items()
            for key, value in (content.items() if isinstance(content, dict) else [(table, content)])}
    kept: Answers = {}
    notes = []
    for key in KEYS:
        if key not in flat:
            continue
        question = BY_KEY[key]
        if not question.when(kept):
            continue
        try:
            kept[key] = question.parse(flat[key], kept, ctx)
        except ValueError as exc:
            notes.append(f"saved {key} dropped: {exc}")
    unknown = sorted(set(flat) - set(KEYS))
    notes += [f"saved {key} ignored: not a detail letters keeps" for key in unknown]
    return kept, notes


def save(answers: Answers) -> Path:
    details = {key: answers[key] for key in KEYS if answers.get(key) is not None}
    file = path()
    ensure_dir(file.parent)
    text = answers_file.to_toml(details).replace(
        "# Answers for `letters render`. Edit and run: letters render answers.toml --force\n",
        "# Your details, saved by `letters new --remember`; `letters forget` deletes them.\n",
    )
    write_atomic(file, text.encode("utf-8"), overwrite=True)
    return file


def forget() -> bool:
    file = path()
    if file.is_file():
        file.unlink()
        return True
    return False
