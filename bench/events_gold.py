#!/usr/bin/env python3
"""Event-level evaluation of Accord's pipeline on two gold sets of single sentences.

PETR2: PETRARCH-2's validation records (78 AFP and test sentences, gold CAMEO codes and actor codes),
scored at CAMEO root level and at full code depth. PLOVER: the PLOVER gold-standard dev half (161 sentences,
PLOVER types renamed to current names). A gold event is found when a predicted event of the same sentence
has the same source and target (compared by country, see scoring.actor_key) and the same type.

    .venv/bin/python bench/events_gold.py [--shared DIR] [--json] [--errors N]

Needs accord.pipeline.Pipeline; exits with status 2 and a message on stderr when it cannot be imported.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from itertools import product
from pathlib import Path
from typing import Any, Callable, Optional

from scoring import GoldEvent, PredictedEvent, actor_key, event_matches, event_scores, keys_match, predicted_key

ROOT = Path(__file__).resolve().parent.parent
PETR2_FILE = "benchmarks/events/PETR2_GSR_validation.xml"
PLOVER_FILE = "benchmarks/events/PLOVER_GSR_dev.json"

# PLOVER v0.5b1 names in the gold records -> current names (PLOVER README; CAMEO2PLOVER-2021.txt maps
# CAMEO 09 "investigate" to ACCUSE with mode "investigate").
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


@dataclass
class GoldSentence:
    id: str
    text: str
    published: Optional[str]                     # YYYY-MM-DD, None when the record's date is malformed
    events: list[GoldEvent] = field(default_factory=list)
    noevents: bool = False                       # PETR2's noevents="True": the coders found no event


# --- loading -------------------------------------------------------------------------------------------

def iso_date(raw: Any) -> str | None:
    """YYYYMMDD or YYYY-MM-DD as YYYY-MM-DD when it is a calendar date, else None."""
    digits = str(raw or "").replace("-", "")
    if not re.fullmatch(r"\d{8}", digits):
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        return None


# The file is not well-formed XML (free-text header, <Sentence> tags both self-closed and not), so it is
# read with patterns: a record runs from one <Sentence ...> to the next.
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def petr2_text(raw: str) -> str:
    """One line, with the PTB-style quote pairs (`` and '') of the AFP records turned back into "."""
    text = " ".join(raw.split())
    return re.sub(r"\s*``\s*", ' "', text).replace("''", '"').strip()


def text_from_parse(conllu: str) -> str:
    """The sentence a CoNLL-U parse was made from: FORM column, spaces as its SpaceAfter=No marks say."""
    out = []
    for line in conllu.strip().splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].isdigit():
            out.append(cols[1] + ("" if len(cols) > 9 and "SpaceAfter=No" in cols[9] else " "))
    return re.sub(r" ([.,;:!?])(?= |$)", r"\1", "".join(out).strip())


def load_petr2(path: Path) -> tuple[list[GoldSentence], list[str]]:
    """Gold sentences and a note for each malformed part (bad date, coding without codes, no text)."""
    sentences, problems = [], []
    for head, body in _SENTENCE.findall(path.read_text(encoding="utf-8")):
        attrs = dict(_ATTR.findall(head))
        sid = attrs.get("id", f"record{len(sentences) + 1}")
        if attrs.get("evaluate", "true").lower() == "false":
            continue
        text = _TEXT.search(body)
        text = text.group(1).strip() if text else ""
        if not text and (parse := _PARSE.search(body)):
            text = text_from_parse(parse.group(1))
            problems.append(f"{sid}: empty <Text>; text rebuilt from its <Parse>")
        if not text:
            problems.append(f"{sid}: no text; skipped")
            continue
        published = iso_date(attrs.get("date"))
        if published is None:
            problems.append(f"{sid}: malformed date {attrs.get('date')!r}; sent without a date")
        sentence = GoldSentence(sid, petr2_text(text), published)
        for coding in _CODING.findall(body):
            c = dict(_ATTR.findall(coding))
            if c.get("noevents", "").lower() == "true":
                sentence.noevents = True
                continue
            if not c.get("eventcode") or "sourcecode" not in c or "targetcode" not in c:
                problems.append(f"{sid}: incomplete <EventCoding {coding.strip()}>; ignored")
                continue
            event = GoldEvent(actor_key(c["sourcecode"]), actor_key(c["targetcode"]), c["eventcode"])
            if event not in sentence.events:
                sentence.events.append(event)
        sentences.append(sentence)
    return sentences, problems


def _plover_actor_keys(value: Any) -> list[Optional[str]]:
    """Keys of a PLOVER source/target list; [None] (any actor) when the record leaves it empty."""
    keys = [actor_key(a.get("code")) for a in value if isinstance(a, dict)] if isinstance(value, list) else []
    return [k for k in keys if k] or [None]


