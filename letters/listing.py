"""`letters authorities`: the authority records as a table or as JSON."""

from __future__ import annotations

import json
import sys

from letters.errors import UserError
from letters.jurisdictions import authorities, covered_countries


def list_authorities(country: str | None, *, as_json: bool) -> int:
    records = sorted(authorities().values(), key=lambda a: (a.country, a.region, a.id))
    if country:
        code = country.strip().upper()
        if code not in covered_countries():
            raise UserError(
                f"{country!r} is not a covered country; covered: {' '.join(covered_countries())}"
            )
        records = [a for a in records if a.country == code]
    if as_json:
        json.dump([a.as_json() for a in records], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for a in records:
        place = a.country + (f"-{a.region}" if a.region else "")
        print(f"{a.id}  [{place}]  {a.name.get('en', '')}")
        local = a.name_in(a.languages[0])
        if local != a.name.get("en"):
            print(f"    {local}")
        print(f"    languages: {', '.join(a.languages)}   channel: {a.channel}   "
              f"verified: {a.verified.isoformat()}")
        if a.webform:
            print(f"    form:    {a.webform}")
        if a.email:
            print(f"    e-mail:  {a.email}")
        print(f"    address: {', '.join(a.address)}")
        for fieldname, what in a.unconfirmed.items():
            print(f"    UNCONFIRMED {fieldname}: {what}")
        print()
    print(f"{len(records)} authorities")
    return 0
