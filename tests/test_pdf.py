"""The complaint PDF as a reader, an archive and an authority see it."""

import io
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer

from letters import pipeline
from letters.errors import RenderError
from letters.pdf import OfflineFetcher, RefusedFetch, renderer
from tests.conftest import case_for
from tests.helpers import pdf_text, squash


@pytest.fixture(scope="module")
def irish_pdf() -> bytes:
    return pipeline.complaint_pdf(case_for("ie"), "en")


def test_pdf_text_has_sender_recipient_and_cited_articles(irish_pdf: bytes) -> None:
    text = pdf_text(irish_pdf)
    for needle in ["Aoife Murphy", "12 Main Street", "Data Protection Commission", "6 Pembroke Row",
                   "20 November 2026", "Art. 77(1) GDPR", "Art. 21(1) GDPR", "Art. 25(2) GDPR",
                   "LinkedIn case number: 251105-001234", "Dear Sir or Madam", "Yours faithfully",
                   "Enclosures", "ended on 5 December 2025", "Page 1 of"]:
        assert needle in text, needle


def test_pdf_is_pdfa3u_tagged_with_metadata(irish_pdf: bytes) -> None:
    pdf = pikepdf.open(io.BytesIO(irish_pdf))
    meta = pdf.open_metadata()
    assert meta.pdfa_status == "3U"
    assert str(pdf.Root.Lang) == "en"
    assert bool(pdf.Root.MarkInfo.Marked) is True
    assert "/StructTreeRoot" in pdf.Root
    assert "LinkedIn" in str(pdf.docinfo["/Title"])
    assert str(pdf.docinfo["/Author"]) == "Aoife Murphy"
    assert "AI training" in str(pdf.docinfo["/Subject"])
    assert "DPC" in str(pdf.docinfo["/Keywords"])
    assert str(pdf.docinfo["/CreationDate"]).startswith("D:20261120")
    assert len(pdf.attachments) == 0
    assert pdf.check_pdf_syntax() == [] if hasattr(pdf, "check_pdf_syntax") else True


def test_all_fonts_are_embedded(irish_pdf: bytes) -> None:
    pdf = pikepdf.open(io.BytesIO(irish_pdf))
    fonts = 0
    for page in pdf.pages:
        for _, font in page.Resources.get("/Font", {}).items():
            descriptor = font.DescendantFonts[0].FontDescriptor if "/DescendantFonts" in font else font.FontDescriptor
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
            fonts += 1
    assert fonts >= 1


