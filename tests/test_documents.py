"""The documents' content: right regime, right controller, citations only from the table."""

import re
from pathlib import Path

import pytest
from jinja2 import pass_context
from jinja2.runtime import Context

from letters import documents, i18n
from letters.jurisdictions import citations
from letters.render import environment, templates_dir
from tests.conftest import case_for

REGIME_FIXTURES = {"gdpr": "ie", "uk_gdpr": "gb", "fadp": "ch", "pipeda": "ca", "quebec": "qc",
                   "pdpo": "hk"}


@pytest.mark.parametrize(
    ("fixture", "must", "must_not"),
    [
        ("ie", ["Art. 21(1) GDPR", "Art. 6(1)(f) GDPR", "Art. 18(1)(d) GDPR", "Art. 17(1)(c) GDPR",
                "Art. 19 GDPR", "Art. 12(3) GDPR", "LinkedIn Ireland Unlimited Company",
                "within one month"], ["UK GDPR", "withdraw", "FADP", "Microsoft"]),
        ("gb", ["Art. 21(1) UK GDPR", "LinkedIn Corporation", "Microsoft",
                "Art. 12(3) and 12A UK GDPR", "within one month of receipt"],
         ["Ireland", "(Art. 12(3) GDPR)"]),
        ("ch", ["Art. 30(2)(b) FADP", "Art. 30(3) FADP", "Art. 31(1) FADP",
                "LinkedIn Ireland Unlimited Company", "within 30 days"], ["GDPR", "withdraw"]),
        ("ca", ["withdraw any consent", "Schedule 1, clause 4.3.8 PIPEDA", "s. 5(3) PIPEDA",
                "LinkedIn Corporation"], ["GDPR", "I object", "P-39.1"]),
        ("qc", ["withdraw any consent", "CQLR c P-39.1", "Schedule 1, clause 4.3.8 PIPEDA"],
         ["GDPR"]),
        ("hk", ["By this notice in writing I withdraw", "s. 2(3) PDPO", "Data Protection Principle 3",
                "LinkedIn Corporation, as data user"], ["GDPR", "PIPEDA"]),
    ],
)
def test_objection_per_regime(fixture: str, must: list[str], must_not: list[str]) -> None:
    text = documents.objection_text(case_for(fixture))
    for needle in must:
        assert needle in text, needle
    for needle in must_not:
        assert needle not in text, needle
    assert "Aoife Murphy" in text and "aoife.murphy@example.com" in text
    assert "https://www.linkedin.com/in/aoife-murphy" in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\n\n\n" not in text
    numbers = [int(n) for n in re.findall(r"^(\d)\. ", text, flags=re.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 3  # one request a line


def test_five_regimes_give_five_different_objections() -> None:
    texts = {regime: documents.objection_text(case_for(name)) for regime, name in REGIME_FIXTURES.items()}
    assert len(set(texts.values())) == 6


@pytest.mark.parametrize("language", i18n.available_languages())
@pytest.mark.parametrize("fixture", sorted(REGIME_FIXTURES.values()))
def test_objection_fits_the_form(fixture: str, language: str) -> None:
    text = documents.objection_text(case_for(fixture, language=language))
    assert len(text) <= documents.OBJECTION_CHAR_LIMIT, (fixture, language, len(text))


def test_situation_and_setting_sentences_follow_the_answers() -> None:
    with_all = documents.objection_text(case_for("ie"))
    assert "I am looking for work." in with_all
    assert "I am changing careers" in with_all
    assert "On 4 November 2025 I switched off" in with_all  # en_IE date style
    bare = documents.objection_text(case_for("ie", **{
        "setting.switched_off": False, "situation.grounds": [], "situation.details": "My own reason."}))
    assert "switched off" not in bare
    assert "I am looking for work" not in bare
    assert "- My own reason." in bare


def test_user_values_are_data_not_markup_or_template() -> None:
    name = "<link rel=\"attachment\" href=\"file:///etc/passwd\"> {{ 7*7 }} & Co"
    case = case_for("ie", **{"member.name": name})
    text = documents.objection_text(case)
    assert name in text  # plain text: verbatim, not escaped
    html = documents.complaint_html(case, "en")
    assert "<link rel=\"attachment\"" not in html
    assert "&lt;link rel=&#34;attachment&#34;" in html
    assert "{{ 7*7 }}" in html and "49" not in html.replace("2049", "")


def test_deadline_is_one_calendar_month_after_the_objection() -> None:
    html = documents.complaint_html(case_for("ie", **{"objection.date": "2025-01-31"}), "en")
    assert "ended on 28 February 2025" in html
    assert documents.add_one_month(__import__("datetime").date(2024, 1, 31)).isoformat() == "2024-02-29"


def test_one_stop_shop_only_outside_ireland() -> None:
    irish = documents.complaint_html(case_for("ie"), "en")
    french = documents.complaint_html(case_for("ie", **{"member.country": "FR"}), "en")
    assert "lead supervisory authority" not in irish
    assert "Data Protection Commission as lead supervisory authority" in french
    assert "Art. 56(1) GDPR" in french and "Art. 60 GDPR" in french


CITATION_LIKE = re.compile(r"\b(?:Art\.|s\. \d|Schedule \d|clause \d|DPP ?\d)")


def test_templates_cite_only_through_the_table() -> None:
    """A citation written by hand in a template bypasses the table: fail on it (comments aside)."""
    for path in sorted(templates_dir().rglob("*.j2")):
        source = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        for lineno, line in enumerate(source.splitlines(), start=1):
            assert not CITATION_LIKE.search(line), f"{path.name}:{lineno}: {line.strip()[:80]}"


def test_every_citation_in_the_table_is_cited_and_nothing_else() -> None:
    """Render every regime's documents with a recording cite(); compare with the table."""
    env = environment()
    original = env.globals["cite"]
    used: set[str] = set()

    @pass_context
    def recording(context: Context, key: str) -> str:
        used.add(key)
        return original(context, key)  # type: ignore[operator,no-any-return]

    env.globals["cite"] = recording
    try:
        variants = [case_for(f) for f in REGIME_FIXTURES.values()]
        variants.append(case_for("ie", **{"member.country": "FR"}))
        for case in variants:
            documents.objection_text(case)
            documents.complaint_html(case, "en")
    finally:
        env.globals["cite"] = original
    assert used <= set(citations())
    assert set(citations()) - used == set(), "citations nobody cites"


def test_unknown_citation_key_fails_the_render() -> None:
    template = environment().from_string('{{ cite("gdpr-99") }}')
    with pytest.raises(KeyError, match=r"not in data/citations\.toml"):
        template.render(_language="en")


def test_text_templates_are_not_autoescaped_and_html_ones_are() -> None:
    env = environment()
    assert env.get_template("objection/gdpr.txt.j2").render is not None
    assert env.autoescape("complaint/gdpr.html.j2") is True  # type: ignore[operator]
    assert env.autoescape("objection/gdpr.txt.j2") is False  # type: ignore[operator]


def test_templates_are_found_from_the_package(tmp_path: Path) -> None:
    assert (templates_dir() / "complaint" / "base.html.j2").is_file()
