"""Every catalog is complete, reviewed and really used: a missing .mo must not fall back silently."""

import subprocess
import sys
from pathlib import Path

import pytest

from letters import documents, i18n
from tests.conftest import case_for

ROOT = Path(__file__).parent.parent
TRANSLATED = [lang for lang in i18n.available_languages() if lang != "en"]


def test_catalog_check_passes() -> None:
    result = subprocess.run([sys.executable, "scripts/check_catalogs.py"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_there_are_catalogs_for_every_complaint_language() -> None:
    from letters.jurisdictions import authorities

    needed = {code for a in authorities().values() for code in a.languages}
    missing = {code for code in needed if i18n.best_available(code) is None}
    # Irish, Maltese and Luxembourgish authorities also accept English, French or German.
    assert missing <= {"ga", "mt", "lb"}, missing


@pytest.mark.parametrize("language", TRANSLATED)
def test_letters_are_really_translated(language: str) -> None:
    gettext = i18n.translations(language).gettext
    for msgid in ("Dear Sir or Madam,", "Facts", "I ask you to:"):
        assert gettext(msgid) != msgid, (language, msgid)
    text = documents.objection_text(case_for("ie", language=language))
    assert "I object under" not in text
    assert "Aoife Murphy" in text


def test_german_letter_uses_german_legal_citations() -> None:
    case = case_for("ie", **{"language": "de", "member.country": "DE", "member.region": "BY"})
    text = documents.objection_text(case)
    assert "DSGVO" in text and "Widerspruch" in text
    assert "5. November 2025" in text  # signed on the day it was sent


def test_german_letters_to_switzerland_use_swiss_spelling() -> None:
    swiss = documents.complaint_html(case_for("ch"), "de")
    german = documents.complaint_html(case_for("de-by"), "de")
    assert "ß" in german
    assert "ß" not in swiss.replace("Straße", "")  # the member's own address is kept as typed
    assert 'lang="de-CH"' in swiss and "20. November 2026" in swiss
