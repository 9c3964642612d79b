"""Direct quotes and who said them.

`extract_quotes(doc, mentions)` pairs quotation marks in the article text (curly, straight, guillemets,
single quotes told apart from apostrophes), then reads the attribution from the dependency parse:
a speech verb ("said", "told", "according to") next to the quote, and its subject as the speaker.
The speaker is the actor of the mention on that subject when the resolver found one, with `text` as
written ("the Russian leader"); else an Actor with only `text`. A quote that fills a whole statement
slot is `direct`; a quoted phrase inside a sentence of reported speech is `partial`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Optional

from .doctext import doc_text
from .figures import data_rows
from .model import Actor, Mention, Quote
from .time import time_at

__all__ = ["extract_quotes"]

_VERB_USE = {v: use for v, use in data_rows("speech_verbs.txt")}    # statement | naming | heading
_NAMING_VERBS = frozenset(v for v, use in _VERB_USE.items() if use == "naming")
_SPEECH_NOUNS = frozenset(row[0] for row in data_rows("speech_nouns.txt"))

_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„«", "”»"
_LEFT_OF_OPENER = " \t\n\xa0([{—–-/"         # what stands before an opening mark
_STATEMENT_END = ",?!—–-…:;."                # a quote ending in one of these can hand over to "he said"
_SENTENCE_END = ".?!…"
_DASHES = ("—", "–", "--")
_DOUBLE_MARK = re.compile('["“”„«»]')
_SINGLE_MARK = re.compile("['‘’‚]")
_MAX_QUOTE = 4000                            # characters; an opener never closed this far on was a stray mark
_SUBJECTS = ("nsubj", "nsubjpass")
# Arcs the subject search may climb: "he smiled and said", "went on to say", "was quoted as saying".
_CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "relcl"})


@dataclass(slots=True)
class _Marked:
    start: int          # first character inside the marks
    end: int            # the closing mark (or the paragraph end for a quote continued in the next paragraph)
    continued: bool     # opened a paragraph that carries on the previous paragraph's quote


def _flank(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the straight mark at i, from the characters around it."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = (before in _LEFT_OF_OPENER or before in "\"'") and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    return can_open, can_close


def _double_quotes(text: str) -> list[_Marked]:
    found: list[_Marked] = []
    opened, continued = -1, False                # the open mark's position, -1 outside a quote
    for m in _DOUBLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == '"':
            can_open, can_close = _flank(text, i)
        else:
            can_open, can_close = ch in _DOUBLE_OPEN, ch in _DOUBLE_CLOSE
            if ch == "“" and opened >= 0 and text[opened] == "„":      # German „…“
                can_open, can_close = False, True
            elif ch == "”" and opened < 0:                              # Nordic ”…”
                can_open = _flank(text, i)[0]
        if opened >= 0 and i - opened > _MAX_QUOTE:
            opened = -1
        if opened < 0:
            if can_open:
                opened, continued = i, False
        elif can_open and not can_close and text.find("\n", opened, i) != -1:
            # a quote running over paragraphs leaves each paragraph open and opens the next one again
            found.append(_Marked(opened + 1, text.rindex("\n", opened, i), continued))
            opened, continued = i, True
        elif can_open or can_close:
            found.append(_Marked(opened + 1, i, continued))
            opened = -1
    return found


def _single_quotes(text: str, inside: list[_Marked]) -> list[_Marked]:
    """‘British style’ quotes outside the double quotes. An apostrophe has a letter on both sides
    ("Russia's") or ends a word ("countries' "), so a single mark opens only after a space or bracket,
    and the quote closes in the same paragraph."""
    found: list[_Marked] = []
    starts = [q.start for q in inside]
    opened = -1
    for m in _SINGLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        k = bisect_right(starts, i) - 1
        if k >= 0 and i < inside[k].end:
            continue
        before = text[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if opened >= 0 and (i - opened > 600 or text.find("\n", opened, i) != -1):
            opened = -1
        if opened >= 0 and ch in "'’" and not before.isspace() and not after.isalnum():
            if i - opened > 2:                      # "rock 'n' roll" elides a letter, it quotes nothing
                found.append(_Marked(opened + 1, i, False))
            opened = -1
        elif ch in "'‘‚" and before in _LEFT_OF_OPENER and (after.isalnum() or after in "[(…"):
            opened = i
    return found


# ---- attribution ----------------------------------------------------------------------------
class _Article:
    """What every quote of one Doc needs, worked out once: token starts, quoted tokens, mentions."""

    def __init__(self, doc, text: str, marked: list[_Marked], mentions: list[Mention]):
        self.doc = doc
        self.text = text                         # Doc.text joins every token on each access: read it once
        self.starts = doc.to_array("IDX").tolist()   # without making a Token object per token
        self.quoted: set[int] = set()
        for q in marked:
            self.quoted.update(range(self.token(q.start), self.token(q.end)))
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.subject = None                      # the token the last speaker was read from

    def token(self, char: int) -> int:
        """Index of the first token that starts at or after `char`."""
        return bisect_left(self.starts, char)

    def mention_on(self, i: int) -> Optional[Mention]:
        k = bisect_right(self.mention_starts, i) - 1
        return self.mentions[k] if k >= 0 and i < self.mentions[k].end else None


# Which verb uses a cue may have where: a whole statement next to its verb, a phrase under it,
# and the verb written straight before an unpunctuated quote (`He said “…”`, not `He read “War and Peace”`).
_DIRECT, _PARTIAL, _SAY = ("statement", "heading"), ("statement", "naming"), ("statement",)


def _is_cue(tok, uses: tuple[str, ...]) -> bool:
    """A speech verb with one of `uses` (see speech_verbs.txt), or "according to"."""
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to"
    return tok.pos_ in ("VERB", "AUX") and _VERB_USE.get(tok.lemma_.lower()) in uses


def _breaks(tok) -> bool:
    """A token no attribution window reaches over: a sentence end or a paragraph break."""
    return tok.text in (".", "!", "?") or (tok.is_space and "\n" in tok.text)


def _cue_after(art: _Article, q: _Marked, limit: int):
    """`“…,” the Russian leader said` / `“…,” said Lavrov`: a speech verb right after the quote with nothing
    between but its subject: no other verb, conjunction or relative (`"Spike", which he explained`)."""
    text = art.text
    last = text[q.start:q.end].rstrip()[-1:]
    after = text[q.end + 1:q.end + 4].lstrip()[:1]
    if not (last in _STATEMENT_END or after in (",", "—", "–") or after.islower()):
        return None
    # `“… allies.” Putin said` is sloppy but common; `“… allies.” During the talks, Putin said` is a new
    # sentence: after a full stop the verb must come within a few words
    reach = 4 if last in _SENTENCE_END and after.isupper() else 14
    i, n = art.token(q.end + 1), 0
    for tok in art.doc[i:min(i + 16, len(art.doc))]:
        if tok.idx >= limit or tok.i in art.quoted or _breaks(tok) or n > reach:
            return None
        if _is_cue(tok, _DIRECT):
            # "… Officials said the talks failed": the verb has its own statement, so it is not this quote's;
            # "“…”, recalling their first meeting": a participle leaves the speaker to the words before
            own = any(c.dep_ == "ccomp" and c.i > tok.i and c.i not in art.quoted for c in tok.children)
            return None if own or (tok.tag_ == "VBG" and tok.lower_ != "according") else tok
        if tok.pos_ in ("VERB", "SCONJ", "CCONJ") or tok.tag_ in ("WDT", "WP", "WP$") or (n == 0 and tok.pos_ == "ADP"):
            return None
        n += not tok.is_punct
    return None


def _cue_before(art: _Article, q: _Marked, limit: int):
    """`X said: “…”`, `According to X, “…”`: the speech verb nearest before the quote in its sentence."""
    i = art.token(q.start - 1) - 1                 # the token before the opening mark
    if i >= 0 and art.doc[i].text in _DASHES:
        # "X commented on the matter — which the BBC noted as unusual — “…”": the aside between two
        # dashes is not the attribution; read on before it
        j = next((t.i for t in reversed(art.doc[max(0, i - 30):i]) if t.text in _DASHES or _breaks(t)), None)
        if j is not None and art.doc[j].text in _DASHES:
            i = j - 1
    for tok in reversed(art.doc[max(0, i - 30):i + 1]):
        if tok.idx < limit or tok.i in art.quoted or _breaks(tok):
            return None
        # "Erdogan said — as reported by Hurriyet — “…”": the aside is not the attribution
        if _is_cue(tok, _DIRECT) and not (tok.i and art.doc[tok.i - 1].lower_ == "as"):
            return tok
        if tok.is_sent_start:
            return None
    return None


def _cue_previous_sentence(art: _Article, q: _Marked):
    """`Brett McGurk also criticized the decision via Twitter. “…”`: a statement opening a sentence right
    after a sentence (same paragraph) whose main verb is a speech verb with a subject is that subject's."""
    b = q.start - 2
    while b >= 0 and art.text[b] in " \t\xa0":
        b -= 1
    if b < 0 or art.text[b] not in ".!?":
        return None
    k = art.token(b)
    if k >= len(art.doc) or art.doc[k].idx != b or k in art.quoted:
        return None
    root = art.doc[k].sent.root
    if root.i in art.quoted or not _is_cue(root, _PARTIAL) or root.lower_ == "according":
        return None
    if any(t.i in art.quoted for t in art.doc[k].sent):
        return None                     # a sentence with its own quotation has its own statement
    return root if any(c.dep_ in _SUBJECTS for c in root.children) else None


