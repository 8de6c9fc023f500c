"""The real command line in a subprocess: exit codes, messages, files written or not."""

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.helpers import pdf_text

ROOT = Path(__file__).parent.parent


def letters(*args: str, cwd: Path, stdin: int | None = subprocess.DEVNULL,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "letters", *args], cwd=cwd, stdin=stdin,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def test_version_and_help(tmp_path: Path) -> None:
    result = letters("--version", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("letters 0.")
    result = letters("--help", cwd=tmp_path)
    assert result.returncode == 0
    for needle in ("render", "example-answers", "authorities", "not legal advice"):
        assert needle in result.stdout


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    result = letters("render", cwd=tmp_path)
    assert result.returncode == 2 and "ANSWERS.toml" in result.stderr
    assert letters("frobnicate", cwd=tmp_path).returncode == 2


def test_example_answers_render_end_to_end(tmp_path: Path) -> None:
    example = letters("example-answers", cwd=tmp_path)
    assert example.returncode == 0
    (tmp_path / "answers.toml").write_text(example.stdout, encoding="utf-8")
    result = letters("render", "answers.toml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "letters-out"
    assert sorted(p.name for p in out.iterdir()) == ["answers.toml", "complaint.pdf", "objection.txt"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    objection = (out / "objection.txt").read_text(encoding="utf-8")
    assert objection in result.stdout  # printed in the terminal too
    assert f"{len(objection)} characters" in result.stdout
    assert "https://www.linkedin.com/help/linkedin/ask/TS-DPRO" in result.stdout
    assert "Check before sending" in result.stdout and "dataprotection.ie" in result.stdout
    text = pdf_text((out / "complaint.pdf").read_bytes())
    assert "Aoife Murphy" in text and "6 Pembroke Row" in text
    # the saved answers replay to the same letters
    again = letters("render", str(out / "answers.toml"), "--out", "second", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "second" / "objection.txt").read_text(encoding="utf-8") == objection


def test_no_overwrite_without_force(tmp_path: Path) -> None:
    assert letters("render", str(FIXTURES / "ie.toml"), cwd=tmp_path).returncode == 0
    before = (tmp_path / "letters-out" / "complaint.pdf").read_bytes()
    result = letters("render", str(FIXTURES / "ch.toml"), cwd=tmp_path)
    assert result.returncode == 2
    assert "exists; use --force" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "letters-out" / "complaint.pdf").read_bytes() == before
    assert letters("render", str(FIXTURES / "ch.toml"), "--force", cwd=tmp_path).returncode == 0
    assert (tmp_path / "letters-out" / "complaint.pdf").read_bytes() != before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('language = "en"\n[member\n', "not valid TOML"),
        ('language = "en"\n', "member.country: is missing"),
        ('language = "en"\ncolour = "blue"\n', "colour: unknown key"),
    ],
)
def test_bad_answers_file_exits_2_with_the_key(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "a.toml").write_text(content, encoding="utf-8")
    result = letters("render", "a.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "letters-out").exists()


def test_no_complaint_before_an_objection(tmp_path: Path) -> None:
    source = (FIXTURES / "ie.toml").read_text(encoding="utf-8").replace("sent = true", "sent = false")
    (tmp_path / "a.toml").write_text(source, encoding="utf-8")
    result = letters("render", "a.toml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "letters-out").iterdir()) == ["answers.toml", "objection.txt"]
    assert "objection.sent = true" in result.stdout


def test_new_without_a_terminal_exits_2_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    result = letters("new", cwd=tmp_path)
    assert time.monotonic() - started < 10
    assert result.returncode == 2
    assert "letters render" in result.stderr
    assert not (tmp_path / "letters-out").exists()
    assert letters(cwd=tmp_path).returncode == 2  # `letters` alone is `letters new`


def test_authorities_json(tmp_path: Path) -> None:
    result = letters("authorities", "--json", cwd=tmp_path)
    assert result.returncode == 0
    records = json.loads(result.stdout)
    assert len(records) >= 50
    for record in records:
        for key in ("id", "country", "region", "name", "languages", "email", "webform", "address",
                    "sources", "verified"):
            assert key in record
        assert isinstance(record["address"], list) and record["sources"]
    germany = json.loads(letters("authorities", "DE", "--json", cwd=tmp_path).stdout)
    assert len(germany) == 16 and {r["region"] for r in germany} >= {"BY", "BE", "NW"}


def test_authorities_table_shows_unconfirmed(tmp_path: Path) -> None:
    result = letters("authorities", "ie", cwd=tmp_path)
    assert result.returncode == 0
    assert "ie-dpc" in result.stdout and "UNCONFIRMED address" in result.stdout
    bad = letters("authorities", "US", cwd=tmp_path)
    assert bad.returncode == 2 and "not a covered country" in bad.stderr


def test_unexpected_errors_exit_1_without_traceback(tmp_path: Path) -> None:
    # A templates folder that cannot be found is a broken installation, not a user mistake.
    env = {"PYTHONPATH": str(ROOT)}
    script = ("import letters.render as r\n"
              "r.templates_dir = lambda: (_ for _ in ()).throw(FileNotFoundError('templates'))\n"
              "import letters.documents as d\n"
              "d.render = lambda *a, **k: r.templates_dir()\n"
              "from letters.cli import main\n"
              f"raise SystemExit(main(['render', r'{FIXTURES / 'ie.toml'}']))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                            text=True, env={**os.environ, **env})
    assert result.returncode == 1
    assert "unexpected error" in result.stderr and "Traceback" not in result.stderr


def test_batch_for_every_authority_and_every_language(tmp_path: Path) -> None:
    result = letters("render", str(FIXTURES / "ie.toml"), "--all-authorities", "--out", "all", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert "complaint-de-by-baylda.pdf" in names and "objection-hk-pcpd.txt" in names
    assert len([n for n in names if n.endswith(".pdf")]) >= 50
    bavaria = pdf_text((tmp_path / "all" / "complaint-de-by-baylda.pdf").read_bytes())
    assert "Bayerisches Landesamt für Datenschutzaufsicht" in bavaria and "DSGVO" in bavaria
    result = letters("render", str(FIXTURES / "ch.toml"), "--all-languages", "--out", "langs", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pdfs = sorted(p.name for p in (tmp_path / "langs").glob("*.pdf"))
    assert "complaint-fr.pdf" in pdfs and "complaint-zh_Hant_HK.pdf" in pdfs and len(pdfs) >= 25
    assert "LPD" in pdf_text((tmp_path / "langs" / "complaint-fr.pdf").read_bytes())


def test_batch_needs_a_sent_objection(tmp_path: Path) -> None:
    source = (FIXTURES / "ie.toml").read_text(encoding="utf-8").replace("sent = true", "sent = false")
    (tmp_path / "a.toml").write_text(source, encoding="utf-8")
    result = letters("render", "a.toml", "--all-authorities", cwd=tmp_path)
    assert result.returncode == 2 and "objection.sent" in result.stderr
    assert not (tmp_path / "letters-out").exists()


def test_a_character_no_font_has_is_a_user_error(tmp_path: Path) -> None:
    source = (FIXTURES / "ie.toml").read_text(encoding="utf-8").replace(
        'name = "Aoife Murphy"', 'name = "Aoife Murphy \u2705"')
    (tmp_path / "a.toml").write_text(source, encoding="utf-8")
    result = letters("render", "a.toml", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "member.name: contains characters that no installed font can print: \u2705 (U+2705)" in result.stderr
    assert not (tmp_path / "letters-out").exists()


def test_unverified_citations_are_shown_before_sending(tmp_path: Path) -> None:
    uk = letters("render", str(FIXTURES / "gb.toml"), "--out", "uk", cwd=tmp_path)
    assert uk.returncode == 0, uk.stderr
    assert "The current wording of s. 165 DPA 2018 was not checked" in uk.stdout
    assert "legislation.gov.uk/ukpga/2018/12/section/165" in uk.stdout
    ireland = letters("render", str(FIXTURES / "ie.toml"), "--out", "ie", cwd=tmp_path)
    assert ireland.returncode == 0 and "was not checked" not in ireland.stdout
