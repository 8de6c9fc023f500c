"""Commands that make no PDF never import WeasyPrint (or questionary, outside the wizard)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ROOT = Path(__file__).parent.parent
PROBE = """
import sys, io, contextlib
from letters.cli import main
sys.argv = ["letters", *{args!r}]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main({args!r})
    except SystemExit as exc:
        code = exc.code
print(code, "weasyprint" in sys.modules, "questionary" in sys.modules)
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["authorities"], ["authorities", "DE", "--json"],
     ["example-answers"]],
)
def test_light_commands_do_not_import_weasyprint(args: list[str]) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    code, weasy, questionary = result.stdout.split()
    assert code in ("0", "None")
    assert weasy == "False" and questionary == "False"


def test_objection_only_run_does_not_import_weasyprint(tmp_path: Path) -> None:
    source = (FIXTURES / "ie.toml").read_text(encoding="utf-8").replace("sent = true", "sent = false")
    answers = tmp_path / "a.toml"
    answers.write_text(source, encoding="utf-8")
    args = ["render", str(answers), "--out", str(tmp_path / "o")]
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.split() == ["0", "False", "False"]
