"""Render one complaint per regime to PNG pages, for a reviewer to look at.

    .venv/bin/python bench/preview.py [OUT_DIR]     (default: ./letters-preview)

Each regime's test case is rendered in the authority's language (and English), then every page
is turned into a PNG with pdftoppm (poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASES = {"gdpr": "de-by", "uk_gdpr": "gb", "fadp": "ch", "pipeda": "ca", "quebec": "qc", "pdpo": "hk"}
ALSO = {"pdpo": "zh_Hant_HK", "fadp": "fr"}  # the other language each of these authorities takes


def main(out: Path) -> int:
    from letters import pipeline
    from tests.conftest import case_for

    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for regime, fixture in CASES.items():
        case = case_for(fixture)
        languages = [case.complaint_language, "en", ALSO.get(regime, "en")]
        for language in dict.fromkeys(languages):
            stem = out / f"{regime}-{language}"
            pdf = stem.with_suffix(".pdf")
            pdf.write_bytes(pipeline.complaint_pdf(case, language))
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(stem)], check=True)
            print(f"{pdf} and {stem}-*.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("letters-preview")))
