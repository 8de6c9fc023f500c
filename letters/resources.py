"""Where the package's own files are, without importing anything heavy."""

from __future__ import annotations

from pathlib import Path


def templates_dir() -> Path:
    """The templates: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "base.html.j2").is_file():
            return candidate
    raise FileNotFoundError("the letters templates are missing from this installation")
