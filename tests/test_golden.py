"""One case per regime, compared with reviewed golden files (text and PDF text).

After an intended change: `pytest tests/test_golden.py --update-golden`, then read the diff of
tests/golden/ before committing it. Golden files are reviewed, never regenerated blindly.
"""

from pathlib import Path

import pytest

from letters import documents, pipeline
from tests.conftest import case_for
from tests.helpers import pdf_text

GOLDEN = Path(__file__).parent / "golden"
CASES = {"gdpr": "ie", "uk_gdpr": "gb", "fadp": "ch", "pipeda": "ca", "quebec": "qc", "pdpo": "hk"}


def _compare(path: Path, actual: str, update: bool) -> None:
    if update:
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"{path.name} is missing: run with --update-golden and review it"
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs from the golden file"


@pytest.mark.parametrize("regime", CASES)
def test_objection_matches_golden(regime: str, update_golden: bool) -> None:
    text = documents.objection_text(case_for(CASES[regime]))
    _compare(GOLDEN / f"{regime}.objection.txt", text, update_golden)


@pytest.mark.parametrize("regime", CASES)
def test_complaint_pdf_text_matches_golden(regime: str, update_golden: bool) -> None:
    case = case_for(CASES[regime])
    text = pdf_text(pipeline.complaint_pdf(case, "en"))
    # one sentence per line keeps the diffs of a reviewed change readable
    _compare(GOLDEN / f"{regime}.complaint.txt", text.replace(". ", ".\n") + "\n", update_golden)
