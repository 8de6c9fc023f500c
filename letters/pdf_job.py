"""A PDF to make: the HTML and the options, as plain data that can go to a worker process."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PdfJob:
    html: str
    page_label: tuple[str, str, str]
    paper: str
    attachments: tuple[tuple[Path, str], ...]
    dated: dt.date


def render(job: PdfJob) -> bytes:
    """Make the PDF in this process (WeasyPrint is imported on the first call)."""
    from letters.pdf import renderer

    return renderer().pdf(job.html, page_label=job.page_label, paper=job.paper,
                          attachments=job.attachments, dated=job.dated)
