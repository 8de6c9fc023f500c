"""PDF rendering in worker processes.

WeasyPrint takes about a third of a second to import. `letters render` forks its worker before
anything else, so that import runs on the second core while the main process reads the answers
and writes the HTML; a batch forks one worker per core, each with its own renderer, so the PDFs
are made in parallel. Workers ignore Ctrl-C: the main process handles it and stops them. Where
fork is not available (or not safe, as on macOS), everything runs in the main process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TypeVar

from letters.pdf_job import PdfJob, render

T = TypeVar("T")
R = TypeVar("R")


def forking_supported() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _prepare_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from letters.pdf import renderer

    renderer()  # import WeasyPrint and build the font configuration now, not on the first PDF


class PdfWorkers:
    """A pool of forked renderers; renders in this process where forking is not supported."""

    def __init__(self, processes: int = 1) -> None:
        self._pool = None
        if forking_supported():
            self._pool = multiprocessing.get_context("fork").Pool(
                processes, initializer=_prepare_worker
            )

    def render(self, job: PdfJob) -> bytes:
        if self._pool is None:
            return render(job)
        return self._pool.apply(render, (job,))

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``func`` over ``items`` on every worker at once, results in order; ``func`` must be a
        module-level function (it is sent to the workers by name)."""
        if self._pool is None:
            return map(func, items)
        return self._pool.imap(func, items)

    def __enter__(self) -> PdfWorkers:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is not None:
            if kind is None:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
