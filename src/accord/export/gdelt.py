"""Events as rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT 2.0's order,
no header line (as GDELT's own export files), one row per event that occurred. Accord has no tone,
geography, ethnicity or religion: those columns are empty. docs/exports.md maps every column.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

# The GDELT 2.0 event table, in order (GDELT Event Codebook V2.0).
GDELT_COLUMNS: list[str] = (
    ["GLOBALEVENTID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GDELT_COLUMNS) == 61


@lru_cache(maxsize=1)
def actor_code_kinds() -> dict[str, set[str]]:
    """CAMEO 3-letter actor codes -> {"type", "knowngroup"} (data/gdelt_actor_codes.tsv)."""
    out: dict[str, set[str]] = {}
    text = resources.files("accord.export").joinpath("data/gdelt_actor_codes.tsv").read_text(encoding="utf-8")
    for row in csv.DictReader((l for l in text.splitlines() if not l.startswith("#")), delimiter="\t"):
        out.setdefault(row["code"], set()).add(row["kind"])
    return out


def split_actor_code(code: Optional[str], country: Optional[str]) -> dict[str, Any]:
    """A CAMEO actor code in 3-letter parts, as GDELT splits it: the country first (when the code
    starts with it), then a known group (UNO, AMN, ...) and up to three types (GOV, MIL, IGO, ...)."""
    parts = [code[i:i + 3] for i in range(0, len(code or ""), 3)]
    kinds = actor_code_kinds()
    if parts and country and parts[0] == country:
        parts = parts[1:]
    known, types = "", []
    for i, p in enumerate(parts):
        k = kinds.get(p, set())
        # After IGO/NGO/... a code that names a group is that group (IGOUNO: the UN, not a type).
        after_org = i > 0 and parts[i - 1] in ("IGO", "NGO", "IMG", "MNC", "NGM")
        if "knowngroup" in k and not known and (after_org or "type" not in k):
            known = p
        elif "type" in k:
            types.append(p)
    types += [""] * 3
    return {"KnownGroupCode": known, "Type1Code": types[0], "Type2Code": types[1], "Type3Code": types[2]}


def global_event_id(event_id: str) -> int:
    """GDELT's id is an integer: a stable 60-bit hash of Accord's event id (the same event gets
    the same id in every export; the PLOVER export keeps Accord's own id)."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _date_fields(date: Optional[str]) -> list[str]:
    if not date:
        return ["", "", "", ""]
    year = date[:4]
    month = date[:7].replace("-", "") if len(date) >= 7 else ""
    if len(date) < 10:
        return ["", month, year, ""]
    d = dt.date.fromisoformat(date)
    frac = d.year + (d.timetuple().tm_yday - 1) / 365.0      # YYYY.FFFF: share of the year gone by
    return [d.strftime("%Y%m%d"), month, year, f"{frac:.4f}"]


def _actor_fields(ev: dict, prefix: str) -> list[str]:
    code, country = ev[f"{prefix}_code"], ev[f"{prefix}_country"]
    name = ev[f"{prefix}_name"] or ev[f"{prefix}_text"] or ""
    parts = split_actor_code(code, country)
    return [code or "", name.upper(), country or "", parts["KnownGroupCode"], "", "", "",
            parts["Type1Code"], parts["Type2Code"], parts["Type3Code"]]


def _fmt(x: float) -> str:
    return f"{x:g}"


def gdelt_row(ev: dict, article: dict, copies: list[dict]) -> list[str]:
    """One event (an events row) as the 61 GDELT 2.0 fields. ARTICLE is its articles row;
    COPIES the article_duplicates rows of that article (the same report elsewhere)."""
    text = article.get("text") or ""
    first_par_end = text.find("\n") if "\n" in text else len(text)
    outlets = {o for o in [article.get("outlet")] + [c.get("outlet") for c in copies] if o}
    n_articles = 1 + len(copies)
    added = (article.get("ingested_at") or "")[:19]
    dateadded = added.replace("-", "").replace("T", "").replace(":", "") if added else ""
    row = ([str(global_event_id(ev["id"]))] + _date_fields(ev["date"])
           + _actor_fields(ev, "source") + _actor_fields(ev, "target")
           + ["1" if ev["span_start"] < first_par_end else "0", ev["cameo"], ev["cameo"][:3], ev["root"],
              str(ev["quad_class"]), _fmt(ev["goldstein"]), str(n_articles), str(max(1, len(outlets))),
              str(n_articles), ""]
           + [""] * (3 * len(_GEO))
           + [dateadded, article.get("url") or article.get("path") or ""])
    # A tab or newline inside a field would break the columns.
    return [f.replace("\t", " ").replace("\n", " ").replace("\r", " ") for f in row]
