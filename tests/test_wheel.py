"""The built wheel works on its own: templates, data and compiled catalogs are inside it."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.helpers import pdf_text

ROOT = Path(__file__).parent.parent


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_wheel_installs_into_a_fresh_venv_and_runs_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("letters-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "letters/templates/complaint/base.html.j2" in names
    assert "letters/templates/letter.css" in names
    assert "letters/data/authorities/ie-dpc.toml" in names
    assert "letters/locales/de/LC_MESSAGES/messages.mo" in names
    assert not any(name.startswith("tests/") for name in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    answers = (FIXTURES / "ie.toml").read_text(encoding="utf-8")
    answers = answers.replace('language = "en"', 'language = "de"').replace('country = "IE"', 'country = "AT"')
    (elsewhere / "a.toml").write_text(answers, encoding="utf-8")
    result = subprocess.run([str(venv / "bin" / "letters"), "render", "a.toml"], cwd=elsewhere,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    text = pdf_text((elsewhere / "letters-out" / "complaint.pdf").read_bytes())
    assert "Datenschutzbehörde" in text and "Barichgasse" in text
    assert "DSGVO" in text  # the German catalog came from the wheel's compiled .mo
