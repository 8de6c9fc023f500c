"""Every question the tool asks, declared once.

The wizard asks them in this order and the answers-file reader checks a file against the same
declarations, so an answers file can replay any interactive run. Messages are English msgids
marked with ``N_``; they are translated when shown.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from letters import i18n, validate
from letters.jurisdictions import (
    alternative_authorities,
    authorities,
    covered_countries,
    default_authority,
    regional_countries,
)

Answers = dict[str, object]
Kind = Literal["text", "select", "checkbox", "confirm", "date", "address"]

# LinkedIn's privacy policy first announced AI training on member data on 18 September 2024;
# no setting, objection or reply about it can be older.
CHANGE_DATE = dt.date(2024, 9, 18)


def N_(message: str) -> str:
    """Marks a string for extraction; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Ground:
    key: str
    label: str
    sentence: str


GROUNDS: tuple[Ground, ...] = (
    Ground(
        "job_seeker",
        N_("I am looking for work"),
        N_("I am looking for work. I gave LinkedIn my profile, CV and screening answers for "
           "recruiters, not to train models that write for others."),
    ),
    Ground(
        "creative",
        N_("My posts and articles are my own creative or professional work"),
        N_("My posts and articles are my own professional work. Models trained on them can "
           "imitate my voice and reuse my work without credit or payment."),
    ),
    Ground(
        "safety",
        N_("My safety depends on limiting who sees my data"),
        N_("My safety depends on limiting how far my personal data spread. Once absorbed into "
           "AI models, they can resurface anywhere, beyond my control."),
    ),
    Ground(
        "confidential",
        N_("I work under a duty of professional confidentiality"),
        N_("I work under a duty of professional confidentiality. What I write about my field "
           "must not be reused out of context in generated content."),
    ),
    Ground(
        "sensitive",
        N_("My profile or activity reveals sensitive matters"),
        N_("My profile and activity reveal, or allow inferences about, sensitive matters such as "
           "my health, beliefs or trade union membership."),
    ),
    Ground(
        "old_content",
        N_("I shared content long before generative AI existed"),
        N_("Much of what I shared predates generative AI. I could not have expected this use "
           "and never agreed to it."),
    ),
)
GROUND_KEYS = tuple(g.key for g in GROUNDS)

REPLIES: tuple[tuple[str, str], ...] = (
    ("no_reply", N_("No answer yet")),
    ("automated", N_("Only a generic or automated answer")),
    ("refused", N_("LinkedIn refused my objection")),
    ("partial", N_("LinkedIn answered but did not do all I asked")),
)


@dataclass(frozen=True)
class Context:
    """What a parser may need besides the answers: today's date."""

    today: dt.date


Parser = Callable[[object, Answers, Context], object]
Choices = Callable[[Answers, str], list[tuple[str, str]]]


def _always(_: Answers) -> bool:
    return True


@dataclass(frozen=True)
class Question:
    key: str
    kind: Kind
    message: str
    parse: Parser
    help: str = ""
    required: bool = True
    default: Callable[[Answers, Context], object] | None = None
    choices: Choices | None = None
    when: Callable[[Answers], bool] = _always
    asked: Callable[[Answers], bool] = field(default=_always)


def _text(kind: str, limit: int = validate.LIMITS["short"], *, required: bool = True) -> Parser:
    def parse(value: object, _a: Answers, _c: Context) -> object:
        if not isinstance(value, str):
            raise ValueError("must be text")
        if kind == "line":
            return validate.clean_line(value, limit=limit, required=required)
        return validate.clean_paragraph(value, limit=limit)

    return parse


def _with(clean: Callable[[str], str]) -> Parser:
    def parse(value: object, _a: Answers, _c: Context) -> object:
        if not isinstance(value, str):
            raise ValueError("must be text")
        return clean(value)

    return parse


def _address(value: object, _a: Answers, _c: Context) -> object:
    if not isinstance(value, str | list):
        raise ValueError("must be text or a list of lines")
    return validate.clean_address(value)