def load_plover(path: Path) -> tuple[list[GoldSentence], list[str]]:
    """Gold sentences (records with the same text are one sentence) with source x target pairs expanded."""
    by_text: dict[str, GoldSentence] = {}
    problems = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        rid, kind = record.get("id", "?"), record.get("event")
        if kind == "DOCUMENT":
            continue
        text = (record.get("text") or "").strip()
        if not text or not kind:
            problems.append(f"{rid}: no text or no event type; skipped")
            continue
        sentence = by_text.get(text)
        if sentence is None:
            sentence = by_text[text] = GoldSentence(rid, text, iso_date(record.get("date")))
        kind = PLOVER_RENAMES.get(kind, kind)
        for source, target in product(_plover_actor_keys(record.get("source")),
                                      _plover_actor_keys(record.get("target"))):
            event = GoldEvent(source, target, kind)
            if event not in sentence.events:
                sentence.events.append(event)
    return list(by_text.values()), problems


# --- running the system ----------------------------------------------------------------------------------

def _actor_key(actor: Any) -> str | None:
    return predicted_key(actor.country, actor.code) if actor is not None else None


def to_predicted(event: Any) -> PredictedEvent:
    """The comparable part of an accord.model.Event."""
    return PredictedEvent(_actor_key(event.source), _actor_key(event.target), event.cameo or "",
                          event.root or (event.cameo or "")[:2], event.plover,
                          event.source.code if event.source is not None else None,
                          event.target.code if event.target is not None else None)


def run_system(system: Any, sentences: list[GoldSentence], source: str, mentions: list | None = None
               ) -> tuple[list[list[PredictedEvent]], float, list[str]]:
    """Predicted events per sentence, seconds spent in system.process, and a note per failed sentence.
    A sentence the system fails on counts as one with no predictions. When `mentions` is a list, the actor
    keys the system found in each sentence are appended to it (for --causes)."""
    from accord.model import RawArticle

    predictions, failures = [], []
    seen: dict = {}
    if mentions is not None and hasattr(system, "coder"):
        coder_code = system.coder.code

        def spy(doc, found, *places):        # the actor mentions the coder was given, for the miss analysis
            seen["keys"] = {_actor_key(m.actor) for m in found}
            seen["lemmas"] = {t.lemma_.lower() for t in doc}
            return coder_code(doc, found, *places)
        system.coder.code = spy
    start = time.perf_counter()
    for s in sentences:
        seen.clear()
        raw = RawArticle(id=s.id, path=f"{source}#{s.id}", text=s.text, published=s.published)
        try:
            article = system.process(raw)
        except Exception as err:  # one failing sentence must not end the evaluation; it is reported
            failures.append(f"{s.id}: {type(err).__name__}: {err}")
            predictions.append([])
            continue
        if getattr(article, "error", None):
            failures.append(f"{s.id}: {article.error}")
        predictions.append([to_predicted(e) for e in article.events])
        if mentions is not None:
            mentions.append((set(seen.get("keys", ())), set(seen.get("lemmas", ()))))
    if mentions is not None and hasattr(system, "coder"):
        system.coder.code = coder_code
    return predictions, time.perf_counter() - start, failures


def miss_causes(sentences: list[GoldSentence], predictions: list[list[PredictedEvent]], found: list,
                level: str) -> dict[str, list[str]]:
    """Each missed gold event by cause: 'actor not found' (the resolver gave no mention with the gold source
    or target key), 'code mismatch' (an event between the right actors with another type), 'verb not in
    table' (no word of the sentence is in the verb or noun tables), else 'argument structure'."""
    from accord.events.nouns import noun_table
    from accord.events.patterns import verb_table
    table, nouns = verb_table(), noun_table()
    causes: dict[str, list[str]] = {}
    for s, preds, (keys, lemmas) in zip(sentences, predictions, found):
        for g in s.events:
            if any(event_matches(g, p, level) for p in preds):
                continue
            if not any(keys_match(g.source, k) for k in keys) or not any(keys_match(g.target, k) for k in keys):
                cause = "actor not found"
            elif any(keys_match(g.source, p.source) and keys_match(g.target, p.target) for p in preds):
                cause = "code mismatch"
            elif not any(l in table or l in nouns for l in lemmas):
                cause = "verb not in table"
            else:
                cause = "argument structure"
            causes.setdefault(cause, []).append(f"{s.id}: {_show(g, '*')} | {s.text}")
    return causes


# --- evaluation ------------------------------------------------------------------------------------------

SETS: list[tuple[str, str, Callable[[Path], tuple[list[GoldSentence], list[str]]], tuple[str, ...]]] = [
    ("PETR2", PETR2_FILE, load_petr2, ("root", "code")),
    ("PLOVER", PLOVER_FILE, load_plover, ("plover",)),
]
LEVEL_NAMES = {"root": "CAMEO root", "code": "full CAMEO code", "plover": "PLOVER type"}


