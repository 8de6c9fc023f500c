"""The documents: which exist, the context they share, and rendering them to text or HTML."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from letters import i18n
from letters.case import Case
from letters.jurisdictions import Regime, authorities
from letters.questions import GROUNDS
from letters.render import render

# The objection form's free-text limit is not published (legal-facts §1.6); 2,000 characters is
# the limit of comparable forms (the ICO's). Kept here, printed with the count, warned about.
OBJECTION_CHAR_LIMIT = 2000
# Letters to these countries put the address where DIN 5008 (form B) says; others use the
# common international window position (see templates/letter.css).
DIN_5008_COUNTRIES = frozenset({"DE", "AT", "CH", "LI"})


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Evidence:
    """A file the member named: listed with its SHA-256, attached, and shown if an image."""

    path: Path
    sha256: str
    number: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def image(self) -> bool:
        return self.path.suffix.lower() in IMAGE_SUFFIXES

    @property
    def uri(self) -> str:
        return self.path.as_uri()


def evidence_items(paths: list[Path], first_number: int) -> list[Evidence]:
    """Hash each file once; number them after the enclosures that precede them."""
    items = []
    for offset, path in enumerate(paths):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        items.append(Evidence(path, digest, first_number + offset))
    return items


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_one_month(day: dt.date) -> dt.date:
    return add_months(day, 1)


def render_language(language: str) -> str:
    """The catalog used to write in ``language``: itself, its base language, or English."""
    return i18n.best_available(language) or i18n.SOURCE_LANGUAGE


def letter_language(language: str, country: str) -> str:
    """The language a letter to ``country`` is written in: German letters to Switzerland and
    Liechtenstein use Swiss spelling (no ß)."""
    lang = render_language(language)
    if lang == "de" and country in ("CH", "LI"):
        return f"de_{country}"
    return lang


def html_lang(language: str) -> str:
    return language.replace("_", "-")


def _situation(case: Case, lang: str) -> list[str]:
    gettext = i18n.translations(lang).gettext
    sentences = [gettext(g.sentence) for g in GROUNDS if g.key in case.grounds]
    if case.details:
        sentences.append(case.details)
    return sentences


def context(case: Case, language: str, country: str, regime: Regime) -> dict[str, object]:
    """Everything a template may use, in ``language``, with dates written as in ``country``, for
    a letter under ``regime``; plain strings, never markup."""
    lang = letter_language(language, country)
    date_locale = i18n.regional_locale(lang, country)

    def fmt(day: dt.date | None) -> str:
        return i18n.format_date(day, date_locale) if day else ""

    authority = case.authority
    lead = ""
    if regime.lead_authority and regime.lead_authority != authority.id:
        lead = authorities()[regime.lead_authority].name_in(lang)
    member = case.member
    address = list(member.address)
    return {
        "member": {
            "name": member.name,
            "email": member.email,
            "profile_url": member.profile_url,
            "address": address,
            "town": member.town,
        },
        "controller": {
            "name": case.objection_regime.controller.name,
            "address": list(case.objection_regime.controller.address),
        },
        "authority": {
            "name": authority.name_in(lang),
            "address": list(authority.address),
            "short_name": authority.short_name,
        },
        "law": "ukgdpr" if regime.id == "uk_gdpr" else "gdpr",
        "lead_authority": lead,
        "situation": _situation(case, lang),
        "letter_date": fmt(case.letter_date),
        "letter_date_iso": case.letter_date.isoformat(),
        "setting_off_date": fmt(case.setting_off_date),
        "objection_date": fmt(case.objection_date),
        # the objection is signed on the day it was sent (the enclosure reproduces it as sent)
        "signed_date": fmt(case.objection_date or case.letter_date),
        "followup_date": fmt(case.followup_date),
        "deadline_date": fmt(add_one_month(case.objection_date)) if case.objection_date else "",
        "reply": case.reply,
        "reply_date": fmt(case.reply_date),
        "reply_summary": case.reply_summary,
        "case_number": case.case_number,
        "html_lang": html_lang(lang),
        "script": "hant" if lang.startswith("zh") else "latin",
        # Chinese joins sentences without a space and writes a full-width comma
        "gap": "" if lang.startswith("zh") else " ",
        "comma": "\uff0c" if lang.startswith("zh") else ", ",  # U+FF0C FULLWIDTH COMMA
        "layout": "din" if country in DIN_5008_COUNTRIES else "window",
        "evidence": [],
        "reading_copy": None,
    }


def objection_text(case: Case, cited: set[str] | None = None) -> str:
    """The paste-ready objection, in the member's language, for the member's regime."""
    regime = case.objection_regime
    ctx = context(case, case.language, case.member.country, regime)
    text = render(f"objection/{regime.id}.txt.j2",
                  letter_language(case.language, case.member.country), ctx, cited)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def complaint_html(
    case: Case,
    language: str,
    *,
    evidence: list[Evidence] | None = None,
    reading_copy_of: str | None = None,
    cited: set[str] | None = None,
) -> str:
    """The complaint (or report) as HTML in ``language``; a reading copy when ``reading_copy_of``
    names the language of the original that is sent."""
    lang = letter_language(language, case.authority.country)
    ctx = context(case, language, case.authority.country, case.complaint_regime)
    ctx["evidence"] = evidence or []
    gettext = i18n.translations(lang).gettext
    ctx["objection_text"] = objection_text(case)
    ctx["objection_lang"] = html_lang(case.language)
    if case.authority.document == "report":
        ctx["title"] = gettext("Report about LinkedIn's use of personal data for AI training")
    else:
        ctx["title"] = gettext("Complaint about LinkedIn's use of personal data for AI training")
    ctx["keywords"] = "LinkedIn, AI, " + case.authority.short_name
    if reading_copy_of:
        ctx["reading_copy"] = {
            "language": i18n.language_name(language, lang),
            "original": i18n.language_name(reading_copy_of, lang),
        }
    return render(f"complaint/{case.complaint_regime.id}.html.j2", lang, ctx, cited)
