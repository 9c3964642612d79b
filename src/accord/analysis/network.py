"""Who acts on whom in a period: the most active actors, the busiest dyads, and the actor network
(nodes = actors, directed edges = dyads). Aggregated in SQL, so it runs the same on SQLite and
PostgreSQL and scales with the store.

BY chooses what an actor is: "country" (ISO alpha-3 or CAMEO region, the usual dyad unit) or
"actor" (one resolved actor: Putin and the Russian government are two; actors table).
"""
from __future__ import annotations

from typing import Any, Optional

from sqlalchemy import case, func, or_, select

from accord.analysis.relationship import relationship_index
from accord.store import schema as s
from accord.store.repository import Repository

E = s.events.c
GRAINS = ("country", "actor")


def _keys(by: str):
    if by == "country":
        return E.source_country, E.target_country
    if by == "actor":
        return E.source_actor_id, E.target_actor_id
    raise ValueError(f"by must be one of {', '.join(GRAINS)}, not {by!r}")


def _filters(date_from: Optional[str], date_to: Optional[str], statuses) -> list:
    """Event dates may be partial ("2022", "2022-03"): a bound covers its whole span, so
    date_to="2022-03" keeps every March date and date_from="2022-03-01" drops a bare "2022"."""
    conds = [E.status.in_(list(statuses))]
    if date_from:
        conds.append(E.date >= date_from)
    if date_to:
        conds.append(or_(E.date <= date_to, E.date.like(f"{date_to}%")))
    return conds


def _labels(repo: Repository, by: str, keys: set[str]) -> dict[str, dict[str, Any]]:
    """Name, code and country of each actor key (a country is its own label)."""
    if by == "country" or not keys:
        return {k: {"name": k, "code": k, "country": k} for k in keys}
    a = s.actors.c
    out = {}
    with repo.engine.connect() as conn:
        ks = sorted(keys)
        for i in range(0, len(ks), 500):
            for r in conn.execute(select(a.id, a.name, a.code, a.country).where(a.id.in_(ks[i:i + 500]))).mappings():
                out[r["id"]] = {"name": r["name"] or r["code"], "code": r["code"], "country": r["country"]}
    return out


def dyad_rows(repo: Repository, by: str = "country", date_from: Optional[str] = None,
              date_to: Optional[str] = None, statuses: tuple[str, ...] = ("occurred",)) -> list[dict[str, Any]]:
    """Every directed dyad with events in the period: counts per quad class, Goldstein sum and
    mean, relationship index. Events whose source or target has no key at this grain (a
    non-state actor at the country grain) are left out."""
    src, tgt = _keys(by)
    q = (select(src.label("source"), tgt.label("target"), func.count().label("events"),
                func.sum(E.goldstein).label("goldstein_sum"),
                *(func.sum(case((E.quad_class == n, 1), else_=0)).label(f"q{n}") for n in (1, 2, 3, 4)))
         .where(src.is_not(None), tgt.is_not(None), src != tgt, *_filters(date_from, date_to, statuses))
         .group_by(src, tgt))
    out = []
    with repo.engine.connect() as conn:
        for r in conn.execute(q).mappings():
            n, g = int(r["events"]), float(r["goldstein_sum"] or 0.0)
            idx = relationship_index(g, n)
            out.append({"source": r["source"], "target": r["target"], "events": n,
                        "verbal_coop": int(r["q1"]), "material_coop": int(r["q2"]),
                        "verbal_conflict": int(r["q3"]), "material_conflict": int(r["q4"]),
                        "goldstein_sum": round(g, 2), "goldstein_mean": round(g / n, 3),
                        "relationship_index": round(idx, 3)})
    out.sort(key=lambda d: (-d["events"], d["source"], d["target"]))
    return out


def top_dyads(repo: Repository, by: str = "country", date_from: Optional[str] = None,
              date_to: Optional[str] = None, limit: int = 10,
              statuses: tuple[str, ...] = ("occurred",)) -> list[dict[str, Any]]:
    """The LIMIT directed dyads with the most events, with names for actor keys."""
    rows = dyad_rows(repo, by, date_from, date_to, statuses)[:limit]
    labels = _labels(repo, by, {r["source"] for r in rows} | {r["target"] for r in rows})
    for r in rows:
        r["source_name"] = labels.get(r["source"], {}).get("name")
        r["target_name"] = labels.get(r["target"], {}).get("name")
    return rows


def _nodes(dyads: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for d in dyads:
        for side, key in (("as_source", d["source"]), ("as_target", d["target"])):
            n = nodes.setdefault(key, {"id": key, "events": 0, "as_source": 0, "as_target": 0, "goldstein_sum": 0.0})
            n["events"] += d["events"]
            n[side] += d["events"]
            n["goldstein_sum"] += d["goldstein_sum"]
    return nodes


def top_actors(repo: Repository, by: str = "country", date_from: Optional[str] = None,
               date_to: Optional[str] = None, limit: int = 10,
               statuses: tuple[str, ...] = ("occurred",)) -> list[dict[str, Any]]:
    """The LIMIT actors in the most events (as source or target, counting events between two
    keyed actors): events, as_source, as_target, Goldstein sum, name, code, country."""
    nodes = sorted(_nodes(dyad_rows(repo, by, date_from, date_to, statuses)).values(),
                   key=lambda n: (-n["events"], n["id"]))[:limit]
    labels = _labels(repo, by, {n["id"] for n in nodes})
    for n in nodes:
        n["goldstein_sum"] = round(n["goldstein_sum"], 2)
        n.update(labels.get(n["id"], {}))
    return nodes


def network(repo: Repository, by: str = "country", date_from: Optional[str] = None,
            date_to: Optional[str] = None, min_events: int = 1, max_nodes: Optional[int] = None,
            statuses: tuple[str, ...] = ("occurred",)) -> dict[str, Any]:
    """The actor network of a period: nodes (actors with their event counts) and directed edges
    (dyads with at least MIN_EVENTS events: counts per quad class, Goldstein, relationship
    index). MAX_NODES keeps the busiest actors and the edges among them."""
    edges = [d for d in dyad_rows(repo, by, date_from, date_to, statuses) if d["events"] >= min_events]
    nodes = _nodes(edges)
    if max_nodes is not None and len(nodes) > max_nodes:
        keep = {n["id"] for n in sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))[:max_nodes]}
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
        nodes = _nodes(edges)
    labels = _labels(repo, by, set(nodes))
    out_nodes = []
    for key in sorted(nodes, key=lambda k: (-nodes[k]["events"], k)):
        n = nodes[key]
        n["goldstein_sum"] = round(n["goldstein_sum"], 2)
        n.update(labels.get(key, {}))
        out_nodes.append(n)
    return {"by": by, "date_from": date_from, "date_to": date_to, "statuses": list(statuses),
            "nodes": out_nodes, "edges": edges}
