"""Typed records for regimes, controllers, authorities, places and citations, loaded from data/."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


class DataError(Exception):
    """A data file is malformed: a defect of the package, never of the user."""


@dataclass(frozen=True)
class Controller:
    id: str
    name: str
    address: tuple[str, ...]
    attention: str
    dpo_webform: str
    objection_form: str
    registration: str
    sources: tuple[str, ...]
    verified: dt.date
    unconfirmed: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Regime:
    id: str
    controller: Controller
    places: tuple[str, ...]
    deadline: str
    lead_authority: str
    complaint_within_months: int
    sources: tuple[str, ...]
    verified: dt.date


@dataclass(frozen=True)
class Authority:
    id: str
    country: str
    region: str
    default_for: tuple[str, ...]
    document: str
    short_name: str
    website: str
    email: str
    webform: str
    channel: str
    languages: tuple[str, ...]
    sources: tuple[str, ...]
    verified: dt.date
    name: dict[str, str]
    address: tuple[str, ...]
    requirements: tuple[str, ...]
    notes: tuple[str, ...]
    unconfirmed: dict[str, str]

    def name_in(self, language: str) -> str:
        """The official name in ``language`` if it has one, else the first official name."""
        base = language.split("_")[0]
        for key in (language, base):
            if key in self.name:
                return self.name[key]
        return self.name[self.languages[0]] if self.languages[0] in self.name else self.name["en"]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "country": self.country,
            "region": self.region or None,
            "default_for": list(self.default_for),
            "document": self.document,
            "name": self.name.get("en", ""),
            "names": dict(self.name),
            "short_name": self.short_name,
            "languages": list(self.languages),
            "email": self.email or None,
            "webform": self.webform or None,
            "website": self.website,
            "channel": self.channel,
            "address": list(self.address),
            "requirements": list(self.requirements),
            "notes": list(self.notes),
            "unconfirmed": dict(self.unconfirmed),
            "sources": list(self.sources),
            "verified": self.verified.isoformat(),
        }


@dataclass(frozen=True)
class Citation:
    key: str
    label: str
    source: str
    status: str
    verified: dt.date


@dataclass(frozen=True)
class Region:
    code: str
    names: dict[str, str]


@dataclass(frozen=True)
class RegionalCountry:
    country: str
    why: str
    required: bool
    regions: dict[str, Region]


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path.name}: {exc}") from exc


def _authority(raw: dict[str, Any], path: Path) -> Authority:
    try:
        return Authority(
            id=raw["id"],
            country=raw["country"],
            region=raw.get("region", ""),
            default_for=tuple(raw["default_for"]),
            document=raw["document"],
            short_name=raw.get("short_name", ""),
            website=raw["website"],
            email=raw.get("email", ""),
            webform=raw.get("webform", ""),
            channel=raw["channel"],
            languages=tuple(raw["languages"]),
            sources=tuple(raw["sources"]),
            verified=raw["verified"],
            name=dict(raw["name"]),
            address=tuple(raw["address"]),
            requirements=tuple(raw.get("requirements", ())),
            notes=tuple(raw.get("notes", ())),
            unconfirmed=dict(raw.get("unconfirmed", {})),
        )
    except (KeyError, TypeError) as exc:
        raise DataError(f"{path.name}: missing or malformed field {exc}") from exc


@cache
def controllers() -> dict[str, Controller]:
    out = {}
    for key, raw in _load(DATA_DIR / "controllers.toml").items():
        out[key] = Controller(
            id=key,
            name=raw["name"],
            address=tuple(raw["address"]),
            attention=raw["attention"],
            dpo_webform=raw["dpo_webform"],
            objection_form=raw["objection_form"],
            registration=raw.get("registration", ""),
            sources=tuple(raw["sources"]),
            verified=raw["verified"],
            unconfirmed=dict(raw.get("unconfirmed", {})),
        )
    return out


@cache
def regimes() -> dict[str, Regime]:
    ctrl = controllers()
    return {
        key: Regime(
            id=key,
            controller=ctrl[raw["controller"]],
            places=tuple(raw["places"]),
            deadline=raw["deadline"],
            lead_authority=raw.get("lead_authority", ""),
            complaint_within_months=raw["complaint_within_months"],
            sources=tuple(raw["sources"]),
            verified=raw["verified"],
        )
        for key, raw in _load(DATA_DIR / "regimes.toml").items()
    }


@cache
def authorities() -> dict[str, Authority]:
    out: dict[str, Authority] = {}
    for path in sorted((DATA_DIR / "authorities").glob("*.toml")):
        record = _authority(_load(path), path)
        if record.id != path.stem:
            raise DataError(f"{path.name}: id {record.id!r} does not match the file name")
        out[record.id] = record
    return out


@cache
def citations() -> dict[str, Citation]:
    return {
        key: Citation(key, raw["label"], raw["source"], raw["status"], raw["verified"])
        for key, raw in _load(DATA_DIR / "citations.toml").items()
    }


@cache
def regional_countries() -> dict[str, RegionalCountry]:
    out = {}
    for country, raw in _load(DATA_DIR / "places.toml").items():
        regions = {code: Region(code, dict(names)) for code, names in raw["regions"].items()}
        out[country] = RegionalCountry(country, raw["why"], raw["required"], regions)
    return out


def covered_countries() -> list[str]:
    """Every ISO country code the tool covers, sorted."""
    return sorted({place.split("-")[0] for r in regimes().values() for place in r.places})


def place_key(country: str, region: str | None) -> str:
    """The most specific place key used in the data: ``CA-QC`` for Quebec, ``DE-BY``, or ``IE``."""
    return f"{country}-{region}" if region else country


def regime_for(country: str, region: str | None) -> Regime:
    by_place = {place: r for r in regimes().values() for place in r.places}
    for key in (place_key(country, region), country):
        if key in by_place:
            return by_place[key]
    raise KeyError(country)


def default_authority(country: str, region: str | None) -> Authority:
    """The one authority that is the default for this place (region first, then country)."""
    for key in (place_key(country, region), country):
        matches = [a for a in authorities().values() if key in a.default_for]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise DataError(f"several default authorities for {key}")
    raise KeyError(place_key(country, region))


def alternative_authorities(country: str, region: str | None) -> list[Authority]:
    """Other authorities a member in this place may choose: where a regional authority is the
    default (the CAI for Quebec), the country-wide one (the OPC) is an alternative."""
    default = default_authority(country, region)
    if not region or country in default.default_for:
        return []
    return [a for a in authorities().values() if country in a.default_for]


def regime_of_authority(authority: Authority) -> Regime:
    """The regime an authority applies: that of the first place it is the default for."""
    place = authority.default_for[0] if authority.default_for else authority.country
    country, _, region = place.partition("-")
    return regime_for(country, region or None)
