"""The Jinja environment: autoescape for HTML only, StrictUndefined everywhere, one for all
languages (templates compile once per process; the language travels in the render context)."""

from __future__ import annotations

import gettext
from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context

from letters import i18n
from letters.jurisdictions import citations
from letters.resources import templates_dir

LANGUAGE_KEY = "_language"
CITED_KEY = "_cited"  # a set the render adds every cited key to, when the caller passes one


def _translations(context: Context) -> gettext.NullTranslations:
    return i18n.translations(context[LANGUAGE_KEY])


@pass_context
def _gettext(context: Context, message: str) -> str:
    return _translations(context).gettext(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, number: int) -> str:
    return _translations(context).ngettext(singular, plural, number)


@pass_context
def cite(context: Context, key: str) -> str:
    """The citation ``key`` in the letter's citation style; unknown keys are errors."""
    try:
        label = citations()[key].label
    except KeyError:
        raise KeyError(f"template cites {key!r}, which is not in data/citations.toml") from None
    cited = context.get(CITED_KEY)
    if isinstance(cited, set):
        cited.add(key)
    return _translations(context).gettext(label)


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(templates_dir()),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(_gettext, _ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["cite"] = cite
    return env


def render(template: str, language: str, context: dict[str, object],
           cited: set[str] | None = None) -> str:
    """Render ``template`` in ``language`` (a catalog language, or English); the keys of the
    citations it makes are added to ``cited``."""
    return environment().get_template(template).render(
        {**context, LANGUAGE_KEY: language, CITED_KEY: cited}
    )
