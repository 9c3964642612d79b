"""Who an act's arguments are: the subject a verb has or shares, and the actor mentions a noun
phrase stands for (its head, a modifier, an 'of' phrase, coordinated modifiers, the two sides of
"the two countries"). EventCoder inherits it; the mentions of the document being coded are in
`by_token`, its pair groups and lone relative-clause nouns in `_groups` and `_alone`."""
from __future__ import annotations

from typing import Iterable, Optional

from accord.events import syntax
from accord.events.lexicon import (SUBJ, PASSIVE_SUBJ, SHELTER_NOUNS, RELATION_NOUNS, FOLLOWER_NOUNS,
                                   AGENT_NOUNS, PEOPLE_NOUNS)
from accord.events.nouns import noun_code
from accord.model import Actor, Mention


class ArgumentFinder:
    def _subjects(self, verb) -> list:
        """The verb's own subject, else the one it shares: "agreed to visit", "met and signed"."""
        came_from = ""
        tok = verb
        for _ in range(4):
            # Up from an infinitive, the governing verb's passive subject is the doer too:
            # "Obama is scheduled to attend", "Iran is expected to sign".
            subj = [t for t in syntax.deps(tok, SUBJ if tok == verb or came_from != "xcomp" else SUBJ | PASSIVE_SUBJ)
                    if t.tag_ not in ("WDT", "WP")]
            if subj:
                return subj
            came_from = tok.dep_
            if tok.dep_ == "relcl":
                # "the airstrike that killed ...": the relative pronoun stands for the noun; with no
                # comma before it, for that noun alone ("A, B and a whistleblower who revealed": not A, B)
                if tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text != ",":
                    self._alone.add(tok.head.i)
                return [tok.head]
            if tok.dep_ == "acl":
                # "a message blaming Iran", "missiles targeting US troops": the participle's doer
                # is whoever acted on the noun it modifies; "with Congo's president accusing
                # Rwanda": the noun itself.
                noun = tok.head
                while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head != noun.head \
                        and noun.head.head.pos_ in ("NOUN", "PROPN"):
                    noun = noun.head.head   # "posted a message on Twitter blaming Iran": the message
                if noun.dep_ not in ("dobj", "obj"):
                    return [noun]
                tok = noun.head
                continue
            if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head != tok:
                tok = tok.head
            else:
                return []
        return []

    def _actors_of(self, tokens: Iterable, by_token) -> list[Actor]:
        out: list[Actor] = []
        seen: set[int] = set()
        for tok in tokens:
            group = [tok] if tok.i in self._alone else [tok, *(c for c in tok.conjuncts if not _subject_misread(c))]
            m = by_token.get(tok.i)
            if m is not None and m.end - m.start > 1:
                # "Barack Obama and Vladimir Putin will meet", "US President Donald Trump and Turkish
                # President Recep Tayyip Erdoğan spoke": the small model may hang the conjunct on another
                # word of the name than its head ("Putin" on "Obama" under "Barack"; "President" on "Trump")
                group += [c for k in range(m.start, m.end) if k != tok.i for c in tok.doc[k].conjuncts]
            # "The US, Russia, and Switzerland met": a list parsed as an apposition with conjuncts.
            group += [c2 for t in list(group) for a in t.children if a.dep_ == "appos" and a.i in by_token
                      and any(c.dep_ == "conj" for c in a.children) for c2 in [a, *a.conjuncts]]
            for t in group:
                for m in self._mentions_for(t, by_token):
                    if id(m) not in seen:
                        seen.add(id(m))
                        out.append(m.actor)
        return out

    def _mentions_for(self, tok, by_token) -> list[Mention]:
        """The actors a noun phrase stands for: one (see _mention_for), or several when its
        modifiers are coordinated ("US and British activists", "Sierra Leonean and Liberian refugees")."""
        m = self._mention_for(tok, by_token)
        if m is not None and id(m) in self._groups:
            return list(self._groups[id(m)])
        if m is None:
            agent = AGENT_NOUNS.get(tok.lemma_.lower())
            if agent is not None:
                # "security forces in Guinea", "opposition groups in Zimbabwe": agents of the place
                # (CAMEO codes them as the country with an agent code: GINMIL, ZWEOPP).
                for p in tok.children:
                    for n in p.children if p.dep_ == "prep" and p.lower_ == "in" else ():
                        place = by_token.get(n.i) if n.dep_ == "pobj" else None
                        if place is not None and place.actor.country and place.actor.code == place.actor.country:
                            a = place.actor
                            actor = Actor(text=tok.doc[tok.left_edge.i:n.i + 1].text, name=None,
                                          code=a.country + agent, country=a.country, role=None)
                            return [Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), actor, kind="agent")]
            return []
        out = [m]
        for c in tok.children:
            # "scores of Sierra Leonean and Liberian refugees": every conjunct of the 'of' phrase
            if c.dep_ == "prep" and c.lower_ == "of" and tok.i not in by_token:
                for x in (x for n in c.children if n.dep_ == "pobj" for x in n.conjuncts):
                    xm = self._mention_for(x, by_token)
                    if xm is not None and all(xm is not o for o in out):
                        out.append(xm)
            if c.dep_ in ("compound", "amod", "nmod") and (c.conjuncts or c.dep_ == "conj"):
                for x in [c, *c.conjuncts]:
                    if x.i in by_token and all(by_token[x.i] is not o for o in out):
                        out.append(by_token[x.i])
        return out

    @staticmethod
    def _mention_for(tok, by_token, depth: int = 0) -> Optional[Mention]:
        """The actor a noun phrase stands for: the mention on its head, on a modifier
        ("Russian officials", "Iran's government"), or on an 'of' phrase ("the president of Iran")."""
        if tok.i in by_token:
            return by_token[tok.i]
        nc = noun_code(tok)
        if nc is not None and nc != "057":
            return None     # "Russia's visit" is an event, not Russia: it cannot be an argument
        # (an agreement's modifier is a party to it: "negotiated the Iran nuclear deal" is with Iran)
        # "Israel's militia ally", "its European Community partners": the other side of a relation
        # is not its possessor (a modifier still names it: "European Community partners").
        relation = tok.lemma_.lower() in RELATION_NOUNS
        if relation and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i not in by_token for c in tok.children):
            return None     # "Biden's US Senate opponent Christine O'Donnell": a person we cannot code, not the Senate
        owned = ("compound", "amod", "nmod", "appos") if relation else ("compound", "amod", "poss", "nmod", "appos")
        follower = tok.lemma_.lower() in FOLLOWER_NOUNS
        for c in tok.children:
            if c.dep_ in owned and c.i in by_token:
                if follower and syntax.names_person(by_token[c.i], c):
                    continue    # "Trump supporters" are not Trump
                return by_token[c.i]
        for c in tok.children:
            # "Zalmay Khalilzad, a US peace envoy": the apposition says who the name is.
            if c.dep_ == "appos":
                for g in c.children:
                    if g.dep_ in ("compound", "amod", "poss", "nmod") and g.i in by_token:
                        return by_token[g.i]
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and tok.lemma_.lower() in PEOPLE_NOUNS)
                                     or (c.lower_ == "for" and tok.lemma_.lower() in SHELTER_NOUNS)):
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in by_token:
                        return by_token[p.i]
        if depth < 2:
            # "the mayor of Nablus, a member of the Hamas movement", "leaders of Egypt's Muslim
            # Brotherhood": one step further through an apposition or an 'of' phrase.
            for c in tok.children:
                nxt = [c] if c.dep_ == "appos" else [p for p in c.children if p.dep_ == "pobj"] \
                    if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and tok.lemma_.lower()
                                                                   in SHELTER_NOUNS)) else []
                for n in nxt:
                    m = ArgumentFinder._mention_for(n, by_token, depth + 1)
                    if m is not None:
                        return m
        return None


def _subject_misread(conj) -> bool:
    """A conjunct that is the subject of the next clause, misread by the small model as one more object:
    in "US troops had defeated ISIS and Turkey would be moving into Syria", "Turkey" hangs on "ISIS" and
    "would be moving" on "defeated" with no subject of its own. A finite auxiliary right after the
    conjunct, on a verb with no subject, says so."""
    doc = conj.doc
    k = conj.right_edge.i + 1
    if k >= len(doc) or doc[k].dep_ not in ("aux", "auxpass") or doc[k].tag_ not in ("MD", "VBD", "VBZ", "VBP"):
        return False
    verb = doc[k].head
    return verb.i > k and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)

