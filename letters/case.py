"""The Case: validated, normalised facts of one member's situation, ready for the documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from letters import i18n
from letters.errors import UserError
from letters.jurisdictions import (
    Authority,
    Regime,
    authorities,
    default_authority,
    regime_for,
    regime_of_authority,
)
from letters.questions import Answers


@dataclass(frozen=True)
class Member:
    name: str
    email: str
    country: str
    region: str | None
    address: tuple[str, ...]
    profile_url: str
    town: str = ""


@dataclass(frozen=True)
class Case:
    member: Member
    language: str
    grounds: tuple[str, ...]
    details: str
    setting_off_date: dt.date | None
    objection_date: dt.date | None
    case_number: str
    reply: str
    reply_date: dt.date | None
    reply_summary: str
    followup_date: dt.date | None
    authority: Authority
    complaint_language: str
    letter_date: dt.date
    evidence: tuple[Path, ...] = ()

    @property
    def objection_regime(self) -> Regime:
        """The regime of the member's place: it decides the objection's legal terms."""
        return regime_for(self.member.country, self.member.region)

    @property
    def complaint_regime(self) -> Regime:
        """The regime the chosen authority applies (the OPC applies PIPEDA even in Quebec)."""
        return regime_of_authority(self.authority)

    @property
    def complaint_ready(self) -> bool:
        return self.objection_date is not None


def _opt_date(answers: Answers, key: str) -> dt.date | None:
    value = answers.get(key)
    return value if isinstance(value, dt.date) else None


def choose_complaint_language(authority: Authority, language: str, requested: str | None) -> str:
    """The requested language if the authority accepts it; else the member's; else the first."""
    accepted = list(authority.languages)
    served = [code for code in accepted if i18n.best_available(code)]
    if requested:
        if requested not in accepted and i18n.best_available(requested) not in accepted:
            raise UserError(
                f"{authority.id} accepts complaints in {', '.join(accepted)}, not {requested}",
                key="complaint.language",
            )
        return requested
    for code in accepted:
        if i18n.best_available(code) == language or code == language:
            return language
    return served[0] if served else accepted[0]


def from_answers(answers: Answers) -> Case:
    country = str(answers["member.country"])
    region_value = answers.get("member.region")
    region = str(region_value) if region_value else None
    language = str(answers["language"])
    authority_id = answers.get("complaint.authority")
    if authority_id:
        authority = authorities()[str(authority_id)]
    else:
        try:
            authority = default_authority(country, region)
        except KeyError:
            raise UserError(f"no authority is known for {country}{'-' + region if region else ''}",
                            key="member.region" if region else "member.country") from None
    requested = answers.get("complaint.language")
    member = Member(
        name=str(answers["member.name"]),
        email=str(answers["member.email"]),
        country=country,
        region=region,
        address=tuple(answers["member.address"]),  # type: ignore[arg-type]
        profile_url=str(answers["member.profile_url"]),
        town=str(answers.get("member.town") or ""),
    )
    return Case(
        member=member,
        language=language,
        grounds=tuple(answers.get("situation.grounds") or ()),  # type: ignore[arg-type]
        details=str(answers.get("situation.details") or ""),
        setting_off_date=_opt_date(answers, "setting.date"),
        objection_date=_opt_date(answers, "objection.date"),
        case_number=str(answers.get("objection.case_number") or ""),
        reply=str(answers.get("objection.reply") or "no_reply"),
        reply_date=_opt_date(answers, "objection.reply_date"),
        reply_summary=str(answers.get("objection.reply_summary") or ""),
        followup_date=_opt_date(answers, "objection.followup_date"),
        authority=authority,
        complaint_language=choose_complaint_language(
            authority, language, str(requested) if requested else None
        ),
        letter_date=_opt_date(answers, "date") or dt.date.today(),
        evidence=tuple(Path(p) for p in answers.get("evidence") or ()),  # type: ignore[attr-defined]
    )
