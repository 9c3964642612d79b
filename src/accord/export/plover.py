"""Events as PLOVER-style JSON records: the field names of the PLOVER data standard (Open Event
Data Alliance; see ../shared/ontology/plover/PLOVER_README.md and the PLOVER gold-standard
records) -- "id", "date", "event", "source"/"target" as lists of {"actorText", "code", "sector"},
"text", "language", "publication" -- plus Accord's own provenance and CAMEO fields."""
from __future__ import annotations

from typing import Any, Optional

from accord.export.gdelt import split_actor_code


def plover_actor(ev: dict, prefix: str) -> Optional[list[dict[str, Any]]]:
    text, code, country = ev[f"{prefix}_text"], ev[f"{prefix}_code"], ev[f"{prefix}_country"]
    if not (text or code):
        return None
    parts = split_actor_code(code, country)
    actor: dict[str, Any] = {"actorText": text, "code": country or (code or "")[:3] or None}
    sector = parts["Type1Code"] or parts["KnownGroupCode"]
    if sector:
        actor["sector"] = sector
    actor.update({"name": ev[f"{prefix}_name"], "cameoCode": code, "role": ev[f"{prefix}_role"]})
    return [actor]


def plover_record(ev: dict, article: dict, coder: str, version: str) -> dict[str, Any]:
    return {
        "id": ev["id"], "date": ev["date"], "event": ev["plover"],
        "source": plover_actor(ev, "source"), "target": plover_actor(ev, "target"),
        "text": ev["sentence"],
        "textInfo": {"articleId": ev["article_id"], "span": [ev["span_start"], ev["span_end"]]},
        "language": article.get("language"), "publication": article.get("outlet"),
        "publicationDate": article.get("published"), "url": article.get("url"),
        "status": ev["status"],
        "cameo": {"code": ev["cameo"], "root": ev["root"], "quadClass": ev["quad_class"],
                  "goldstein": ev["goldstein"]},
        "coder": coder, "version": version, "dateCoded": (article.get("ingested_at") or "")[:10] or None,
    }
