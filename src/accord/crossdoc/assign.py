"""The incremental cross-document pass: every stored article not yet seen is linked to its
near-duplicates, placed in a story (an existing one or a new one), given a date from its story when it
has none, and its events linked to their canonical events. The state lives in the store's crossdoc_*
tables, so a later ingest continues where the last one stopped.

Joining a story. A near-duplicate joins its original's story. Otherwise the article is compared with
each article already placed whose date is at most MAX_GAP_DAYS from its own, by one score
(accord.crossdoc.similarity): its wording (TF-IDF cosine of words), its named participants (TF-IDF cosine
of gazetteer actors and capitalised names read from the text, accord.crossdoc.participants), a shared main event (same two
sides, same CAMEO root, dates that fit; accord.crossdoc.profile), the days between the two, and whether
the principals named in one headline are missing from the other article. The IDF is over the articles
placed before and in this run, fixed for the run. Each story is weighed by its best comparison, plus
a prior for a story still running (active_bonus: log of its reports in the last ACTIVE_DAYS, at most
ACTIVE_CAP of them, when that best comparison shares some wording and no report of the story is another
instance of the article's headline). The article joins the story whose weight is highest and reaches
similarity.JOIN, among the stories it can join without spanning more than MAX_GAP_DAYS (within_span:
articles further apart are never compared, so no chain of comparisons may put them in one story); none
does: a new story.

The participants and headline keys are kept in the stored term vector beside the words, under a prefix
("@", "^"; accord.crossdoc.participants; "~", "%": the headline's names and frame words,
accord.crossdoc.headline), so a later ingest compares with them without re-reading
older articles. Rows stored before they existed simply have none.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Optional

from accord.crossdoc import headline, merge, participants, profile, similarity, storydates
from accord.crossdoc.neardup import NearDuplicateIndex, Signature, signature
from accord.store import schema as s
from accord.store.repository import Repository

MAX_GAP_DAYS = 30
# A story still running draws its follow-ups: a news desk files the next report of a happening into the
# story it is covering this week. In the placing, a story with n >= 2 reports dated within ACTIVE_DAYS of
# the article adds log(min(n, ACTIVE_CAP)) to its best comparison's score, as a Chinese restaurant
# process prior (Ahmed et al. 2011, "Unified analysis of streaming news", WWW) does with a story's size,
# counted over the recent reports only. A mention in passing weeks later falls outside the week, and the
# prior needs the comparison to share some wording (similarity of at least ACTIVE_MIN_SIMILARITY): two
# articles with nothing in common are not drawn together by a busy story. Hand-set, not fitted (the
# labelled pairs are scored one by one and cannot fit a story-level term); bench/RESULTS.md, section
# "2026-12-07 02:10: stories, a story still running weighs a little more", gives the figures for 3 to 14 days.
ACTIVE_DAYS = 7
ACTIVE_CAP = 3
ACTIVE_MIN_SIMILARITY = 0.1


@dataclass(slots=True)
class Placed:
    """An article already in a story, as the comparisons need it."""
    id: str
    story_id: str
    terms: dict[str, int]
    keys: list[str]
    date: Optional[str]
    published: bool            # `date` is the article's own (not inferred)
    vector: Optional[similarity.Profile] = None   # weighted under this run's IDF, made when first needed


@dataclass(slots=True)
class State:
    placed: list[Placed] = field(default_factory=list)
    index: NearDuplicateIndex = field(default_factory=NearDuplicateIndex)
    df: dict[str, int] = field(default_factory=dict)
    stories: set[str] = field(default_factory=set)
    idf: dict[str, float] = field(default_factory=dict)
    default_idf: float = 1.0
    specific_idf: float = 1.0
    seq: int = 0
    story_seq: int = 0
    # each story's first and last dates: a story spans at most MAX_GAP_DAYS (see choose_story)
    span: dict = field(default_factory=dict)

    def freeze_idf(self, pending_terms: list[dict[str, int]]) -> None:
        """The IDF one run compares with: smoothed, log((1 + n) / (1 + df)) + 1, over the articles placed
        before and those the run places, fixed for the run so that each article's weights are made once."""
        df = dict(self.df)
        for terms in pending_terms:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        n = len(self.placed) + len(pending_terms)
        self.idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
        self.default_idf = math.log(1 + n) + 1
        self.specific_idf = similarity.specific_idf(n)

    def profile(self, terms: dict[str, int]) -> similarity.Profile:
        return similarity.make_profile(terms, self.idf, self.default_idf)

    def vector(self, p: "Placed") -> similarity.Profile:
        if p.vector is None:
            p.vector = self.profile(p.terms)
        return p.vector

    def add(self, p: Placed) -> None:
        self.placed.append(p)
        d = profile.parse_date(p.date)
        if d is not None:
            start, end = self.span.get(p.story_id, (d, d))
            self.span[p.story_id] = (min(start, d), max(end, d))
        for t in p.terms:
            self.df[t] = self.df.get(t, 0) + 1


