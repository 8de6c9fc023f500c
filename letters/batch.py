"""Batch rendering: one case for every authority and/or every language, into one folder.

For reviewers and for organisations that help members: the same answers, with the place set to
each authority's own (``--all-authorities``) or the letters written in each catalog language
(``--all-languages``). One renderer serves every PDF; the files are written together at the end,
so a failed or interrupted batch leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

from letters import answers as answers_file
from letters import case as case_module
from letters import documents, i18n, pipeline
from letters.jurisdictions import authorities
from letters.output import Batch
from letters.questions import Answers, Context
from letters.workers import PdfWorkers


def _for_authority(answers: Answers, authority_id: str, ctx: Context) -> case_module.Case:
    authority = authorities()[authority_id]
    changed = {k: v for k, v in answers.items() if k not in ("member.region", "complaint.language")}
    changed.update({"member.country": authority.country, "complaint.authority": authority_id})
    if authority.region:
        changed["member.region"] = authority.region
    return case_module.from_answers(answers_file.check(changed, ctx))


def jobs(answers: Answers, ctx: Context, *, every_authority: bool,
         every_language: bool) -> Iterator[tuple[str, case_module.Case]]:
    """(file stem, case) pairs; the case's complaint language is the one to write in."""
    base = case_module.from_answers(answers)
    cases = ([(a_id, _for_authority(answers, a_id, ctx)) for a_id in sorted(authorities())]
             if every_authority else [("", base)])
    for stem, case in cases:
        if not every_language:
            yield stem, case
            continue
        for lang in i18n.available_languages():
            one = dataclasses.replace(case, language=lang, complaint_language=lang)
            yield "-".join(part for part in (stem, lang) if part), one


def warm_up() -> None:
    """Import WeasyPrint and compile every template in this process before the workers fork."""
    import letters.pdf  # noqa: F401
    from letters.render import environment
    from letters.resources import templates_dir

    root = templates_dir()
    for path in root.rglob("*.j2"):
        environment().get_template(path.relative_to(root).as_posix())


def letters_of(case: case_module.Case) -> tuple[str, bytes]:
    """One case's objection text and complaint PDF, in its complaint language (in a worker)."""
    language = documents.render_language(case.complaint_language)
    return documents.objection_text(case), pipeline.complaint_pdf(case, language)


def render_all(answers: Answers, ctx: Context, *, out: Path, force: bool,
               every_authority: bool, every_language: bool, workers: PdfWorkers) -> list[Path]:
    todo = list(jobs(answers, ctx, every_authority=every_authority, every_language=every_language))
    batch = Batch(out, overwrite=force)
    show = sys.stderr.isatty()
    results = workers.map(letters_of, (case for _, case in todo))
    for number, ((stem, _), (objection, pdf)) in enumerate(zip(todo, results, strict=True), start=1):
        if show:
            bar = "#" * (30 * number // len(todo))
            sys.stderr.write(f"\r[{bar:<30}] {number}/{len(todo)} {stem:<28}")
            sys.stderr.flush()
        batch.add(f"objection-{stem}.txt", objection)
        batch.add(f"complaint-{stem}.pdf", pdf)
    if show:
        sys.stderr.write("\n")
    return batch.commit()