def _optional(parse: Parser) -> Parser:
    """An optional answer: empty text (from the wizard) means no answer."""

    def optional(value: object, answers: Answers, ctx: Context) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return parse(value, answers, ctx)

    return optional


def _bool(value: object, _a: Answers, _c: Context) -> object:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _one_of(choices: Choices) -> Parser:
    def parse(value: object, answers: Answers, _c: Context) -> object:
        allowed = [v for v, _label in choices(answers, "en")]
        if not isinstance(value, str) or value not in allowed:
            shown = ", ".join(allowed) if len(allowed) <= 20 else ", ".join(allowed[:20]) + ", …"
            raise ValueError(f"must be one of: {shown}")
        return value

    return parse


def _date_after(bound_key: str | None, what: str) -> Parser:
    def parse(value: object, answers: Answers, ctx: Context) -> object:
        bound = answers.get(bound_key) if bound_key else None
        if isinstance(bound, dt.date):
            return validate.clean_date(value, today=ctx.today, not_before=bound, not_before_what=what)
        return validate.clean_date(
            value, today=ctx.today, not_before=CHANGE_DATE,
            not_before_what="LinkedIn announced AI training on member data",
        )

    return parse


def _language(value: object, _a: Answers, _c: Context) -> object:
    if not isinstance(value, str):
        raise ValueError("must be a language code such as en, de or fr")
    code = i18n.normalise_language(value)
    served = i18n.best_available(code)
    if served is None:
        raise ValueError(
            f"{value!r} has no translation yet; available: {', '.join(i18n.available_languages())}"
        )
    return served


def language_choices(_a: Answers, lang: str) -> list[tuple[str, str]]:
    return [(code, i18n.language_name(code, code)) for code in i18n.available_languages()]


def country_choices(_a: Answers, lang: str) -> list[tuple[str, str]]:
    pairs = [(cc, i18n.country_name(cc, lang)) for cc in covered_countries()]
    return sorted(pairs, key=lambda p: p[1])


def region_choices(answers: Answers, lang: str) -> list[tuple[str, str]]:
    country = str(answers.get("member.country", ""))
    regional = regional_countries().get(country)
    if not regional:
        return []
    base = lang.split("_")[0]
    out = []
    for code, region in regional.regions.items():
        out.append((code, region.names.get(base) or region.names.get("en") or code))
    return sorted(out, key=lambda p: p[1])


def _has_regions(answers: Answers) -> bool:
    return str(answers.get("member.country", "")) in regional_countries()


def _no_region(answers: Answers, _c: Context) -> object:
    """Without a region: fine where the country has a country-wide authority (Canada outside
    Quebec), missing where it has none (Germany: each Land has its own)."""
    regional = regional_countries()[str(answers["member.country"])]
    if regional.required:
        raise ValueError(f"is missing: {regional.why}")
    return None


def ground_choices(_a: Answers, lang: str) -> list[tuple[str, str]]:
    gettext = i18n.translations(lang).gettext
    return [(g.key, gettext(g.label)) for g in GROUNDS]


def _grounds(value: object, _a: Answers, _c: Context) -> object:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"must be a list of: {', '.join(GROUND_KEYS)}")
    unknown = [v for v in value if v not in GROUND_KEYS]
    if unknown:
        raise ValueError(f"unknown ground {unknown[0]!r}; choose from: {', '.join(GROUND_KEYS)}")
    return [k for k in GROUND_KEYS if k in value]


def _details(value: object, answers: Answers, ctx: Context) -> object:
    text = _text("paragraph", validate.LIMITS["details"])(value, answers, ctx)
    if not text and not answers.get("situation.grounds"):
        raise ValueError(
            "an objection needs grounds relating to your particular situation: choose at least "
            "one ground or describe your situation here"
        )
    return text


def reply_choices(_a: Answers, lang: str) -> list[tuple[str, str]]:
    gettext = i18n.translations(lang).gettext
    return [(key, gettext(label)) for key, label in REPLIES]