def load_state(repo: Repository) -> State:
    st = State()
    for row in repo.iter_rows("crossdoc_articles", order_by=[s.crossdoc_articles.c.seq]):
        st.add(Placed(row["article_id"], row["story_id"], json.loads(row["terms"]), json.loads(row["keys"]),
                      row["date"], not row["date_inferred"]))
        if row["minhash"]:
            st.index.add(row["article_id"], Signature.from_hex(row["minhash"], row["shingles"]))
        st.seq = max(st.seq, row["seq"])
    for row in repo.iter_rows("crossdoc_stories"):
        st.story_seq = max(st.story_seq, row["seq"])
        st.stories.add(row["id"])
    return st


def days_apart(a: Optional[str], b: Optional[str]) -> float:
    da, db = profile.parse_date(a), profile.parse_date(b)
    if da is None or db is None:
        return 0.0
    return abs((da - db).days)


def within_span(st: State, story_id: str, date) -> bool:
    """Whether an article of this date may join the story: the story would still span at most
    MAX_GAP_DAYS. Two articles further apart are never compared, so a chain of comparisons must not
    put them in one story either (protests in one city six weeks apart, joined through one between)."""
    if date is None or story_id not in st.span:
        return True
    start, end = st.span[story_id]
    return (max(end, date) - min(start, date)).days <= MAX_GAP_DAYS


def active_bonus(recent: int, best: similarity.Score, other_instance: bool) -> float:
    """The prior for a story still running (see ACTIVE_DAYS): log of its reports within the week, at most
    ACTIVE_CAP; nothing for a story of one recent report, when the best comparison with the story shares
    too little wording, or when a report of the story is another instance of the article's headline
    (the next primary, another storm: similarity.headline's other_instance), which a busy story must not
    draw in."""
    n = min(recent, ACTIVE_CAP)
    if n < 2 or other_instance or best.features()["similarity"] < ACTIVE_MIN_SIMILARITY:
        return 0.0
    return math.log(n)


def choose_story(st: State, terms: dict[str, int], keys: list[str], date: Optional[str],
                 score_model: Optional[dict] = None):
    """(story id, score, reason, closest placed article) or None for a new story. `score_model`: the
    weights of the score (similarity.model() when None)."""
    mine = st.profile(terms)
    mine_date = profile.parse_date(date)
    best: dict[str, tuple[similarity.Score, Placed]] = {}     # story -> its best comparison
    recent: dict[str, int] = {}                              # story -> its reports within ACTIVE_DAYS
    other_instance: dict[str, bool] = {}
    for p in st.placed:
        gap = days_apart(date, p.date)
        if gap > MAX_GAP_DAYS or not within_span(st, p.story_id, mine_date):
            continue
        other_date = profile.parse_date(p.date)
        # the one placed earlier is the earlier report when a date is missing or they tie
        later = mine_date is None or other_date is None or mine_date >= other_date
        shared = bool(keys and p.keys and profile.keys_match(keys, p.keys))
        sc = similarity.score(mine, st.vector(p), gap, later, shared, st.idf, st.specific_idf, score_model)
        if p.story_id not in best or sc.value > best[p.story_id][0].value:
            best[p.story_id] = (sc, p)
        if gap <= ACTIVE_DAYS:
            recent[p.story_id] = recent.get(p.story_id, 0) + 1
        other_instance[p.story_id] = other_instance.get(p.story_id, False) or bool(sc.other_instance)
    chosen = None
    for story_id, (sc, p) in best.items():
        bonus = active_bonus(recent.get(story_id, 0), sc, other_instance[story_id])
        value = sc.value + bonus
        if value >= similarity.JOIN and (chosen is None or value > chosen[0]):
            chosen = (value, bonus, sc, p)
    if chosen is None:
        return None
    value, bonus, sc, p = chosen
    running = f", story running with {recent[p.story_id]} reports this week (+{bonus:.2f})" if bonus else ""
    return p.story_id, value, f"{sc.explain()} with {p.id}{running}", p


