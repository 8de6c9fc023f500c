"""Normalisation and validation of everything a member types, shared by the wizard and render.

Every function takes raw input and returns the normalised value or raises ``ValueError`` with a
message a member can act on. Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit

from email_validator import EmailNotValidError, validate_email

# Bidi embedding, override and isolate controls, and the implicit marks (Trojan Source class).
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Zero-width joiners are needed to shape Persian, Indic scripts and emoji sequences.
ALLOWED_FORMAT = frozenset("\u200c\u200d")
MAX_COMBINING_RUN = 30

LIMITS = {
    "name": 200,
    "email": 254,
    "address_line": 200,
    "address_lines": 8,
    "details": 600,
    "case_number": 60,
    "reply_summary": 600,
    "short": 200,
}

_CATEGORY_MESSAGES = {
    "Cc": "a control character",
    "Cs": "a broken (surrogate) character",
    "Co": "a private-use character",
    "Cn": "an unassigned character",
}


def _check_characters(text: str) -> None:
    run = 0
    for ch in text:
        category = unicodedata.category(ch)
        if ch in BIDI_CONTROLS:
            raise ValueError(
                f"contains an invisible text-direction control (U+{ord(ch):04X}) that could "
                "change how the letter reads; retype it without copy and paste"
            )
        if category in _CATEGORY_MESSAGES:
            raise ValueError(f"contains {_CATEGORY_MESSAGES[category]} (U+{ord(ch):04X})")
        if category == "Cf" and ch not in ALLOWED_FORMAT:
            raise ValueError(f"contains an invisible formatting character (U+{ord(ch):04X})")
        run = run + 1 if category.startswith("M") else 0
        if run > MAX_COMBINING_RUN:
            raise ValueError("contains an unusually long run of combining marks")


def clean_line(raw: str, *, limit: int = LIMITS["short"], required: bool = True) -> str:
    """One line of text: NFC, whitespace collapsed, dangerous characters rejected."""
    if not isinstance(raw, str):
        raise ValueError("must be text")
    text = unicodedata.normalize("NFC", raw)
    if "\n" in text.strip() or "\r" in text.strip():
        raise ValueError("must be a single line")
    text = " ".join(text.split())
    _check_characters(text)
    if required and not text:
        raise ValueError("must not be empty")
    if len(text) > limit:
        raise ValueError(f"is {len(text)} characters long; at most {limit} are allowed")
    return text


def clean_paragraph(raw: str, *, limit: int, required: bool = False) -> str:
    """Free text that may span lines: each line cleaned, blank runs folded, newlines kept."""
    if not isinstance(raw, str):
        raise ValueError("must be text")
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    _check_characters(text.replace("\n", " "))
    if required and not text:
        raise ValueError("must not be empty")
    if len(text) > limit:
        raise ValueError(f"is {len(text)} characters long; at most {limit} are allowed")
    return text


def clean_address(raw: str | list[str]) -> list[str]:
    """A postal address as lines; accepts a list or text with one line per line or commas."""
    if isinstance(raw, str):
        parts = raw.replace("\r", "\n").split("\n")
        if len([p for p in parts if p.strip()]) == 1:
            parts = raw.split(",")
    elif isinstance(raw, list) and all(isinstance(p, str) for p in raw):
        parts = list(raw)
    else:
        raise ValueError("must be text or a list of lines")
    lines = [clean_line(p, limit=LIMITS["address_line"], required=False) for p in parts]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        raise ValueError("needs at least two lines (street, and postcode with town)")
    if len(lines) > LIMITS["address_lines"]:
        raise ValueError(f"has {len(lines)} lines; at most {LIMITS['address_lines']} are allowed")
    return lines


def clean_email(raw: str) -> str:
    """An e-mail address checked offline (syntax only, no DNS), in its normalised form."""
    text = clean_line(raw, limit=LIMITS["email"])
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"is not a valid e-mail address: {exc}") from None
    return str(result.normalized)


_SLUG = re.compile(r"[\w\-.%]{3,100}")
_LINKEDIN_HOST = re.compile(r"(?:www\.|[a-z]{2}\.)?linkedin\.com")


def clean_profile_url(raw: str) -> str:
    """A LinkedIn profile URL in canonical form ``https://www.linkedin.com/in/<slug>``."""
    text = clean_line(raw, limit=300)
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ValueError("is not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError("must be a web address starting with https://")
    host = (parts.hostname or "").lower()
    if parts.username or parts.password or port is not None or not _LINKEDIN_HOST.fullmatch(host):
        raise ValueError("must be a linkedin.com profile address, like https://www.linkedin.com/in/your-name")
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) != 2 or segments[0].lower() != "in":
        raise ValueError("must be a profile address of the form linkedin.com/in/your-name")
    slug = unicodedata.normalize("NFC", unquote(segments[1]))
    if not _SLUG.fullmatch(slug) or "/" in slug:
        raise ValueError(
            "has a profile name that LinkedIn would not accept (3 to 100 letters, digits or hyphens)"
        )
    return "https://www.linkedin.com/in/" + quote(slug, safe="-._~")


def clean_date(
    raw: object,
    *,
    today: dt.date,
    not_before: dt.date | None = None,
    not_before_what: str = "",
) -> dt.date:
    """A calendar date (``YYYY-MM-DD`` or a TOML date), not in the future, not before a bound."""
    if isinstance(raw, dt.datetime):
        value = raw.date()
    elif isinstance(raw, dt.date):
        value = raw
    elif isinstance(raw, str):
        try:
            value = dt.date.fromisoformat(raw.strip())
        except ValueError:
            raise ValueError("must be a date written as YYYY-MM-DD, e.g. 2025-11-03") from None
    else:
        raise ValueError("must be a date written as YYYY-MM-DD")
    if value > today:
        raise ValueError(f"{value.isoformat()} is in the future")
    if not_before and value < not_before:
        raise ValueError(f"{value.isoformat()} is before {not_before_what} ({not_before.isoformat()})")
    return value
