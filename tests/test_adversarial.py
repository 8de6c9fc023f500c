"""Property tests over what a member can type: a clean rejection, or a faithful, self-contained PDF.

Examples per property: HYPOTHESIS_EXAMPLES (default 12 for every run; `make fuzz` runs 300).
"""

import contextlib
import io
import os
import unicodedata

import pikepdf
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from letters import documents, pipeline, validate
from letters.errors import UnsupportedCharacters, UserError
from tests.conftest import answers_for
from tests.helpers import pdf_text
from tests.test_pdf import _inside_page

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "12"))
FAST = settings(max_examples=EXAMPLES * 10, deadline=None)
PDF = settings(max_examples=EXAMPLES, deadline=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SCRIPTS = {
    "latin": "AaÀàÉéÑñÖöŠšŽžŁłÆæØøÅåßÇçĞğİıŐőŰű",
    "greek": "ΑαΒβΓγΔδΕεΖζΗηΘθΙιΚκΛλΜμΝνΞξΟοΠπΡρΣσςΤτΥυΦφΧχΨψΩωάέήίόύώ",
    "cyrillic": "АаБбВвГгДдЕеЁёЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯяЇїЄєҐґ",
    "cjk": "山田太郎王小明李陳張黃林何吳劉鄭謝許郭蔡周鄧曾彭",
}
MARKUP = ['<link rel="attachment" href="file:///etc/passwd">', "{{ 7*7 }}", "</p><script>x</script>",
          "{% raw %}", "&amp; <b>", "\\\" ' ` ${x}", "%(name)s %s %%"]

OTHER_SCRIPTS = {
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "devanagari": "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह",
    "emoji": "😀😃🙂🎉🌍🚀📄✅",
}
word = st.one_of(*[st.text(alphabet=chars, min_size=1, max_size=12) for chars in SCRIPTS.values()])
names = st.lists(st.one_of(word, st.sampled_from(MARKUP)), min_size=1, max_size=5).map(" ".join)
anything = st.text(st.characters(codec="utf-8"), max_size=120)


@FAST
@given(anything)
@example("Bob\u202eevil")
@example("Zoe\u0301")
@example("a\u200db")
def test_clean_line_rejects_cleanly_or_returns_safe_nfc(raw: str) -> None:
    try:
        cleaned = validate.clean_line(raw)
    except ValueError as exc:
        assert str(exc)
        return
    assert cleaned == unicodedata.normalize("NFC", cleaned)
    assert validate.clean_line(cleaned) == cleaned  # idempotent
    for ch in cleaned:
        assert unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")
        assert ch not in validate.BIDI_CONTROLS


@FAST
@given(anything)
def test_validators_raise_only_value_errors(raw: str) -> None:
    for check in (validate.clean_email, validate.clean_profile_url, validate.clean_address):
        with contextlib.suppress(ValueError):
            check(raw)


@FAST
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.%", min_size=3, max_size=40))
def test_profile_urls_canonicalise_idempotently(slug: str) -> None:
    try:
        url = validate.clean_profile_url(f"https://de.linkedin.com/in/{slug}/?trk=x")
    except ValueError:
        return
    assert url.startswith("https://www.linkedin.com/in/")
    assert validate.clean_profile_url(url) == url


def _squash(text: str) -> str:
    """For comparing with extracted PDF text: NFC, no whitespace, and no ZWJ/ZWNJ, which shape
    the glyphs on the page but are not glyphs of their own in the text layer."""
    text = unicodedata.normalize("NFC", text).replace("\u200c", "").replace("\u200d", "")
    return "".join(text.split())


@PDF
@given(name=names, details=names)
@example(name="Maximilian" * 20, details="x" * 600)
@example(name='<link rel="attachment" href="file:///etc/passwd">', details="{{ 7*7 }} </p><script>")
def test_any_accepted_name_comes_out_verbatim_in_a_self_contained_pdf(name: str, details: str) -> None:
    try:
        answers = answers_for("ie", **{"member.name": name[:200], "situation.details": details[:600]})
    except UserError:
        return  # a clean rejection with a message is an acceptable outcome
    case = __import__("letters.case", fromlist=["from_answers"]).from_answers(answers)
    text = documents.objection_text(case)
    assert case.member.name in text and "None" not in text
    data = pipeline.complaint_pdf(case, "en")
    extracted = _squash(pdf_text(data))
    assert _squash(case.member.name) in extracted
    assert _squash(case.details) in extracted
    pdf = pikepdf.open(io.BytesIO(data))
    assert len(pdf.attachments) == 0
    for page in pdf.pages:
        assert "/Annots" not in page or all(a.Subtype != "/FileAttachment" for a in page.Annots)
    _inside_page(data)


@PDF
@given(name=st.sampled_from(sorted(OTHER_SCRIPTS)).flatmap(
    lambda script: st.lists(st.text(alphabet=OTHER_SCRIPTS[script], min_size=2, max_size=10),
                            min_size=1, max_size=3).map(" ".join)))
def test_names_in_right_to_left_and_other_scripts(name: str, caplog: pytest.LogCaptureFixture) -> None:
    """One script a name: a right-to-left line reads back in logical order; a character no
    installed font has is a clean rejection that names it (the CLI turns it into exit 2)."""
    case = __import__("letters.case", fromlist=["from_answers"]).from_answers(
        answers_for("ie", **{"member.name": name}))
    try:
        data = pipeline.complaint_pdf(case, "en")
    except UnsupportedCharacters as exc:
        assert exc.chars and set(exc.chars) <= set(name)
        caplog.clear()  # the warnings were turned into this rejection
        return
    assert _squash(name) in _squash(pdf_text(data))


@pytest.mark.parametrize(
    "name",
    ["محمد عبد الله", "דוד כהן", "देवनागरी नाम", "می\u200cخواهم", "Zoë 😀", "Ζωή Παπαδοπούλου",
     "Иван Петров", "山田 太郎"],
)
def test_names_in_many_scripts(name: str) -> None:
    case = __import__("letters.case", fromlist=["from_answers"]).from_answers(
        answers_for("ie", **{"member.name": name}))
    assert _squash(name) in _squash(pdf_text(pipeline.complaint_pdf(case, "en")))
