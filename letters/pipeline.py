"""From a Case to the files of one run and the notes shown next to them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from letters import answers as answers_file
from letters import documents, i18n
from letters.case import Case
from letters.jurisdictions import Citation, citations
from letters.pdf_job import PdfJob
from letters.pdf_job import render as render_pdf
from letters.questions import N_, Answers

PAGE_LABEL = N_("Page %(page)s of %(pages)s")


@dataclass
class Result:
    files: dict[str, bytes | str] = field(default_factory=dict)
    objection: str = ""
    warnings: list[str] = field(default_factory=list)
    cited: set[str] = field(default_factory=set)  # every citation the letters make

    def unverified_citations(self) -> list[Citation]:
        """Cited provisions whose wording was not checked against the current official text."""
        table = citations()
        return [table[key] for key in sorted(self.cited) if table[key].status != "verified"]


def page_label(language: str) -> tuple[str, str, str]:
    """The translated "Page X of Y" split around its two numbers, for the PDF footer."""
    text = i18n.translations(language).gettext(PAGE_LABEL)
    parts = re.split(r"%\((?:page|pages)\)s", text)
    if len(parts) != 3:
        parts = re.split(r"%\((?:page|pages)\)s", PAGE_LABEL)
    return parts[0], parts[1], parts[2]


def complaint_job(case: Case, language: str, *, reading_copy_of: str | None = None,
                  cited: set[str] | None = None) -> PdfJob:
    """The complaint in ``language`` with the member's evidence: images as captioned pages,
    every file embedded as a PDF/A-3 associated file."""
    first = 3 if case.reply != "no_reply" else 2  # after the objection (and LinkedIn's answer)
    evidence = documents.evidence_items(list(case.evidence), first)
    html = documents.complaint_html(
        case, language, evidence=evidence, reading_copy_of=reading_copy_of, cited=cited
    )
    lang = documents.letter_language(language, case.authority.country)
    return PdfJob(
        html=html,
        page_label=page_label(lang),
        paper="letter" if case.member.country == "CA" else "a4",
        attachments=tuple((item.path, item.name) for item in evidence),
        dated=case.letter_date,
    )


def complaint_pdf(case: Case, language: str, *, reading_copy_of: str | None = None) -> bytes:
    """The complaint PDF, made in this process."""
    return render_pdf(complaint_job(case, language, reading_copy_of=reading_copy_of))


def build(case: Case, answers: Answers, *, make_pdf: Callable[[PdfJob], bytes] = render_pdf) -> Result:
    """The files of one run; ``make_pdf`` turns a job into a PDF (in this process by default)."""
    result = Result()
    result.objection = documents.objection_text(case, result.cited)
    result.files["objection.txt"] = result.objection
    if len(result.objection) > documents.OBJECTION_CHAR_LIMIT:
        result.warnings.append(
            f"The objection is {len(result.objection)} characters long; LinkedIn's form may "
            f"accept fewer than {documents.OBJECTION_CHAR_LIMIT}. Shorten your own words."
        )
    if case.complaint_ready:
        lang = case.complaint_language
        if i18n.best_available(lang) is None:
            result.warnings.append(
                f"There is no {lang} translation yet, so the complaint is in English; "
                f"{case.authority.id} may ask for {', '.join(case.authority.languages)}."
            )
            lang = i18n.SOURCE_LANGUAGE
        result.files["complaint.pdf"] = make_pdf(complaint_job(case, lang, cited=result.cited))
        if documents.render_language(case.language) != documents.render_language(lang):
            name = f"complaint-reading-copy-{case.language}.pdf"
            result.files[name] = make_pdf(complaint_job(case, case.language, reading_copy_of=lang))
    result.files["answers.toml"] = answers_file.to_toml(answers)
    return result
