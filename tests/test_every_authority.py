"""Every place renders: the objection goes to the right controller, the complaint to its authority."""

import pytest

from letters import documents, pipeline
from letters.jurisdictions import authorities, default_authority, regime_of_authority
from tests.conftest import case_for
from tests.helpers import pdf_text, squash
from tests.test_jurisdictions import PLACES

CONTROLLER = {"gdpr": "LinkedIn Ireland Unlimited Company", "fadp": "LinkedIn Ireland Unlimited Company",
              "uk_gdpr": "LinkedIn Corporation", "pipeda": "LinkedIn Corporation",
              "quebec": "LinkedIn Corporation", "pdpo": "LinkedIn Corporation"}


@pytest.mark.parametrize("place", PLACES)
def test_only_the_place_changes_and_the_letters_follow(place: str) -> None:
    country, _, region = place.partition("-")
    case = case_for("ie", **{"member.country": country, "member.region": region or None})
    authority = default_authority(country, region or None)
    assert case.authority.id == authority.id
    objection = documents.objection_text(case)
    assert CONTROLLER[case.objection_regime.id] in objection
    html = documents.complaint_html(case, "en")
    assert squash(authority.address[0]).replace("&", "&amp;") in squash(html)


@pytest.mark.parametrize("authority_id", sorted(authorities()))
def test_every_authority_gets_a_pdf_with_its_name_and_address(authority_id: str) -> None:
    authority = authorities()[authority_id]
    region = authority.region or None
    case = case_for("ie", **{"member.country": authority.country, "member.region": region,
                             "complaint.authority": authority_id})
    language = case.complaint_language
    text = nospace(pdf_text(pipeline.complaint_pdf(case, language)))
    assert nospace(authority.name_in(documents.render_language(language))) in text
    assert nospace(authority.address[0]) in text
    assert nospace(regime_of_authority(authority).controller.name) in text


def nospace(text: str) -> str:
    """Long names wrap inside the address window; compare without the spaces wrapping adds."""
    return "".join(squash(text).split())
