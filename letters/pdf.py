"""The only module that imports WeasyPrint: fonts, the offline URL fetcher and PDF options.

Import it only where a PDF is made; everything else in the tool starts without WeasyPrint.
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from letters.errors import RenderError, UnsupportedCharacters
from letters.resources import templates_dir

PDF_VARIANT = "pdf/a-3u"


class RefusedFetch(FatalURLFetchingError):  # type: ignore[misc]
    """WeasyPrint tried to read something the member did not name: the render stops."""


class OfflineFetcher(URLFetcher):  # type: ignore[misc]
    """Refuses every URL except ``file:`` URLs of the files in ``allowed`` (resolved paths)."""

    def __init__(self, allowed: Iterable[Path] = ()) -> None:
        super().__init__(allowed_protocols={"file"}, allow_redirects=False, fail_on_errors=True)
        self.allowed = frozenset(os.path.realpath(p) for p in allowed)

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.scheme == "file" and parts.netloc in ("", "localhost"):
            path = os.path.realpath(url2pathname(parts.path))
            if path in self.allowed:
                with open(path, "rb") as fh:
                    body = fh.read()
                kind = mimetypes.guess_type(path)[0] or "application/octet-stream"
                return URLFetcherResponse(url, body, {"Content-Type": kind})
        raise RefusedFetch(f"refused to fetch {url[:200]!r}: letters renders offline")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


NOTDEF = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.*)"')


@contextmanager
def _warnings_are_errors() -> Iterator[None]:
    """A WeasyPrint warning (a missing glyph, a CSS error) means a wrong PDF: fail instead."""
    handler = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    missing = "".join(dict.fromkeys(
        ch for message in handler.messages if (match := NOTDEF.search(message))
        for ch in match.group(1) if not ch.isspace()
    ))
    if missing:
        raise UnsupportedCharacters(missing)
    if handler.messages:
        raise RenderError("the PDF could not be made cleanly: " + "; ".join(handler.messages[:3]))


def _page_css(page_label: tuple[str, str, str], paper: str) -> str:
    """Page numbers as "Page X of Y" in the letter's language; strings quoted for CSS."""

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    before, middle, after = (quoted(s) for s in page_label)
    size = "letter" if paper == "letter" else "A4"
    return (
        f"@page {{ size: {size}; @bottom-right {{ content: {before} counter(page) {middle} "
        f"counter(pages) {after}; font-size: 8pt; font-family: inherit; }} }}"
    )


class Renderer:
    """One font configuration and one parsed stylesheet, reused for every PDF of a run."""

    def __init__(self) -> None:
        self.fonts = FontConfiguration()
        css_path = templates_dir() / "letter.css"
        self.letter_css = CSS(
            string=css_path.read_text(encoding="utf-8"), font_config=self.fonts,
            url_fetcher=OfflineFetcher(),
        )
        self._page_css: dict[tuple[tuple[str, str, str], str], CSS] = {}

    def page_css(self, page_label: tuple[str, str, str], paper: str) -> CSS:
        key = (page_label, paper)
        if key not in self._page_css:
            self._page_css[key] = CSS(
                string=_page_css(page_label, paper), font_config=self.fonts,
                url_fetcher=OfflineFetcher(),
            )
        return self._page_css[key]

    def pdf(
        self,
        html: str,
        *,
        page_label: tuple[str, str, str],
        paper: str = "a4",
        attachments: Iterable[tuple[Path, str]] = (),
        dated: dt.date | None = None,
    ) -> bytes:
        """The PDF/A-3u of ``html``; attachments carry ``dated`` (the letter's date) as their
        creation and modification time, so the same answers give the same bytes."""
        files = list(attachments)
        day = dated or dt.date(1970, 1, 1)
        stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        fetcher = OfflineFetcher(path for path, _ in files)
        try:
            with _warnings_are_errors():
                document = HTML(string=html, url_fetcher=fetcher)
                data = document.write_pdf(
                    stylesheets=[self.letter_css, self.page_css(page_label, paper)],
                    font_config=self.fonts,
                    pdf_variant=PDF_VARIANT,
                    pdf_tags=True,
                    attachments=[
                        Attachment(url=path.resolve().as_uri(), description=caption,
                                   url_fetcher=fetcher, created=stamp, modified=stamp,
                                   relationship="Supplement")
                        for path, caption in files
                    ],
                )
        except RefusedFetch as exc:
            raise RenderError(str(exc)) from None
        if not isinstance(data, bytes):
            raise RenderError("WeasyPrint returned no PDF")
        return data


_RENDERER: Renderer | None = None


def renderer() -> Renderer:
    """The process's one renderer, built on first use."""
    global _RENDERER
    if _RENDERER is None:
        _RENDERER = Renderer()
    return _RENDERER