def _colon_verb(art: _Article, q: _Marked):
    """`X praised Mendez on Twitter: “…”`, `the Pentagon justified the strike: “…”`: a statement after a
    colon belongs to the subject of the clause the colon ends, whatever its verb."""
    b = q.start - 2
    while b >= 0 and art.text[b] in " \t\xa0":
        b -= 1
    if b < 0 or art.text[b] != ":":
        return None
    i = art.token(b) - (0 if art.token(b) < len(art.doc) and art.doc[art.token(b)].idx == b else 1)
    if i < 0 or i >= len(art.doc) or art.doc[i].text != ":":
        return None
    if i == 0:
        return None
    # from the word before the colon up to its clause's verb (the parser often hangs the colon itself
    # on the quote's verb)
    verb = art.doc[i - 1]
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") and verb.i not in art.quoted or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in art.quoted or verb.i > i:
        return None
    return verb if any(c.dep_ in _SUBJECTS for c in verb.children) else None


def _is_label(inner) -> bool:
    """Too short or verbless to be speech on its own: a term, a name or a scare-quoted phrase."""
    return sum(t.is_alpha for t in inner) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in inner)


def _cue_governing(art: _Article, inner):
    """The speech verb a quoted phrase hangs from: `described the links as their “greatest treasure”`.
    Not "according to": a quote under it names the source (`according to “El Mundo”`)."""
    node = inner.root
    # a label in quotes ("Radio Control Law", also known as) was not said by the verb above its clause
    label = _is_label(inner)
    for _ in range(8):
        if node.head == node or (label and node.dep_ in ("relcl", "acl", "appos")):
            return None
        node = node.head
        if node.i not in art.quoted and node.lower_ != "according" and _is_cue(node, _PARTIAL):
            return node
    return None


