"""`make bench`: how fast letters is, as ratios against baselines measured in the same run.

Every figure is the median of repeated runs on this machine, next to its target:
- cold start: `letters --help` against `python -c "import questionary, jinja2, babel"`;
- one complaint end to end (`letters render`) against the `weasyprint` command line rendering
  the same HTML (same CSS, PDF/A-3u, tagged);
- batch: the time per PDF of `letters render --all-authorities` against one `weasyprint`
  command-line run per PDF, on a sample of the same letters (every 10th of the batch);
- peak memory of that batch, and the sizes of a Latin and a Traditional Chinese complaint.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FIXTURES = ROOT / "tests" / "fixtures"
REPEATS = int(os.environ.get("BENCH_REPEATS", "7"))


def timed(cmd: Sequence[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def median_pair(a: Sequence[str], b: Sequence[str], cwd: Path, repeats: int = REPEATS) -> tuple[float, float]:
    """Median wall time of two commands, run alternately so both see the same machine state."""
    timed(a, cwd), timed(b, cwd)  # warm the file cache for both
    times_a, times_b = [], []
    for _ in range(repeats):
        times_a.append(timed(a, cwd))
        times_b.append(timed(b, cwd))
    return statistics.median(times_a), statistics.median(times_b)


HTML_SCRIPT = """
import sys, datetime as dt, pathlib
sys.path.insert(0, {root!r})
from letters import answers, batch, documents, pipeline
from letters.pdf import _page_css
from letters.resources import templates_dir
from letters.questions import Context
ctx = Context(dt.date.today())
a = answers.read(pathlib.Path({fixture!r}), ctx)
cases = [c for _, c in batch.jobs(a, ctx, every_authority={every!r}, every_language=False)]
for number, case in enumerate(cases[::{step}]):
    lang = documents.render_language(case.complaint_language)
    job = pipeline.complaint_job(case, lang)
    css = (templates_dir() / 'letter.css').read_text() + _page_css(job.page_label, job.paper)
    html = job.html.replace('</head>', '<style>' + css + '</style></head>', 1)
    pathlib.Path({out!r}, f'{{number}}.html').write_text(html, encoding='utf-8')
"""


def complaint_html(work: Path, fixture: str, *, every_authority: bool = False,
                   step: int = 1) -> list[Path]:
    """The complaints' HTML with the letter's stylesheets inlined, for the weasyprint CLI: the
    fixture's own complaint, or every ``step``-th one of an --all-authorities batch."""
    out = work / f"html-{fixture}-{int(every_authority)}"
    out.mkdir()
    script = HTML_SCRIPT.format(root=str(ROOT), fixture=str(FIXTURES / fixture),
                                every=every_authority, step=step, out=str(out))
    subprocess.run([sys.executable, "-c", script], check=True)
    return sorted(out.glob("*.html"))


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(child) for child in children)
    return pids


def _pss_kib(pid: int) -> int:
    """Proportional set size: pages shared between the forked workers are counted once."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def batch_peak_memory_mb(cmd: Sequence[str], cwd: Path) -> float:
    """Peak of the summed memory of the batch's process tree (main process and workers),
    sampled every 10 ms."""
    process = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, sum(_pss_kib(pid) for pid in _tree(process.pid)))
        time.sleep(0.01)
    if process.returncode != 0:
        raise RuntimeError(f"{cmd} failed")
    return peak / 1024


def row(name: str, value: str, target: str, met: bool) -> str:
    return f"{name:<52} {value:>18}  {target:<22} {'met' if met else 'NOT MET'}"


def main() -> int:
    letters = str(BIN / "letters")
    weasy = str(BIN / "weasyprint")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # cold start
        ours, base = median_pair([letters, "--help"],
                                 [sys.executable, "-c", "import questionary, jinja2, babel"], work)
        rows.append(row("cold start: letters --help / import baseline",
                        f"{ours / base:.2f}x ({ours * 1000:.0f}/{base * 1000:.0f} ms)", "<= 1.5x",
                        ours / base <= 1.5))
        # one complaint end to end
        html = complaint_html(work, "ie.toml")[0]
        ours, base = median_pair(
            [letters, "render", str(FIXTURES / "ie.toml"), "--out", str(work / "one"), "--force"],
            [weasy, "--pdf-variant", "pdf/a-3u", "--pdf-tags", str(html), str(work / "w.pdf")], work)
        rows.append(row("one complaint: letters render / weasyprint CLI",
                        f"{ours / base:.2f}x ({ours * 1000:.0f}/{base * 1000:.0f} ms)", "<= 1.1x",
                        ours / base <= 1.1))
        # batch
        batch_cmd = [letters, "render", str(FIXTURES / "ie.toml"), "--all-authorities",
                     "--out", str(work / "batch"), "--force"]
        batch_times = [timed(batch_cmd, work) for _ in range(max(3, REPEATS // 2))]
        pdfs = len(list((work / "batch").glob("*.pdf")))
        per_pdf = statistics.median(batch_times) / pdfs
        # the baseline renders the same kind of letters: every 10th complaint of the batch
        sample = complaint_html(work, "ie.toml", every_authority=True, step=10)
        weasy_one = statistics.median(
            timed([weasy, "--pdf-variant", "pdf/a-3u", "--pdf-tags", str(page), str(work / "w.pdf")], work)
            for page in sample for _ in range(2)
        )
        rows.append(row(f"batch: weasyprint CLI per PDF / letters per PDF ({pdfs} PDFs)",
                        f"{weasy_one / per_pdf:.1f}x ({weasy_one * 1000:.0f}/{per_pdf * 1000:.0f} ms)",
                        ">= 8x", weasy_one / per_pdf >= 8))
        rows.append(row("batch: seconds per PDF (complaints of 2-3 pages)",
                        f"{per_pdf:.3f} s", "< 0.1 s", per_pdf < 0.1))
        peak = batch_peak_memory_mb(batch_cmd, work)
        rows.append(row("batch: peak memory (all processes, PSS)", f"{peak:.0f} MB", "< 200 MB",
                        peak < 200))
        # sizes
        latin = (work / "one" / "complaint.pdf").stat().st_size / 1024
        rows.append(row("size: Latin complaint (whole letter, 3 pages)", f"{latin:.1f} KB",
                        "<= 40 KB", latin <= 40))
        subprocess.run([letters, "render", str(FIXTURES / "hk.toml"), "--out", str(work / "hk")],
                       check=True, capture_output=True)
        hant = subprocess.run(
            [sys.executable, "-c",
             f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
             + "from tests.conftest import case_for\nfrom letters import pipeline\n"
             "sys.stdout.buffer.write(pipeline.complaint_pdf(case_for('hk', language='zh_Hant_HK'),"
             " 'zh_Hant_HK'))"], check=True, capture_output=True).stdout
        size = len(hant) / 1024
        rows.append(row("size: Traditional Chinese complaint (whole letter)", f"{size:.1f} KB",
                        "<= 300 KB", size <= 300))
    print(f"letters bench on {platform.node() or 'this machine'}: {platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, median of {REPEATS} runs")
    print("\n".join(rows))
    return 0 if all(r.endswith(" met") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
