"""The interactive wizard: asks the declared questions with questionary, then a summary.

The only module that imports questionary. Every prompt uses ``unsafe_ask`` so that Ctrl-C and
Ctrl-D reach the CLI, which handles them in one place.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import questionary
from questionary import Choice

from letters import answers as answers_file
from letters import i18n
from letters.errors import UserError
from letters.questions import BY_KEY, QUESTIONS, Answers, Context, Question

WRITE, EDIT, QUIT = "write", "edit", "quit"


def default_language() -> str:
    """The member's language from the environment (LANG=de_DE.UTF-8 -> de), else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(".")[0]
        if value and value not in ("C", "POSIX"):
            try:
                served = i18n.best_available(i18n.normalise_language(value))
            except ValueError:
                continue
            if served:
                return served
    return i18n.SOURCE_LANGUAGE


def _display(value: object, question: Question | None = None, answers: Answers | None = None,
             lang: str = i18n.SOURCE_LANGUAGE) -> str:
    """An answer as the member chose it: the label of a choice, yes/no, a date."""
    if question is not None and question.choices is not None and answers is not None:
        labels = dict(question.choices(answers, lang))
        if isinstance(value, list):
            return ", ".join(labels.get(str(v), str(v)) for v in value)
        return labels.get(str(value), str(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _validator(question: Question, answers: Answers, ctx: Context,
               convert: Callable[[str], object]) -> Callable[[str], bool | str]:
    def check(text: str) -> bool | str:
        try:
            question.parse(convert(text), answers, ctx)
        except ValueError as exc:
            return str(exc)
        return True

    return check


def ask(question: Question, answers: Answers, ctx: Context, lang: str,
        saved: object = None) -> object:
    """Ask one question until the answer is valid; returns the parsed value. The default shown
    is the current answer, else a saved one, else the question's own default."""
    gettext = i18n.translations(lang).gettext
    message = gettext(question.message)
    instruction = gettext(question.help) if question.help else None
    previous = answers.get(question.key, saved)
    if previous is None and question.default is not None:
        previous = question.default(answers, ctx)
    if question.kind == "select":
        assert question.choices is not None
        choices = [Choice(title=label, value=value) for value, label in question.choices(answers, lang)]
        default = str(previous) if any(c.value == previous for c in choices) else None
        if question.key == "language" and default is None:
            default = default_language()
        raw: object = questionary.select(
            message, choices=choices, default=default, instruction=instruction,
            use_search_filter=len(choices) > 12, use_jk_keys=len(choices) <= 12,
        ).unsafe_ask()
    elif question.kind == "checkbox":
        assert question.choices is not None
        chosen = previous if isinstance(previous, list) else []
        choices = [Choice(title=label, value=value, checked=value in chosen)
                   for value, label in question.choices(answers, lang)]
        raw = questionary.checkbox(message, choices=choices, instruction=instruction).unsafe_ask()
    elif question.kind == "confirm":
        raw = questionary.confirm(message, default=bool(previous), instruction=instruction).unsafe_ask()
    else:
        convert: Callable[[str], object] = str
        default_text = _display(previous) if previous not in (None, "", []) else ""
        if question.kind == "address":
            convert = lambda text: [p for p in text.split(",")]  # noqa: E731
            default_text = ", ".join(previous) if isinstance(previous, list) else default_text
        raw = questionary.text(
            message, default=default_text, instruction=instruction,
            validate=_validator(question, answers, ctx, convert),
        ).unsafe_ask()
        raw = convert(str(raw))
    return question.parse(raw, answers, ctx)


def _pending(answers: Answers) -> list[Question]:
    return [q for q in QUESTIONS if q.when(answers) and q.asked(answers) and q.key not in answers]


def _drop_unreachable(answers: Answers) -> None:
    """After an edit, forget answers whose question no longer applies (e.g. a reply date)."""
    for question in QUESTIONS:
        if question.key in answers and not question.when(answers):
            del answers[question.key]


def run(ctx: Context, saved: Answers | None = None, answers: Answers | None = None) -> Answers:
    """Ask every question that applies and is not answered yet, then the summary; ``saved``
    answers are the defaults."""
    saved = saved or {}
    answers = dict(answers or {})
    while True:
        while pending := _pending(answers):
            lang = str(answers.get("language", i18n.SOURCE_LANGUAGE))
            key = pending[0].key
            answers[key] = ask(pending[0], answers, ctx, lang, saved.get(key))
            _drop_unreachable(answers)
        lang = str(answers["language"])
        gettext = i18n.translations(lang).gettext
        print()
        print(gettext("Please check your answers:"))
        for question in QUESTIONS:
            if question.key in answers and question.asked(answers):
                shown = _display(answers[question.key], question, answers, lang)
                print(f"  {gettext(question.message)}: {shown}")
        action = questionary.select(
            gettext("What next?"),
            choices=[
                Choice(gettext("Write the letters"), value=WRITE),
                Choice(gettext("Change an answer"), value=EDIT),
                Choice(gettext("Quit without writing anything"), value=QUIT),
            ],
        ).unsafe_ask()
        if action == WRITE:
            try:
                return answers_file.check(dict(answers), ctx)
            except UserError as exc:
                print(str(exc))
                answers.pop(exc.key or "", None)
                continue
        if action == QUIT:
            raise KeyboardInterrupt
        key = questionary.select(
            gettext("Which answer do you want to change?"),
            choices=[Choice(gettext(q.message), value=q.key) for q in QUESTIONS
                     if q.key in answers and q.asked(answers)],
        ).unsafe_ask()
        question = BY_KEY[str(key)]
        answers[question.key] = ask(question, answers, ctx, lang)
        if question.key == "member.country":
            answers.pop("member.region", None)
            answers.pop("complaint.authority", None)
        _drop_unreachable(answers)


def confirm_overwrite(path: str, lang: str) -> bool:
    gettext = i18n.translations(lang).gettext
    return bool(questionary.confirm(
        gettext("%(path)s already exists. Replace it?") % {"path": path}, default=False
    ).unsafe_ask())