def authority_choices(answers: Answers, lang: str) -> list[tuple[str, str]]:
    country = str(answers.get("member.country", ""))
    region = answers.get("member.region")
    try:
        default = default_authority(country, str(region) if region else None)
    except KeyError:
        return [(a.id, a.name_in(lang)) for a in authorities().values()]
    options = [default, *alternative_authorities(country, str(region) if region else None)]
    return [(a.id, a.name_in(lang)) for a in options]


def _authority(value: object, _a: Answers, _c: Context) -> object:
    if not isinstance(value, str) or value not in authorities():
        raise ValueError("is not a known authority id; `letters authorities` lists them")
    return value


def _has_alternatives(answers: Answers) -> bool:
    return len(authority_choices(answers, "en")) > 1


def _complaint_language(value: object, answers: Answers, ctx: Context) -> object:
    return _language(value, answers, ctx)


EVIDENCE_SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf", ".eml", ".txt")
EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
EVIDENCE_MAX_FILES = 10


def _evidence(value: object, _a: Answers, _c: Context) -> object:
    """Evidence files: existing regular files of the accepted kinds, each at most 10 MB."""
    if isinstance(value, str):
        items = [part.strip() for part in value.split(",") if part.strip()]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [v.strip() for v in value if v.strip()]
    else:
        raise ValueError("must be a list of file paths")
    if len(items) > EVIDENCE_MAX_FILES:
        raise ValueError(f"names {len(items)} files; at most {EVIDENCE_MAX_FILES} are allowed")
    paths: list[str] = []
    for item in items:
        path = Path(validate.clean_line(item, limit=4096)).expanduser()
        if path.suffix.lower() not in EVIDENCE_SUFFIXES:
            raise ValueError(f"{item}: only {', '.join(EVIDENCE_SUFFIXES)} files can be enclosed")
        try:
            info = path.stat()
        except OSError:
            raise ValueError(f"{item}: no such file") from None
        if not path.is_file():
            raise ValueError(f"{item}: is not a regular file")
        if info.st_size > EVIDENCE_MAX_BYTES:
            raise ValueError(f"{item}: is larger than 10 MB")
        if not os.access(path, os.R_OK):
            raise ValueError(f"{item}: cannot be read")
        resolved = str(path.resolve())
        if resolved not in paths:
            paths.append(resolved)
    return paths


def _sent(answers: Answers) -> bool:
    return answers.get("objection.sent") is True


def _replied(answers: Answers) -> bool:
    return _sent(answers) and answers.get("objection.reply") not in (None, "no_reply")


def _today(_a: Answers, ctx: Context) -> object:
    return ctx.today