def test_qpdf_check_passes(irish_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(irish_pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _inside_page(data: bytes) -> None:
    for page in extract_pages(io.BytesIO(data)):
        for element in page:
            if isinstance(element, LTTextContainer) and element.get_text().strip():
                assert element.x0 >= 0 and element.x1 <= page.width + 0.5, element.get_text()[:60]


def test_long_unbroken_values_wrap_inside_the_page() -> None:
    long_name = "Maximilian" * 18
    case = case_for("ie", **{"member.name": long_name[:200],
                             "situation.details": "x" * 500,
                             "member.address": ["Straße" * 30, "Dublin 8"]})
    data = pipeline.complaint_pdf(case, "en")
    _inside_page(data)
    assert squash("x" * 500) in pdf_text(data).replace(" ", "")


def test_evidence_is_listed_hashed_attached_and_shown(tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "setting.png"
    Image.new("RGB", (300, 120), "white").save(shot)
    mail = tmp_path / "reply.eml"
    mail.write_text("From: LinkedIn\nSubject: Re\n\nNo.\n", encoding="utf-8")
    case = case_for("ie", evidence=[str(shot), str(mail)])
    data = pipeline.complaint_pdf(case, "en")
    text = pdf_text(data)
    import hashlib

    for path in (shot, mail):
        assert path.name in text
        assert hashlib.sha256(path.read_bytes()).hexdigest() in text.replace(" ", "")
    assert "Enclosure 2: setting.png" in text
    pdf = pikepdf.open(io.BytesIO(data))
    assert sorted(pdf.attachments) == ["reply.eml", "setting.png"]
    assert pdf.attachments["reply.eml"].get_file().read_bytes() == mail.read_bytes()


def test_fetcher_refuses_everything_not_named(tmp_path: Path) -> None:
    allowed = tmp_path / "ok.png"
    allowed.write_bytes(b"x")
    fetcher = OfflineFetcher([allowed])
    assert fetcher.fetch(allowed.as_uri()).read() == b"x"
    for url in ["file:///etc/passwd", "http://127.0.0.1:9/x.png", "https://example.org/",
                "data:text/plain,hi", f"file://otherhost{allowed}",
                (tmp_path / ".." / tmp_path.name / "other.png").as_uri()]:
        with pytest.raises(RefusedFetch):
            fetcher.fetch(url)
    link = tmp_path / "link.png"
    link.symlink_to("/etc/passwd")
    with pytest.raises(RefusedFetch):
        OfflineFetcher([allowed]).fetch(link.as_uri())


@pytest.mark.parametrize(
    "html",
    ['<link rel="attachment" href="file:///etc/passwd">',
     '<img src="file:///etc/hostname">',
     '<p style="background: url(http://127.0.0.1:9/x.png)">x</p>'],
)
def test_markup_that_reaches_out_fails_the_render(html: str) -> None:
    page = f"<html lang='en'><head><title>t</title></head><body>{html}<p>x</p></body></html>"
    with pytest.raises(RenderError):
        renderer().pdf(page, page_label=("Page ", " of ", ""))


def test_two_processes_give_identical_bytes(tmp_path: Path) -> None:
    script = (
        "import sys, hashlib\n"
        "from letters import pipeline\n"
        "from tests.conftest import case_for\n"
        "sys.stdout.write(hashlib.sha256(pipeline.complaint_pdf(case_for('hk'), 'en')).hexdigest())\n"
    )
    root = Path(__file__).parent.parent
    digests = {
        subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                       check=True).stdout
        for _ in range(2)
    }
    assert len(digests) == 1


MM = 72 / 25.4


def _recipient_box(data: bytes, first_line: str, last_line: str) -> tuple[float, float, float]:
    """(top of the first line, bottom of the last line, left edge) of the recipient, in mm
    from the page's top-left corner."""
    from pdfminer.layout import LTTextLine

    page = next(extract_pages(io.BytesIO(data)))
    lines = [line for box in page if isinstance(box, LTTextContainer) for line in box
             if isinstance(line, LTTextLine)]
    first = next(line for line in lines if line.get_text().strip().startswith(first_line))
    last = next(line for line in lines if line.get_text().strip().startswith(last_line))
    return (page.height - first.y1) / MM, (page.height - last.y0) / MM, first.x0 / MM


@pytest.mark.parametrize(
    ("fixture", "changes", "field_top", "field_bottom"),
    [
        # DIN 5008 form B: address zone 62.7-90 mm from the top
        ("de-by", {}, 62.7, 90.0),
        ("ch", {}, 62.7, 90.0),
        # international window (DL, C5/6, No. 10): about 50-90 mm from the top
        ("ie", {}, 48.0, 90.0),
        ("ca", {}, 48.0, 90.0),
    ],
)
def test_recipient_sits_in_the_envelope_window(fixture: str, changes: dict[str, object],
                                               field_top: float, field_bottom: float) -> None:
    case = case_for(fixture, **changes)
    language = case.complaint_language
    data = pipeline.complaint_pdf(case, language)
    name = case.authority.name_in(language)
    top, bottom, left = _recipient_box(data, name[:15], case.authority.address[-1])
    assert field_top <= top and bottom <= field_bottom, (top, bottom)
    assert 20.0 <= left <= 25.0


def test_canada_is_us_letter_and_europe_a4() -> None:
    for fixture, size in (("ca", (612, 792)), ("ie", (595, 842))):
        pdf = pikepdf.open(io.BytesIO(pipeline.complaint_pdf(case_for(fixture), "en")))
        box = [round(float(v)) for v in pdf.pages[0].MediaBox]
        assert (box[2], box[3]) == size