def article_terms(art: dict) -> dict[str, int]:
    """What is stored and compared of an article: its words, its participants, its headline's participants,
    its headline's names and frame words (accord.crossdoc.headline)."""
    out = profile.terms(art["text"], art["title"])
    out.update(participants.participants(art["text"], art["title"]))
    out.update(headline.keys(art["title"], art["text"] or ""))
    # In key order: the participants and headline keys come from sets, whose order follows Python's
    # string-hash seed, so that the stored vector (and the order its weights are summed in) is the
    # same from one run to the next.
    return dict(sorted(out.items()))


def update(repo: Repository, score_model: Optional[dict] = None) -> dict[str, int]:
    """Place every stored article not yet seen. Returns counts: articles, stories (new), near_duplicates,
    inferred_dates. `score_model`: the score's weights when not the shipped ones (similarity.model();
    bench/stories_pairs.py --cv places each fold with its own fit)."""
    repo.ensure_crossdoc_tables()
    pending = repo.crossdoc_pending()
    counts = {"articles": 0, "stories": 0, "near_duplicates": 0, "inferred_dates": 0}
    if not pending:
        return counts
    st = load_state(repo)
    seen = {p.id for p in st.placed}
    ids = [a["id"] for a in pending]
    events: dict[str, list[dict]] = {}
    for i in range(0, len(ids), 500):
        for e in repo.iter_rows("events", s.events.c.article_id.in_(ids[i:i + 500])):
            events.setdefault(e["article_id"], []).append(e)
    terms_of = {a["id"]: article_terms(a) for a in pending}
    st.freeze_idf(list(terms_of.values()))
    rows: dict[str, list[dict]] = {"crossdoc_articles": [], "crossdoc_stories": [], "crossdoc_near_duplicates": [],
                                   "crossdoc_event_links": []}
    for art in pending:
        aid = art["id"]
        if aid in seen:        # seen with an older text: forget the old placement in memory too
            st.placed = [p for p in st.placed if p.id != aid]
            st.index.remove(aid)
        evs = sorted(events.get(aid, []), key=lambda e: e["span_start"])
        sig = signature(art["text"])
        dups = [(k, j) for k, j in st.index.match(sig) if k != aid]
        terms = terms_of[aid]
        date, inferred, basis = art["published"], False, None
        keys = profile.main_event_keys(art["text"], date, evs)
        story_id, score, reason, closest = None, None, None, None
        if dups:
            orig = next(p for p in st.placed if p.id == dups[0][0])
            story_id, score, closest = orig.story_id, dups[0][1], orig
            reason = f"near-duplicate of {orig.id} (Jaccard {dups[0][1]:.2f})"
            for other, j in dups:
                rows["crossdoc_near_duplicates"].append({"article_id": aid, "other_id": other, "similarity": round(j, 4)})
            counts["near_duplicates"] += 1
        else:
            found = choose_story(st, terms, keys, date, score_model)
            if found:
                story_id, score, reason, closest = found
        if date is None and closest is not None and closest.date:
            date, inferred = closest.date, True
            basis = f"{'inferred ' if not closest.published else ''}date of {closest.id} in story {story_id}"
            counts["inferred_dates"] += 1
            keys = profile.main_event_keys(art["text"], date, evs)
        if story_id is None:
            story_id = f"story:{aid}"
            reason = "first article of the story"
            if story_id not in st.stories:
                st.story_seq += 1
                st.stories.add(story_id)
                rows["crossdoc_stories"].append({"id": story_id, "title": art["title"], "seq": st.story_seq})
                counts["stories"] += 1
        st.seq += 1
        rows["crossdoc_articles"].append({
            "article_id": aid, "content_hash": art["content_hash"], "story_id": story_id,
            "minhash": sig.to_hex() if sig.size else None, "shingles": sig.size,
            "terms": json.dumps(terms, ensure_ascii=False), "keys": json.dumps(keys, ensure_ascii=False),
            "date": date, "date_inferred": int(inferred), "date_basis": basis,
            "score": None if score is None else round(score, 4), "reason": reason, "seq": st.seq})
        for e in evs:
            edate, einf = e["date"], 0
            if inferred and not e["date"]:
                edate, einf = storydates.event_date(e["sentence"], date, e["status"] == "planned"), 1
            key = merge.canonical_key(e, edate, story_id)
            rows["crossdoc_event_links"].append({
                "event_id": e["id"], "article_id": aid, "canonical_id": merge.canonical_id(key),
                "story_id": story_id, "date": edate, "date_inferred": einf})
        st.add(Placed(aid, story_id, terms, keys, date, not inferred))
        st.index.add(aid, sig)
        counts["articles"] += 1
    repo.save_crossdoc([a["id"] for a in pending if a["id"] in seen], rows)
    return counts
