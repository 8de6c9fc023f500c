"""Checks every gettext catalog against the msgids the code and templates use now.

Fails (exit 1) when a catalog misses a msgid or keeps an obsolete one, has an empty or fuzzy
translation, changes a %(placeholder)s, or lacks its review record (a header comment line
`# Reviewed <date> by back-translation: …`).
Usage: python scripts/check_catalogs.py [LANG ...]   (all catalogs when none is named)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "letters" / "locales"
PLACEHOLDER = re.compile(r"%\([a-z0-9_]+\)s|%%")


def current_msgids() -> set[str]:
    with tempfile.TemporaryDirectory() as tmp:
        pot = Path(tmp) / "messages.pot"
        subprocess.run(
            [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "pyproject.toml",
             "-o", str(pot), "--no-location", "--omit-header", "."],
            cwd=ROOT, check=True, capture_output=True,
        )
        with pot.open("rb") as fh:
            return {str(m.id) for m in read_po(fh) if m.id}


def problems(lang: str, catalog: Catalog, expected: set[str]) -> list[str]:
    out = []
    ids = {str(m.id) for m in catalog if m.id}
    out += [f"{lang}: missing msgid {m[:70]!r}" for m in sorted(expected - ids)]
    out += [f"{lang}: obsolete msgid {m[:70]!r}" for m in sorted(ids - expected)]
    for message in catalog:
        if not message.id:
            continue
        msgid = str(message.id)
        # a plural message has a tuple of ids and of translations (one per plural form)
        sources = list(message.id) if isinstance(message.id, tuple) else [message.id]
        strings = list(message.string) if isinstance(message.string, tuple) else [message.string]
        placeholders = sorted(PLACEHOLDER.findall(str(sources[-1])))
        if not all(str(s or "").strip() for s in strings):
            out.append(f"{lang}: untranslated {msgid[:70]!r}")
        elif message.fuzzy:
            out.append(f"{lang}: fuzzy {msgid[:70]!r}")
        elif any(sorted(PLACEHOLDER.findall(str(s))) != placeholders for s in strings):
            out.append(f"{lang}: placeholders differ in {msgid[:70]!r}")
    return out


def review_record(po: Path) -> str:
    """The review line of the header comment (`# Reviewed <date> by back-translation: …`); a
    comment, because `pybabel update` keeps the header comment but drops unknown header fields."""
    for line in po.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"# Reviewed (\d{4}-\d{2}-\d{2}) by back-translation", line)
        if match:
            return match.group(1)
    return ""


def main(langs: list[str]) -> int:
    expected = current_msgids()
    found = []
    catalogs = sorted(LOCALES.glob("*/LC_MESSAGES/messages.po"))
    for po in catalogs:
        lang = po.parent.parent.name
        if langs and lang not in langs:
            continue
        with po.open("rb") as fh:
            found += problems(lang, read_po(fh, locale=lang), expected)
        if not review_record(po):
            found.append(f"{lang}: no review record (header comment '# Reviewed <date> by "
                         "back-translation: …')")
    for line in found[:200]:
        print(line)
    print(f"{len(catalogs)} catalogs, {len(expected)} msgids, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
