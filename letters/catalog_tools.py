"""Babel extractor for the citation labels in data/citations.toml (used by `pybabel extract`).

Each label is a msgid, so every catalog writes citations in its own legal style
(``Art. 21(1) GDPR`` becomes ``Art. 21 Abs. 1 DSGVO`` in German).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import IO, Any


def extract_citations(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    data = tomllib.loads(fileobj.read().decode("utf-8"))
    for lineno, (key, entry) in enumerate(data.items(), start=1):
        yield lineno, "gettext", entry["label"], [f"citation {key}"]