def _opens_statement(art: _Article, q: _Marked, inner) -> bool:
    """True when the quote begins a statement of its own: at a sentence or paragraph start, after a
    colon or comma or another quote, right after a speech verb (`He said “…”`), or a capitalised
    clause after a speech verb earlier in the sentence (`Trump said on Friday “I can do it”`)."""
    text = art.text
    b = q.start - 2                                 # the character before the opening mark
    while b >= 0 and text[b] in " \t\xa0":
        b -= 1
    if b < 0 or text[b] in "\n.!?:,;—–-([\"“”«»'’":
        return True
    before = art.token(q.start - 1) - 1
    if before >= 0 and _is_cue(art.doc[before], _SAY):
        return True
    first = inner[0]
    return (first.text[:1].isupper() and first.pos_ != "PROPN"
            and any(t.pos_ in ("VERB", "AUX") for t in inner) and _cue_before(art, q, 0) is not None)


def _phrase_bounds(tok) -> tuple[int, int]:
    """Token range of the subject phrase as written, cut at punctuation and after "of ...":
    "Sergei Lavrov", not "Sergei Lavrov, Russia's foreign minister, who ..."."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    for left in reversed(list(tok.lefts)):
        if left.right_edge.i + 1 != start or any(_cuts(t) for t in doc[left.left_edge.i:start]):
            break
        start = left.left_edge.i
    for right in tok.rights:
        if right.left_edge.i != end or not (right.dep_ in ("compound", "flat", "nummod") or right.lower_ == "of") \
                or any(_cuts(t) for t in doc[end:right.right_edge.i + 1]):
            break
        end = right.right_edge.i + 1
    return start, end


def _cuts(tok) -> bool:
    return tok.is_space or tok.is_quote or tok.text in ",()[];:—–"


def _subject(art: _Article, cue):
    """The token naming who speaks through `cue`, or None."""
    if cue.lower_ == "according":
        return next((c for c in cue.nbor().children if c.dep_ == "pobj"), None)
    node, subj = cue, None
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in _SUBJECTS and c.i not in art.quoted), None)
        if subj is not None or node.dep_ not in _CLIMB or node.head == node or node.head.i in art.quoted:
            break
        node = node.head
    if subj is None:
        if not (cue.i and art.doc[cue.i - 1].is_punct):
            return None
        # `“…,” said KCNA`: the parser often makes the inverted subject an object; take the noun right after
        return next((c for c in cue.rights if c.left_edge.i == cue.i + 1 and c.pos_ in ("NOUN", "PROPN")
                     and c.dep_ in ("dobj", "attr", "npadvmod", "appos", "dative", "nsubj")), None)
    if subj.dep_ == "nsubjpass" and node.lemma_.lower() not in ("quote", "cite"):
        # "was described by X as …": the speaker is the agent; "was told to …" names none
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj.tag_ in ("WP", "WDT"):                  # "Putin, who said …": the relative's antecedent
        return node.head if node.dep_ in ("relcl", "acl") else None
    return subj


def _speaker(art: _Article, cue) -> Optional[Actor]:
    subj = _subject(art, cue)
    if subj is None or subj.i in art.quoted:
        return None
    if subj.lemma_.lower() in _SPEECH_NOUNS:        # "Pompeo's statement read:", "a statement by the Kremlin"
        author = next((c for c in subj.children if c.dep_ == "poss"), None)
        if author is None:
            by = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            if by is None:      # "a statement released by Erdogan's office"
                by = next((a for c in subj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"), None)
            author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        subj = author or subj
    named = _named_apposition(art, subj)
    if named is not None:
        subj = named
    art.subject = subj
    start, end = _phrase_bounds(subj)
    text = art.doc[start:end].text
    mention = art.mention_on(subj.i)
    return replace(mention.actor, text=text) if mention else Actor(text=text)


def _named_apposition(art: _Article, subj):
    """"The Vice President, Mike Pence, said": a title or an agency in the subject slot with a person
    named in apposition (or in an apposition's own appositions) speaks as that person."""
    if subj.ent_type_ == "PERSON" or art.mention_on(subj.i) is not None and subj.pos_ == "PROPN":
        return None
    todo = [c for c in subj.children if c.dep_ == "appos"]
    for _ in range(6):
        if not todo:
            return None
        tok = todo.pop(0)
        if tok.i in art.quoted:
            continue
        if tok.ent_type_ == "PERSON" or (subj.ent_type_ not in _ENTITY_KIND and tok.ent_type_ in ("ORG", "NORP")
                                          and subj.pos_ in ("NUM", "PRON", "NOUN")):
            return tok
        todo.extend(c for c in tok.subtree if c.dep_ == "appos" and c is not tok)
    return None


def _same_speaker(text: str, prev: _Marked, q: _Marked, prev_cue: Optional[int]) -> bool:
    """A quote with no attribution of its own goes on the previous one: the next paragraph of a
    multi-paragraph quote, a quote right after it, or one after its attribution (`“…,” he said. “…”`)."""
    gap = text[prev.end + 1:q.start - 1]
    if q.continued or gap.strip(" ,") in ("", "and"):      # `said "…" and "…"`
        return True
    if prev_cue is None or not prev.end < prev_cue < q.start:
        return False
    tail = text[prev_cue:q.start - 1].rstrip()
    return sum(tail.count(c) for c in ".!?") <= 1 and (tail[-1:] in ".!?:," or not tail)


# ---- "he said": the last compatible speaker ------------------------------------------------------
_PRONOUN_KIND = {"he": ("person", "m"), "she": ("person", "f"), "it": ("org", None), "they": ("org", None)}
_ENTITY_KIND = {"PERSON": "person", "ORG": "org", "NORP": "org", "GPE": "org"}
_PERSON_TITLES = frozenset(row[0] for row in data_rows("person_titles.txt"))
_ANTECEDENT_REACH = 1500            # characters back a pronoun speaker may look for whom it stands for


@dataclass(slots=True)
class _Candidate:
    offset: int
    actor: Actor                    # with `name` set
    kind: str                       # person | org


def _entity_of(tok):
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None


def _subject_entities(art: _Article) -> list[_Candidate]:
    """People and bodies named as the subject (or the agent, or the subject's apposition) of a clause:
    who a later "he said" / "it added" can stand for."""
    found = []
    for ent in art.doc.ents:
        kind = _ENTITY_KIND.get(ent.label_)
        root = ent.root
        if kind is None or root.i in art.quoted:
            continue
        slot = root.head if root.dep_ == "appos" else root
        if root.dep_ == "appos" and slot.lemma_.lower() in _PERSON_TITLES:
            kind = "person"             # "a spokesperson, Morgan Ortagus," even when tagged ORG
        if slot.dep_ in _SUBJECTS or (slot.dep_ == "pobj" and slot.head.dep_ == "agent"):
            mention = art.mention_on(root.i)
            actor = replace(mention.actor, text=ent.text) if mention and mention.actor.name else \
                Actor(text=ent.text, name=ent.text)
            found.append(_Candidate(ent.start_char, actor, kind))
    return found


def _antecedent(candidates: list[_Candidate], at: int, pronoun: str,
                genders: dict[str, str]) -> Optional[_Candidate]:
    """The nearest candidate before `at` of the pronoun's kind whose known gender does not clash."""
    kind, gender = _PRONOUN_KIND[pronoun]
    best = None
    for c in candidates:
        if c.offset >= at or at - c.offset > _ANTECEDENT_REACH or c.kind != kind:
            continue
        if gender and genders.get(c.actor.name, gender) != gender:
            continue
        if best is None or c.offset > best.offset:
            best = c
    return best


def _candidate_of(art: _Article, speaker: Actor, offset: int) -> Optional[_Candidate]:
    """A speaker as a later pronoun's antecedent: its resolved actor, or the entity it was read from."""
    subj = art.subject
    ent = _entity_of(subj) if subj is not None else None
    kind = _ENTITY_KIND.get(ent.label_) if ent is not None else None
    if speaker.name:
        return _Candidate(offset, speaker, kind or ("person" if speaker.role else "org"))
    if ent is not None and kind is not None:
        return _Candidate(offset, replace(speaker, name=ent.text), kind)
    return None


def extract_quotes(doc, mentions: list[Mention], published: Optional[str] = None) -> list[Quote]:
    """Quotes in a parsed article, in reading order. `mentions` are the resolved actor mentions
    (sorted, non-overlapping token spans); a speaker found on one of them takes its actor, a "he" or
    "she" the actor resolution left open takes the last compatible speaker or subject before it.
    With `published`, each quote gets the date of the time expression that governs its speech verb
    ("said on Friday"), else the publication date."""
    text = doc_text(doc)
    double = _double_quotes(text)
    marked = sorted(double + _single_quotes(text, double), key=lambda q: q.start)
    if not marked:
        return []
    art = _Article(doc, text, marked, mentions)
    candidates = _subject_entities(art)
    genders: dict[str, str] = {m.actor.name: _PRONOUN_KIND[m.actor.text.lower()][1] for m in mentions
                               if m.kind == "pronoun" and m.actor.name and m.actor.text.lower() in ("he", "she")}
    quotes: list[Quote] = []
    last: Optional[tuple[int, Quote, Optional[int]]] = None     # previous kept quote: index, Quote, cue offset
    for k, q in enumerate(marked):
        start, end = q.start, q.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        inner = doc.char_span(start, end, alignment_mode="expand")
        if inner is None or not len(inner):
            continue
        whole = _opens_statement(art, q, inner) or (
            k > 0 and inner[0].text[:1].isupper() and text[marked[k - 1].end + 1:q.start - 1].strip(" ,") == "and")
        if whole:
            next_start = marked[k + 1].start - 1 if k + 1 < len(marked) else len(text)
            cue = _cue_after(art, q, next_start)
            if cue is None:
                cue = _cue_before(art, q, marked[k - 1].end + 1 if k else 0)
            if cue is None:
                cue = _colon_verb(art, q)
            if cue is None and not (last is not None and last[0] == k - 1 and _same_speaker(text, marked[k - 1], q, last[2])):
                cue = _cue_previous_sentence(art, q)
        else:
            cue = _cue_governing(art, inner)
        art.subject = None
        speaker = _speaker(art, cue) if cue is not None else None
        pronoun = speaker.text.lower() if speaker is not None else ""
        if speaker is not None and pronoun in _PRONOUN_KIND:
            found = _antecedent(candidates, cue.idx, pronoun, genders)
            if found is not None and speaker.name is not None and found.actor.name != speaker.name:
                # the actor resolution reached back to a known person over an unknown one named since
                last_seen = max((m.start_char for m in mentions if m.actor.name == speaker.name
                                 and m.start_char < cue.idx and m.kind != "pronoun"), default=-1)
                if found.offset < last_seen or found.kind != "person":
                    found = None
            elif speaker.name is not None:
                found = None
            if found is not None:
                speaker = replace(found.actor, text=speaker.text)
                if _PRONOUN_KIND[pronoun][1]:
                    genders.setdefault(found.actor.name, _PRONOUN_KIND[pronoun][1])
        elif speaker is not None and cue is not None:
            found = _candidate_of(art, speaker, cue.idx)
            if found is not None:
                candidates.append(found)
        if cue is not None and speaker is None and (cue.lemma_.lower() in _NAMING_VERBS or _is_label(inner)):
            cue = None                              # "a process called “exfiltration”": a term, nobody speaking
        cue_text = None if cue is None else "according to" if cue.lower_ == "according" else cue.text
        if cue is None and whole and last is not None and last[0] == k - 1 and \
                _same_speaker(text, marked[k - 1], q, last[2]):
            speaker, cue_text = last[1].speaker, last[1].cue
        if cue_text is None and speaker is None and _is_label(inner):
            continue                                # a scare-quoted label or a title, not speech
        when = None
        if published:
            anchor = cue if cue is not None else inner.root
            value = time_at(doc, anchor.i, published, exclude=(start, end))
            when = value.date if value is not None and value.date else published
        quote = Quote(text=text[start:end], speaker=speaker, kind="direct" if whole else "partial",
                      cue=cue_text, span=(start, end), date=when)
        quotes.append(quote)
        last = (k, quote, cue.idx if cue is not None else None)
    return quotes
