"""Checks that can fail on the sourced data: schema, coverage, sources, well-formed values."""

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest
from babel import Locale
from email_validator import validate_email

from letters import jurisdictions as j

AUTHORITY_FILES = sorted((j.DATA_DIR / "authorities").glob("*.toml"))
EU = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
      "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]
EEA = ["IS", "LI", "NO"]
LANDER = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"]
PLACES = [*[c for c in EU if c != "DE"], *EEA, "CH", "GB", "CA", "CA-QC", "HK",
          *[f"DE-{land}" for land in LANDER]]
REQUIRED = {
    "id": str, "country": str, "region": str, "default_for": list, "document": str,
    "short_name": str, "website": str, "email": str, "webform": str, "channel": str,
    "languages": list, "sources": list, "verified": dt.date, "name": dict, "address": list,
    "requirements": list, "notes": list, "unconfirmed": dict,
}
URL = re.compile(r"https://[^\s/$.?#][^\s]*")


def _raw(path: Path) -> dict[str, object]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def test_there_is_a_record_for_every_place() -> None:
    assert len(AUTHORITY_FILES) >= 50


@pytest.mark.parametrize("path", AUTHORITY_FILES, ids=lambda p: p.stem)
def test_authority_record_schema(path: Path) -> None:
    raw = _raw(path)
    assert set(raw) == set(REQUIRED), set(raw) ^ set(REQUIRED)
    for key, kind in REQUIRED.items():
        assert isinstance(raw[key], kind), key
    record = j.authorities()[path.stem]
    assert re.fullmatch(r"[a-z0-9-]+", record.id)
    assert record.country in j.covered_countries()
    assert record.document in ("complaint", "report")
    assert record.channel in ("webform", "email", "post", "fax", "eservice")
    assert "en" in record.name and all(record.name.values())
    assert len(record.address) >= 2 and all(line.strip() == line and line for line in record.address)
    assert set(record.unconfirmed) <= set(REQUIRED), "unconfirmed names a field that does not exist"
    assert all(text.strip() for text in (*record.requirements, *record.notes, *record.unconfirmed.values()))


@pytest.mark.parametrize("path", AUTHORITY_FILES, ids=lambda p: p.stem)
def test_authority_sources_urls_and_dates(path: Path) -> None:
    record = j.authorities()[path.stem]
    assert any(s.startswith("https://") for s in record.sources)
    for url in (*record.sources, record.website, record.webform):
        if url:
            assert URL.fullmatch(url), url
    assert dt.date(2026, 1, 1) <= record.verified <= dt.date.today()
    if record.email:
        assert validate_email(record.email, check_deliverability=False).normalized == record.email
    for code in record.languages:
        Locale.parse(code)  # raises for a code Babel does not know


@pytest.mark.parametrize("place", PLACES)
def test_every_place_has_exactly_one_default_authority(place: str) -> None:
    matches = [a for a in j.authorities().values() if place in a.default_for]
    assert len(matches) == 1, [a.id for a in matches]
    country, _, region = place.partition("-")
    assert j.default_authority(country, region or None).id == matches[0].id
    assert matches[0].country == country


def test_germany_needs_the_land_and_bavaria_is_baylda() -> None:
    with pytest.raises(KeyError):
        j.default_authority("DE", None)
    assert j.default_authority("DE", "BY").short_name == "BayLDA"
    assert set(j.regional_countries()["DE"].regions) == set(LANDER)


def test_quebec_has_cai_by_default_and_opc_as_alternative() -> None:
    assert j.default_authority("CA", "QC").id == "ca-qc-cai"
    assert [a.id for a in j.alternative_authorities("CA", "QC")] == ["ca-opc"]
    assert j.default_authority("CA", "ON").id == "ca-opc"
    assert j.alternative_authorities("CA", "ON") == []


@pytest.mark.parametrize(
    ("country", "region", "regime", "controller"),
    [("IE", None, "gdpr", "LinkedIn Ireland Unlimited Company"),
     ("NO", None, "gdpr", "LinkedIn Ireland Unlimited Company"),
     ("DE", "BE", "gdpr", "LinkedIn Ireland Unlimited Company"),
     ("CH", None, "fadp", "LinkedIn Ireland Unlimited Company"),
     ("GB", None, "uk_gdpr", "LinkedIn Corporation"),
     ("CA", "ON", "pipeda", "LinkedIn Corporation"),
     ("CA", "QC", "quebec", "LinkedIn Corporation"),
     ("HK", None, "pdpo", "LinkedIn Corporation")],
)
def test_regime_and_controller(country: str, region: str | None, regime: str, controller: str) -> None:
    found = j.regime_for(country, region)
    assert found.id == regime
    assert found.controller.name == controller


def test_swiss_authority_takes_reports() -> None:
    assert j.default_authority("CH", None).document == "report"
    assert {a.document for a in j.authorities().values() if a.country != "CH"} == {"complaint"}


def test_citations_have_official_https_sources() -> None:
    for citation in j.citations().values():
        assert citation.source.startswith("https://"), citation.key
        assert citation.status in ("verified", "unverified")
        assert citation.verified <= dt.date.today()


def test_regimes_cover_35_places() -> None:
    places = {p for r in j.regimes().values() for p in r.places}
    assert places == set(EU) | set(EEA) | {"CH", "GB", "CA", "CA-QC", "HK"}
    assert len(places) == 35
