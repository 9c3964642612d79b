"""Events told by a noun: "the invasion of Syria", "sanctions on Iran", "talks between the two
countries". The noun gives the code (accord.events.nouns); its arguments, or those of the verb it is
the object of ("Washington announced new sanctions"), give the sides. EventCoder inherits it."""
from __future__ import annotations

from accord.events import modality, sides, syntax
from accord.events.coded import CodedEvent
from accord.events.lexicon import TARGET_PREPS, UNDO_VERBS, PLACE_TARGET_ROOTS, NOUN_TARGET_PREPS, LIGHT_VERBS, INTENT_VERBS, MOTION_VERBS, UNDERGO_VERBS, SPAN_NOUNS
from accord.events.nouns import noun_arguments, noun_code, noun_status
from accord.events.shifts import shifted


class NounEvents:
    def _code_noun(self, tok, sent, by_token) -> list[CodedEvent]:
        code = noun_code(tok)
        if code is None or (tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in UNDO_VERBS):
            return []       # "lifted the sanctions", "ended the occupation": not imposed now
        if tok.dep_ in ("dobj", "obj") and modality.describes(tok.head):
            return []       # "a resolution that aims to impose a blockade": what it stands for
        src_toks, tgt_toks, mutual_toks = noun_arguments(tok)
        if code[:2] >= "17":
            # "the invasion of Syria", "the bombing of Gaza": for force, "of" names the target,
            # and so does "in" ("Israeli shelling in the east of the Gaza Strip").
            tgt_toks += [n for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                         for n in p.children if n.dep_ == "pobj"]
        tgt_toks += [n for p in tok.children if p.dep_ == "prep" and p.lower_ in
                     NOUN_TARGET_PREPS.get(code[:2], set()) | PLACE_TARGET_ROOTS.get(code[:2], set())
                     for n in p.children if n.dep_ == "pobj"]
        sources = self._actors_of(src_toks, by_token)
        if tok.dep_ == "nsubjpass" and not sources:
            # "Evidence against Russia was presented by the US"
            sources = self._actors_of([n for p in tok.head.children if p.dep_ == "agent"
                                       for n in p.children if n.dep_ == "pobj"], by_token)
        # "launched ten days of war games": the noun through a quantity is the verb's object too
        held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in SPAN_NOUNS else tok
        if held.dep_ == "pobj" and held.head.lower_ == "for" and held.head.head.pos_ == "VERB" \
                and held.head.head.lemma_.lower() in MOTION_VERBS and code[:2] == "04":
            # "US and Russian negotiators return to Geneva for talks": the travellers hold them
            verb = held.head.head
            travellers = self._actors_of(self._subjects(verb), by_token)
            if not sources and len(travellers) > 1 and not self._actors_of(tgt_toks, by_token):
                mutual_toks = self._subjects(verb)
            elif not sources:
                sources = travellers
        if held.dep_ in ("dobj", "obj") and held.head.lemma_.lower() in UNDERGO_VERBS:
            # "Obama faces pressure from Congress": the subject undergoes it, "from" made it
            verb = held.head
            makers = [n for t in (tok, verb) for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                      for n in p.children if n.dep_ == "pobj"]
            if not sources and makers:
                sources = self._actors_of(makers, by_token)
                tgt_toks = [t for t in tgt_toks if t not in makers] + self._subjects(verb)
        elif held.dep_ in ("dobj", "obj") and held.head.pos_ in ("VERB", "AUX"):
            verb = held.head
            if not sources and verb.lemma_.lower() in LIGHT_VERBS:
                # "Washington announced new sanctions on Iran", "activists staged a protest":
                # who announced or staged them is the source (a light verb).
                sources = self._actors_of(self._subjects(verb), by_token)
            # "began an offensive into Syria": the target may hang on the verb; for protests and
            # arrests, the place or the person ("staged a protest in Beijing", "issued warrants for").
            places = PLACE_TARGET_ROOTS.get(code[:2], set()) | NOUN_TARGET_PREPS.get(code[:2], set())
            tgt_toks += [n for p in verb.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS | {"into"} | places
                         for n in p.children if n.dep_ == "pobj"]
        status = noun_status(tok, code)
        if held.dep_ in ("dobj", "obj") and held.head.dep_ == "xcomp" and held.head.head.lemma_.lower() in INTENT_VERBS:
            # "promised to continue military aid to Mozambique": a stated intent (03), or a threat
            code, status = shifted("intent", code), "planned"
            if held.head.head.lemma_.lower() == "threaten" and code[:2] != "13":
                code = "130"
        if mutual_toks:
            parties = self._actors_of(mutual_toks, by_token)
            if code[:3] == "045" and sources:
                # "a mediation effort between the Emirates and Saudi Arabia": the mediator acts on each
                pairs = [(s, t) for s in sources for t in parties if not sides.same(s, t)]
            else:
                pairs = [(s, t) for s in parties for t in parties if s is not t and not sides.same(s, t)] \
                    if len(parties) > 1 else [(s, t) for s in sources for t in parties if not sides.same(s, t)]
        else:
            targets = self._actors_of(tgt_toks, by_token)
            if not targets:
                # "restrictions on flights to Cuba": the target one phrase further down.
                targets = self._actors_of([n for t in tgt_toks for p in t.children if p.dep_ == "prep"
                                           and p.lower_ in ("to", "in", "from", "against", "with")
                                           for n in p.children if n.dep_ == "pobj"], by_token)
            if not targets and code[:2] in ("18", "19", "20") and not tgt_toks and held.dep_ in ("dobj", "obj"):
                targets = sides.insurgents_state(sources)    # ("launched attacks"; not "the attack was claimed by")
            if not targets and code[:2] == "14":
                # "staged demonstrations to demand reforms by President Suharto's government"
                targets = syntax.purpose_actors(tok.head if tok.dep_ in ("dobj", "obj") else tok, by_token)
            pairs = [(s, t) for s in sources for t in targets if not sides.same(s, t) and not sides.own_state(s, t, code)]
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, tok.i) for s, t in pairs]
