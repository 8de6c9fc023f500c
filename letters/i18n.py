"""Languages: which catalogs exist, loading them, and Babel's CLDR formatting of dates and names."""

from __future__ import annotations

import datetime as dt
import gettext
import io
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALES_DIR = Path(__file__).parent / "locales"
DOMAIN = "messages"
SOURCE_LANGUAGE = "en"


def normalise_language(code: str) -> str:
    """``de-CH`` or ``de_CH`` -> Babel's ``de_CH``; raises ValueError for an unknown code."""
    try:
        return str(Locale.parse(code.replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(
            f"{code!r} is not a language code Babel knows (e.g. en, de, fr, zh_Hant_HK)"
        ) from None


@cache
def available_languages() -> tuple[str, ...]:
    """English plus every language that has a catalog, sorted."""
    found = {SOURCE_LANGUAGE}
    if LOCALES_DIR.is_dir():
        found |= {p.parent.parent.name for p in LOCALES_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted(found))


# Spellings derived from a catalog by rule, not translated again: Swiss and Liechtenstein
# Standard German writes "ss" where German German writes "ß".
SPELLING_VARIANTS = {"de_CH": "de", "de_LI": "de"}


class _SwissSpelling(gettext.NullTranslations):
    def __init__(self, base: gettext.NullTranslations) -> None:
        super().__init__()
        self._base = base

    def gettext(self, message: str) -> str:
        return self._base.gettext(message).replace("ß", "ss")

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._base.ngettext(singular, plural, n).replace("ß", "ss")


def best_available(language: str) -> str | None:
    """The catalog language that serves ``language`` (``de_AT`` -> ``de``), or None."""
    available = available_languages()
    if language in available:
        return language
    if SPELLING_VARIANTS.get(language) in available:
        return language
    base = language.split("_")[0]
    return base if base in available else None


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog for ``language``: the compiled .mo when it is up to date, else the .po."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    if language in SPELLING_VARIANTS:
        return _SwissSpelling(translations(SPELLING_VARIANTS[language]))
    folder = LOCALES_DIR / language / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if not po.is_file():
        raise LookupError(f"no catalog for language {language!r}")
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@cache
def regional_locale(language: str, country: str) -> str:
    """``en`` for a letter in Ireland -> ``en_IE`` (4 November 2025), if CLDR knows it."""
    if "_" in language:
        return language
    try:
        return str(Locale.parse(f"{language}_{country}"))
    except (UnknownLocaleError, ValueError):
        return language


def format_date(value: dt.date, locale: str) -> str:
    """A long date in ``locale`` (a language or a language_COUNTRY), from CLDR."""
    return babel_format_date(value, format="long", locale=locale)


def country_name(code: str, language: str) -> str:
    names = Locale.parse(language).territories
    return str(names.get(code, code))


def language_name(code: str, language: str) -> str:
    """``de`` in ``fr`` -> ``allemand``; the language's own name when ``language`` is itself."""
    try:
        return str(Locale.parse(code).get_display_name(language) or code)
    except (UnknownLocaleError, ValueError):
        return code
