"""PDF inspection helpers for the tests."""

from __future__ import annotations

import io
import unicodedata

import pypdf


def pdf_text(data: bytes) -> str:
    """All text of a PDF, NFC-normalised with whitespace collapsed (for `in` assertions)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