QUESTIONS: tuple[Question, ...] = (
    Question("language", "select", N_("Your language"), _language, choices=language_choices,
             help=N_("The language of these questions, the objection and your reading copy.")),
    Question("member.country", "select", N_("Where do you live?"),
             _one_of(country_choices), choices=country_choices,
             help=N_("Your country decides which law applies and which authority handles your complaint.")),
    Question("member.region", "select", N_("Which region?"), _one_of(region_choices),
             choices=region_choices, when=_has_regions, required=False, default=_no_region,
             help=N_("In Germany each Land has its own authority; in Canada, Quebec has its own law.")),
    Question("member.name", "text", N_("Your full name, as on your LinkedIn profile"),
             _text("line", validate.LIMITS["name"])),
    Question("member.email", "text", N_("The e-mail address of your LinkedIn account"),
             _with(validate.clean_email),
             help=N_("LinkedIn uses it to find your account. It is checked here, offline.")),
    Question("member.address", "address", N_("Your postal address (separate lines with commas)"),
             _address,
             help=N_("The authority needs it to answer you by post. "
                     "Example: 12 Main Street, Dublin 2, Ireland")),
    Question("member.town", "text", N_("Your town or city, for the date line of the letter (optional)"),
             _text("line", validate.LIMITS["short"], required=False), required=False,
             default=lambda _a, _c: ""),
    Question("member.profile_url", "text", N_("The address of your LinkedIn profile"),
             _with(validate.clean_profile_url),
             help=N_("Open your profile and copy the address, e.g. https://www.linkedin.com/in/your-name")),
    Question("situation.grounds", "checkbox", N_("Why does this training harm you? (choose any)"),
             _grounds, choices=ground_choices, required=False, default=lambda _a, _c: [],
             help=N_("An objection needs grounds relating to your particular situation.")),
    Question("situation.details", "text",
             N_("In your own words, anything else about your situation (optional)"),
             _details, required=False, default=lambda _a, _c: "",
             help=N_("At most 600 characters. It goes into the objection and the complaint.")),
    Question("setting.switched_off", "confirm",
             N_("Have you switched off \"Data for Generative AI Improvement\" in your settings?"),
             _bool, default=lambda _a, _c: False,
             help=N_("Settings > Data privacy > Data for Generative AI Improvement")),
    Question("setting.date", "date", N_("When did you switch it off? (YYYY-MM-DD)"),
             _date_after(None, ""), when=lambda a: a.get("setting.switched_off") is True),
    Question("objection.sent", "confirm", N_("Have you already sent LinkedIn an objection?"),
             _bool, default=lambda _a, _c: False,
             help=N_("A complaint to the authority is written only after you have objected to LinkedIn.")),
    Question("objection.date", "date", N_("When did you send it? (YYYY-MM-DD)"),
             _date_after(None, ""), when=_sent),
    Question("objection.case_number", "text", N_("LinkedIn's case number, if you have one (optional)"),
             _text("line", validate.LIMITS["case_number"], required=False), required=False,
             default=lambda _a, _c: "", when=_sent),
    Question("objection.reply", "select", N_("What did LinkedIn answer?"), _one_of(reply_choices),
             choices=reply_choices, when=_sent),
    Question("objection.reply_date", "date", N_("When did LinkedIn answer? (YYYY-MM-DD)"),
             _date_after("objection.date", "the date you sent your objection"), when=_replied),
    Question("objection.reply_summary", "text", N_("What did LinkedIn say, in a sentence or two? (optional)"),
             _text("paragraph", validate.LIMITS["reply_summary"]), required=False,
             default=lambda _a, _c: "", when=_replied),
    Question("objection.followup_date", "date",
             N_("When did you last follow up with LinkedIn or complain to it about its answer? "
                "(YYYY-MM-DD; optional)"),
             _optional(_date_after("objection.date", "the date you sent your objection")),
             required=False, default=lambda _a, _c: None, when=_sent,
             help=N_("Several authorities, the ICO among them, expect you to follow up with the "
                     "company before you complain.")),
    Question("evidence", "text",
             N_("Files to enclose as evidence, e.g. screenshots or LinkedIn's answer "
                "(paths separated by commas; optional)"),
             _evidence, required=False, default=lambda _a, _c: [], when=_sent,
             help=N_("PNG or JPEG images become pages of the PDF; PDF, EML and text files "
                     "are attached to it. Only these files are read.")),
    Question("complaint.authority", "select", N_("Which authority should receive your complaint?"),
             _authority, choices=authority_choices, required=False, when=_sent,
             asked=_has_alternatives,
             help=N_("Quebec residents can complain to the CAI (Quebec law) or to the federal "
                     "Privacy Commissioner (PIPEDA).")),
    Question("complaint.language", "select", N_("Language of the complaint"), _complaint_language,
             required=False, when=_sent, asked=lambda _a: False),
    Question("date", "date", N_("Date of the letters (YYYY-MM-DD)"),
             lambda v, _a, c: validate.clean_date(v, today=c.today), required=False,
             default=_today, asked=lambda _a: False),
)

BY_KEY = {q.key: q for q in QUESTIONS}
