"""The `new` and `render` commands: from answers to files on disk, and what is printed after."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from letters import answers as answers_file
from letters import case as case_module
from letters import documents, i18n, pipeline
from letters.errors import UnsupportedCharacters, UserError, describe
from letters.output import Batch
from letters.pdf_job import PdfJob
from letters.pdf_job import render as render_pdf
from letters.questions import N_, Answers, Context
from letters.workers import PdfWorkers, cores


def _context() -> Context:
    return Context(today=dt.date.today())


def write(answers: Answers, *, out: Path, force: bool,
          make_pdf: Callable[[PdfJob], bytes] = render_pdf) -> int:
    case = case_module.from_answers(answers)
    try:
        result = pipeline.build(case, answers, make_pdf=make_pdf)
    except UnsupportedCharacters as exc:
        raise unprintable_answer(answers, exc.chars) from None
    batch = Batch(out, overwrite=force)
    for name, data in result.files.items():
        batch.add(name, data)
    written = batch.commit()
    report(case, result, written)
    return 0


def unprintable_answer(answers: Answers, chars: str) -> UserError:
    """The answer that holds characters no font can print, as a user error naming its key."""
    for key, value in answers.items():
        text = " ".join(value) if isinstance(value, list) else str(value)
        found = "".join(ch for ch in chars if ch in text)
        if found:
            return UserError(f"contains characters that no installed font can print: "
                             f"{describe(found)}; please remove them", key=key)
    return UserError(f"the letter contains characters that no installed font can print: "
                     f"{describe(chars)}")


def render_command(path: Path, *, out: Path, force: bool, workers: PdfWorkers) -> int:
    answers = answers_file.read(path, _context())
    return write(answers, out=out, force=force, make_pdf=workers.render)


def render_batch_command(path: Path, *, out: Path, force: bool, every_authority: bool,
                         every_language: bool) -> int:
    ctx = _context()
    answers = answers_file.read(path, ctx)
    if not answers.get("objection.sent"):
        raise UserError("a batch renders complaints: set objection.sent = true and its date",
                        key="objection.sent")
    from letters.batch import render_all, warm_up

    warm_up()  # the workers forked next share what this loads instead of each loading it
    with PdfWorkers(cores()) as workers:
        try:
            written = render_all(answers, ctx, out=out, force=force,
                                 every_authority=every_authority, every_language=every_language,
                                 workers=workers)
        except UnsupportedCharacters as exc:
            raise unprintable_answer(answers, exc.chars) from None
    print(f"{len(written)} files written to {out}")
    return 0


def new_command(*, out: Path, force: bool, remember: bool = False) -> int:
    if not sys.stdin.isatty():
        raise UserError(
            "`letters new` asks questions and needs a terminal. Without one, write an answers "
            "file (`letters example-answers > answers.toml`, then edit it) and run "
            "`letters render answers.toml`."
        )
    from letters import profile, wizard  # questionary loads only for the interactive command

    saved, notes = profile.load(_context())
    if saved:
        print(f"Using your saved details as defaults ({profile.path()}; `letters forget` deletes them).")
    for note in notes:
        print(f"! {note}")
    answers = wizard.run(_context(), saved)
    lang = str(answers["language"])
    if not force:
        existing = [p for p in (out / "objection.txt", out / "complaint.pdf", out / "answers.toml")
                    if p.exists()]
        if existing:
            if not wizard.confirm_overwrite(str(existing[0]), lang):
                raise UserError(f"{existing[0]} exists; nothing was written. Use --out DIR or --force")
            force = True
    while True:
        try:
            code = write(answers, out=out, force=force)
            break
        except UserError as exc:
            if exc.key not in answers:
                raise
            # an answer only the PDF could reject (a character no font has): ask it again
            print(f"! {exc}")
            answers.pop(exc.key)
            answers = wizard.run(_context(), saved, answers)
    if remember:
        saved_to = profile.save(answers)
        print(f"Your details are saved in {saved_to} (`letters forget` deletes them).")
    return code


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
        late = complaint_window_passed(case)
        if late:
            ngettext = i18n.translations(documents.render_language(case.language)).ngettext
            print("! " + ngettext("The authority expects a complaint within %(months)s month of "
                                  "your last contact with LinkedIn (%(date)s); that time has passed. "
                                  "Follow up with LinkedIn first, then complain.",
                                  "The authority expects a complaint within %(months)s months of "
                                  "your last contact with LinkedIn (%(date)s); that time has passed. "
                                  "Follow up with LinkedIn first, then complain.", late[0])
                  % {"months": late[0], "date": late[1].isoformat()})
        for citation in result.unverified_citations():
            print(f"! The current wording of {citation.label} was not checked when this version was "
                  f"made; check it at {citation.source}")
        if authority.unconfirmed:
            print()
            print(gettext("Check before sending (not confirmed when this version was made):"))
            for field, what in authority.unconfirmed.items():
                print(f"   - {field}: {what}")
    print()
    print(gettext("What these letters can and cannot do:"))
    for line in limits(case):
        print(f"  - {gettext(line)}")


LIMITS_ALWAYS = (
    N_("This tool is not legal advice. Read the letters before you send them."),
    N_("The setting in your LinkedIn account only stops future training of content-generating "
       "models; it does not undo training that has already taken place."),
    N_("For help, contact the authority's help line, a consumer organisation, or a non-profit "
       "organisation that takes data-protection cases."),
)
LIMITS_BY_REGIME = {
    "gdpr": N_("LinkedIn may refuse your objection if it demonstrates compelling legitimate "
               "grounds; the authority can then decide. It may take months."),
    "uk_gdpr": N_("LinkedIn may refuse your objection if it demonstrates compelling legitimate "
                  "grounds; the ICO expects you to complain to LinkedIn first and, if it has "
                  "not replied within 30 days, to follow up with it."),
    "fadp": N_("The FDPIC decides whether to investigate. As the person reporting, you are not a "
               "party to its proceedings and cannot claim damages there; that takes a civil court."),
    "pipeda": N_("The Privacy Commissioner's recommendations are not binding; after its report "
                 "you may apply to the Federal Court."),
    "quebec": N_("The Commission d'accès à l'information can investigate and order measures, but "
                 "cannot award compensation."),
    "pdpo": N_("The PCPD needs its complaint form OPS001 and proof of your identity; attach this "
               "letter to the form."),
}


def complaint_window_passed(case: case_module.Case) -> tuple[int, dt.date] | None:
    """(months, last contact) when the authority's window after the last contact is over."""
    months = case.complaint_regime.complaint_within_months
    contacts = [d for d in (case.objection_date, case.reply_date, case.followup_date) if d]
    if not months or not contacts:
        return None
    last = max(contacts)
    if documents.add_months(last, months) < case.letter_date:
        return months, last
    return None


def limits(case: case_module.Case) -> list[str]:
    """What the member must know about the limits of these documents, for their regime."""
    return [LIMITS_ALWAYS[0], LIMITS_BY_REGIME[case.complaint_regime.id], *LIMITS_ALWAYS[1:]]
