"""Jinja environments: one per language, autoescape for HTML only, StrictUndefined everywhere."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from letters import i18n
from letters.jurisdictions import citations


def templates_dir() -> Path:
    """The templates: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "base.html.j2").is_file():
            return candidate
    raise FileNotFoundError("the letters templates are missing from this installation")


@cache
def environment(language: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(templates_dir()),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    translations = i18n.translations(language)
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]

    def cite(key: str) -> str:
        """The citation ``key`` in this language's citation style; unknown keys are errors."""
        try:
            label = citations()[key].label
        except KeyError:
            raise KeyError(f"template cites {key!r}, which is not in data/citations.toml") from None
        return translations.gettext(label)

    env.globals["cite"] = cite
    return env


def render(template: str, language: str, context: dict[str, object]) -> str:
    return environment(language).get_template(template).render(context)