def evaluate_set(name: str, sentences: list[GoldSentence], predictions: list[list[PredictedEvent]],
                 seconds: float, levels: tuple[str, ...]) -> list[dict]:
    rows = []
    for level in levels:
        scores = event_scores([(s.events, p) for s, p in zip(sentences, predictions)], level)
        rows.append({"set": name, "level": level, "sentences": len(sentences), **scores,
                     "noevents_sentences": sum(1 for s in sentences if s.noevents),
                     "noevents_sentences_with_prediction": sum(1 for s, p in zip(sentences, predictions)
                                                               if s.noevents and p),
                     "sentences_per_s": len(sentences) / seconds if seconds > 0 else None})
    return rows


def _show(event: GoldEvent | PredictedEvent, wildcard: str) -> str:
    def key(k: str | None) -> str:
        return k if k else wildcard
    kind = event.code if isinstance(event, GoldEvent) else f"{event.cameo} {event.plover or ''}".strip()
    return f"{key(event.source)}->{key(event.target)} {kind}"


def error_examples(name: str, sentences: list[GoldSentence], predictions: list[list[PredictedEvent]],
                   level: str, n: int) -> list[str]:
    """Up to n false positives and n misses, each with its sentence."""
    false_pos, misses = [], []
    for s, preds in zip(sentences, predictions):
        gold_txt = "; ".join(_show(g, "*") for g in s.events) or "none"
        pred_txt = "; ".join(_show(p, "-") for p in preds) or "none"
        for p in preds:
            if not any(event_matches(g, p, level) for g in s.events):
                false_pos.append(f"FP   {name} {s.id}: predicted {_show(p, '-')} | gold {gold_txt}\n     {s.text}")
        for g in s.events:
            if not any(event_matches(g, p, level) for p in preds):
                misses.append(f"MISS {name} {s.id}: gold {_show(g, '*')} | predicted {pred_txt}\n     {s.text}")
    return false_pos[:n] + misses[:n]


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def print_table(rows: list[dict], setup: float) -> None:
    print(f"Event coding on gold sentences (accord.pipeline.Pipeline; set-up {setup:.1f} s)")
    print(f"{'set':<7} {'level':<16} {'sent.':>5} {'gold':>5} {'pred.':>5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'sent/s':>7} {'failed':>6}")
    for r in rows:
        print(f"{r['set']:<7} {LEVEL_NAMES[r['level']]:<16} {r['sentences']:>5} {r['gold_events']:>5} "
              f"{r['predicted_events']:>5} {_fmt(r['precision']):>6} {_fmt(r['recall']):>6} {_fmt(r['f1']):>6} "
              f"{r['sentences_per_s'] or 0:>7.1f} {r['failures']:>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder (default: ../shared beside the project root)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N false positives and N misses per set, with their sentences")
    parser.add_argument("--causes", action="store_true",
                        help="group every missed gold event by cause (actor not found, verb not in table, "
                             "argument structure, code mismatch) and list them")
    args = parser.parse_args(argv)

    gold = []
    for name, rel, loader, levels in SETS:
        path = args.shared / rel
        if not path.is_file():
            print(f"events_gold: {path} not found (is --shared right?)", file=sys.stderr)
            return 2
        gold.append((name, path, *loader(path), levels))
    start = time.perf_counter()
    try:
        from accord.pipeline import Pipeline
        pipe = Pipeline()
    except Exception as err:  # the pipeline is missing or cannot be built: nothing to measure
        print(f"events_gold: cannot build accord.pipeline.Pipeline: {type(err).__name__}: {err}", file=sys.stderr)
        return 2
    setup = time.perf_counter() - start
    rows, errors = [], []
    cause_lines = []
    for name, path, sentences, problems, levels in gold:
        found: list | None = [] if args.causes else None
        predictions, seconds, failures = run_system(pipe, sentences, str(path), found)
        if found is not None:
            causes = miss_causes(sentences, predictions, found, levels[0])
            cause_lines.append(f"{name} misses by cause: " + ", ".join(f"{c} {len(v)}" for c, v in sorted(causes.items())))
            cause_lines += [f"  [{c}] {x}" for c, v in sorted(causes.items()) for x in v]
        for row in evaluate_set(name, sentences, predictions, seconds, levels):
            rows.append({**row, "failures": len(failures), "gold_problems": problems, "failed": failures})
        if args.errors:
            errors += error_examples(name, sentences, predictions, levels[0], args.errors)

    if args.json:
        print(json.dumps({"benchmark": "events", "setup_s": setup, "rows": rows}))
    else:
        print_table(rows, setup)
        for r in rows:
            if r["noevents_sentences"] and r["level"] == "root":
                print(f"  {r['set']}: {r['noevents_sentences_with_prediction']} of the {r['noevents_sentences']} sentences "
                      f"marked noevents got a predicted event")
        for note in sorted({p for r in rows for p in r["gold_problems"] + r["failed"]}):
            print(f"  note: {note}")
    for line in errors + cause_lines:
        print(line, file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
