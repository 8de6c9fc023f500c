"""The `new` and `render` commands: from answers to files on disk, and what is printed after."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from letters import answers as answers_file
from letters import case as case_module
from letters import documents, i18n, pipeline
from letters.errors import UserError
from letters.output import Batch
from letters.questions import Answers, Context


def _context() -> Context:
    return Context(today=dt.date.today())


def write(answers: Answers, *, out: Path, force: bool) -> int:
    case = case_module.from_answers(answers)
    result = pipeline.build(case, answers)
    batch = Batch(out, overwrite=force)
    for name, data in result.files.items():
        batch.add(name, data)
    written = batch.commit()
    report(case, result, written)
    return 0


def render_command(path: Path, *, out: Path, force: bool) -> int:
    answers = answers_file.read(path, _context())
    return write(answers, out=out, force=force)


def new_command(*, out: Path, force: bool) -> int:
    if not sys.stdin.isatty():
        raise UserError(
            "`letters new` asks questions and needs a terminal. Without one, write an answers "
            "file (`letters example-answers > answers.toml`, then edit it) and run "
            "`letters render answers.toml`."
        )
    from letters import wizard  # questionary loads only for the interactive command

    answers = wizard.run(_context())
    lang = str(answers["language"])
    if not force:
        existing = [p for p in (out / "objection.txt", out / "complaint.pdf", out / "answers.toml")
                    if p.exists()]
        if existing:
            if not wizard.confirm_overwrite(str(existing[0]), lang):
                raise UserError(f"{existing[0]} exists; nothing was written. Use --out DIR or --force")
            force = True
    return write(answers, out=out, force=force)


def report(case: case_module.Case, result: pipeline.Result, written: list[Path]) -> None:
    """What the member sees after a run: the objection, its length, and the next steps."""
    gettext = i18n.translations(documents.render_language(case.language)).gettext
    limit = documents.OBJECTION_CHAR_LIMIT
    controller = case.objection_regime.controller
    rule = "-" * 72
    print(rule)
    print(result.objection, end="")
    print(rule)
    print(gettext("%(count)s characters (LinkedIn's limit is not published; keep under %(limit)s).")
          % {"count": len(result.objection), "limit": limit})
    for warning in result.warnings:
        print(f"! {warning}")
    print()
    print(gettext("Files written:"))
    for path in written:
        print(f"  {path}")
    print()
    print(gettext("Next steps:"))
    print("1. " + gettext("Paste the objection into LinkedIn's Data Processing Objection form: %(url)s")
          % {"url": controller.objection_form})
    if not case.complaint_ready:
        print("2. " + gettext("When LinkedIn answers, or has not answered within a month, run "
                              "`letters render %(file)s --force` with objection.sent = true and the "
                              "dates: it then writes the complaint to %(authority)s.")
              % {"file": written[-1], "authority": case.authority.name_in(case.language)})
    else:
        authority = case.authority
        print("2. " + gettext("Send complaint.pdf to %(authority)s:")
              % {"authority": authority.name_in(case.language)})
        if authority.webform:
            print("   " + gettext("online form: %(url)s") % {"url": authority.webform})
        if authority.email:
            print("   " + gettext("e-mail: %(email)s") % {"email": authority.email})
        print("   " + gettext("post: %(address)s") % {"address": ", ".join(authority.address)})
        for requirement in authority.requirements:
            print(f"   - {requirement}")
        checks = {**controller.unconfirmed, **authority.unconfirmed}
        if checks:
            print()
            print(gettext("Check before sending (not confirmed when this version was made):"))
            for field, what in authority.unconfirmed.items():
                print(f"   - {field}: {what}")
    print()
    print(gettext("This tool is not legal advice. An objection can be refused if LinkedIn shows "
                  "compelling grounds; the setting only stops future training of content models."))
