"""Event coder: who did what to whom, from a spaCy dependency parse and the article's actor mentions.

For every verb with a pattern (events/patterns.py) in a sentence that holds at least two actor
mentions, the source comes from the subject (or the passive agent), the target from the object
or a prepositional argument (or the passive subject), and the code from the verb with its
arguments. A verb whose source or target is not an actor gives no event: Accord prefers no
event to a wrong one. Every event keeps its sentence and span.
"""
from __future__ import annotations

from typing import Optional

from accord.events import modality, sides, syntax
from accord.events.arguments import ArgumentFinder
from accord.events.coded import CodedEvent
from accord.events.lexicon import (AIM_VERBS, ENTRY_VERBS, SUBJ, PASSIVE_SUBJ, OBJ, TARGET_PREPS, CLAUSE_TARGET_ROOTS,
                                   PLACE_TARGET_ROOTS, HELP_VERBS, TRANSFER_VERBS, VERBAL_ATTACK_VERBS,
                                   LIGHT_VERBS, DOING_VERBS, OPINION_VERBS, REFUSE_VERBS, INTENT_VERBS,
                                   APPEAL_VERBS, DEMAND_AUX, INVERSE_VERBS, FUTURE_MARKS, SOURCE_ONLY_ROOTS,
                                   RETREAT_VERBS, RESIGN_VERBS, REPORTING_VERBS, MUTUAL_VERBS, MOTION_VERBS,
                                   ASYLUM_NOUNS, EXERCISE_NOUNS, PROTESTER_NOUNS, ALLEGE_VERBS, DEPLOY_VERBS,
                                   SHOW_VERBS, SPORT_VERBS, PEOPLE_NOUNS, MUTUAL_WITH_CODES, INTENT_OR_APPEAL,
                                   DEMAND_HEADS, GOVERNING_VERBS, REPORTING_OR_DEMAND, DEMAND_SPEECH,
                                   OWN_COUNTRY_CODES, MAX_MUTUAL, DROP_CODES)
from accord.events.noun_events import NounEvents
from accord.events.nouns import noun_arguments, noun_code
from accord.events.patterns import VerbTable, verb_table
from accord.events.shifts import shifted
from accord.model import Actor, Mention


class EventCoder(ArgumentFinder, NounEvents):
    def __init__(self, table: VerbTable | None = None):
        self.table = table or verb_table()
        self._places: dict[int, Mention] = {}
        self._groups: dict[int, list[Mention]] = {}
        self._alone: set[int] = set()

    def code(self, doc, mentions: list[Mention], places: list[Mention] = ()) -> list[CodedEvent]:
        """Events of `doc` between the actor `mentions`. `places` are cities and regions named where
        an act happens ("met in Zurich", "fired at targets in Jericho"): no actors, but the state
        CAMEO takes as the target of a meeting, protest or attack that names no other."""
        by_token: dict[int, Mention] = {}
        # "the two countries" (accord.actors.pairs): two mentions over one phrase, read as one
        # coordinated phrase ("Russia and China") wherever the phrase is an argument
        self._groups: dict[int, list[Mention]] = {}
        self._alone: set[int] = set()      # nouns a restrictive relative clause is about, without their conjuncts
        first_of: dict[tuple[int, int], Mention] = {}
        for m in mentions:
            if m.kind == "pair":
                first = first_of.setdefault((m.start, m.end), m)
                self._groups.setdefault(id(first), []).append(m)
                if first is not m:
                    continue
            for i in range(m.start, m.end):
                by_token[i] = m
        self._places = {i: m for m in places for i in range(m.start, m.end) if i not in by_token}
        out: list[CodedEvent] = []
        for sent in doc.sents:
            in_sent = {id(by_token[i]) for i in range(sent.start, sent.end) if i in by_token}
            # The prefilter: an interaction needs two actors (one for the events CAMEO codes
            # without a target: protests, intents, refusals), and a verb the table knows.
            if not in_sent:
                continue
            coded_objects: set[int] = set()
            for tok in sent:
                if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound") or tok.i in coded_objects:
                    continue        # "the proposed bill", "the ruling party": adjectives, not acts
                if tok.dep_ == "ccomp":
                    out.extend(self._code_demand(tok, sent, by_token))
                if tok.lemma_.lower() in self.table or modality.refused(tok):
                    found = self._code_verb(tok, sent, by_token)
                    if found:
                        coded_objects.update(c.i for c in tok.children if c.dep_ in OBJ)
                        if any(e.cameo in ("015", "016") for e in found):
                            # "claimed responsibility for a deadly attack targeting ...": the act
                            # claimed is told as the claim
                            coded_objects.update(t.i for c in tok.children if c.dep_ in OBJ
                                                 for t in c.subtree if t.i > c.i)
                    out.extend(found)
            for tok in sent:
                # A noun that is the object of a coded verb ("held talks") is already that event.
                if tok.i not in coded_objects and tok.i not in by_token:
                    out.extend(self._code_noun(tok, sent, by_token))
        # One sentence telling one act twice ("a deadly attack targeting non-Muslims": the noun and
        # its verb) gives one event.
        seen: set = set()
        unique = []
        for e in out:
            key = (e.sent_start, e.cameo, sides.key(e.source), sides.key(e.target), e.status)
            if key not in seen:
                seen.add(key)
                unique.append(e)
        return unique

    # -- one verb -------------------------------------------------------------------------
    def _code_verb(self, verb, sent, by_token) -> list[CodedEvent]:
        lemma = verb.lemma_.lower()
        head = verb.head.lemma_.lower()
        if lemma in ALLEGE_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
            return []   # "claimed to have shot down a drone": the act claimed carries it; "claiming to represent": none
        if lemma in SPORT_VERBS and syntax.sport(sent):
            return []   # "Sweden defeated South Korea 1 – 0": a match, not force; "defeated the incumbent": a vote
        if verb.lemma_.lower() in REFUSE_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
            return []   # the refused act below carries the REJECT event
        if lemma in INTENT_OR_APPEAL and any(
                c.dep_ in ("xcomp", "ccomp") and (self._codes(c) or modality.refused(c))
                and not (lemma == "agree" and syntax.deps(c, {"aux"}) and any(a.lower_ in DEMAND_AUX for a in c.children))
                for c in verb.children):
            return []   # "threatened to attack", "urged Iran to free": the act below carries the event
        if verb.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and self._appeal(verb) is None:
            # "pressure to help Iran", "sent troops to fight": a purpose or an aim, not an act.
            return []
        if modality.in_reason(verb):
            return []   # "jailed a student for helping militants join a group": the charge, not an act
        if modality.describes(verb):
            return []   # "Hamas, which advocates Israel's destruction": a standing description, not an act
        if verb.dep_ == "xcomp" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
            return []   # "an effort intended to connect": a purpose
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
            return []   # "militias associated with Iran": a description, not an act
        if lemma in HELP_VERBS and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in self.table
                                       for c in verb.children):
            return []   # "helped negotiate the deal": the act below carries the event
        if lemma in OPINION_VERBS and (any(c.dep_ == "oprd" for c in verb.children) or (
                lemma not in APPEAL_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))):
            return []   # "considered Lula a great leader"
        appeal = self._appeal(verb)
        lead = verb
        while lead.dep_ in ("xcomp", "conj") and lead.head != lead:
            lead = lead.head
        if appeal is None and lead.dep_ == "ccomp" and lead.head.lemma_.lower() in DEMAND_HEADS:
            return []   # "demanded that Mugabe abandon", "... that its partners refuse to recognize":
            #             the demand carries the event
        if verb.dep_ == "xcomp" and head in self.table and head not in GOVERNING_VERBS and appeal is None \
                and head not in ALLEGE_VERBS:
            return []   # the governing verb carries the event (an act "claimed" is told by _alleged)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        # (through a particle too: "kidnapped up to 16 advisers" parses "to" under "up")
        preps = [(p.lower_, pobj) for p in [*verb.children, *(g for c in verb.children if c.dep_ == "prt"
                                                               for g in c.children)]
                 if p.dep_ in ("prep", "agent", "dative") for pobj in p.children if pobj.dep_ == "pobj"]
        if obj is not None:
            preps += [(p.lower_, pobj) for p in obj.children if p.dep_ == "prep"
                      for pobj in p.children if pobj.dep_ == "pobj"]
        what = syntax.what(obj)
        code, matched = self.table.match(
            lemma,
            None if what is None else what.lower_ if (lemma, what.lower_) in self.table.objects else what.lemma_.lower(),
            [(p, n.lower_) for p, n in preps] + [(p, n.lemma_.lower()) for p, n in preps])
        if lemma in SHOW_VERBS and obj is not None and matched == "default":
            return []   # "demonstrated a shocking ignorance": shown, not a protest ("demonstrated support" keeps its row)
        refused = modality.refused(verb) or (verb.dep_ == "xcomp" and head == "fail" and code is not None
                                     and "03" <= code[:2] <= "08")
        if refused:
            # ("failed to reach agreement", "failed to meet": cooperation that was refused)
            # "declined to join", "refused to meet": a REJECT event that occurred (CAMEO 12),
            # "reject proposal to meet" (125) when the refused act is a meeting, and so on.
            code = shifted("refuse", code)
        if not code or code in DROP_CODES:
            return []
        if lemma in DOING_VERBS and what is not None and not refused and appeal is None \
                and noun_code(what) not in (None, code) and what.dep_ in ("dobj", "obj"):
            return []   # "launched a mediation effort": the event noun says what was done (_code_noun)
        if appeal is not None:
            return self._appeal_events(verb, code, appeal, sent, by_token)
        if any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in verb.children) \
                and verb.dep_ == "ccomp" and head in REPORTING_OR_DEMAND:
            return []   # "said Sudan must return": coded as the speaker's demand (_code_demand)
        passive = any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "auxpass" for c in verb.children)
        # "dissidents jailed by the government": a passive participle acts on the noun it modifies
        acted_on = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
        if lemma in INVERSE_VERBS and (matched != "object" or not any(p == "from" for p, _ in preps)):
            return []       # "received praise", "got a call": only transfers from a named giver
        if passive or acted_on:
            sources = self._actors_of([n for p, n in preps if p == "by"], by_token)
            if not sources and code[:2] >= "18":
                # "were killed by an Israeli airstrike", "killed in a US drone strike": whoever made the
                # attack did it (as "US drone attacks killed eight" in the active voice)
                sources = self._actors_of([m for p, n in preps if p in ("by", "in") and noun_code(n) is not None
                                           for m in noun_arguments(n)[0]], by_token)
            if not sources and code[:2] == "16" and lemma in ENTRY_VERBS:
                # "was denied entry into Britain", "had been denied visas to enter the United States":
                # an entry is denied by the state to be entered
                sources = self._actors_of([n for p, n in preps if p in ("to", "into")]
                                          + [o for t in verb.subtree if t.lemma_ == "enter" and t.pos_ == "VERB"
                                             for o in syntax.deps(t, OBJ)], by_token)
            patients = syntax.deps(verb, PASSIVE_SUBJ) + acted_on
            if not patients and verb.dep_ == "conj" and verb.head != verb:
                # "the civilians imprisoned for ... were released by Putin": a passive conjunct with
                # no subject of its own acts on the first conjunct's
                patients = syntax.deps(verb.head, SUBJ | PASSIVE_SUBJ)
            targets = self._actors_of(patients, by_token)
        elif lemma in INVERSE_VERBS:
            # "Ukraine received weapons from the US": the giver is the source.
            sources = self._actors_of([n for p, n in preps if p == "from"], by_token)
            targets = self._actors_of(self._subjects(verb), by_token)
        else:
            subjects = self._subjects(verb)
            sources = self._actors_of(subjects, by_token)
            if not sources:
                # "Obama and Putin said they will attack Iraq", "Syria says it is willing to
                # withdraw": a pronoun subject of a reported clause is its speaker.
                sources = self._actors_of(syntax.speakers_of(subjects, self._subjects), by_token)
            if not sources and code[:2] >= "18":
                # "US drone attacks killed eight al-Qaeda leaders": whoever made the attack did it
                sources = self._actors_of([m for t in subjects if noun_code(t) is not None
                                           for m in noun_arguments(t)[0]], by_token)

            def others(actors: list[Actor]) -> list[Actor]:
                # "withdraw its troops from Lebanon": what belongs to the source is not the target.
                return [t for t in actors if not any(sides.same(x, t) for x in sources)]
            # In a light-verb pattern ("made a visit to Canada", "imposed sanctions on Iran") the
            # object is the event itself, and its possessor ("his visit") is not the target.
            # ... and so are people a light verb joins ("joined thousands of demonstrators"); what
            # else it names may hold the target ("attend the Beijing Olympics").
            event_obj = matched == "object" and (noun_code(what) is not None or (
                lemma in LIGHT_VERBS and what.lemma_.lower() in PEOPLE_NOUNS))
            targets = others(self._actors_of([d for d in syntax.deps(verb, OBJ) if not (event_obj and d == obj)
                                              and not syntax.past_a_comma(verb, d)
                                              and not (lemma in TRANSFER_VERBS and d == obj)],
                                      by_token))
            if not targets:
                # (force "with" an air force or missiles is the instrument; "clashed with" a foe)
                targets = others(self._actors_of([n for p, n in preps if p in TARGET_PREPS and not (
                    p == "with" and code[:2] >= "18" and lemma not in MUTUAL_VERBS)], by_token))
            if not targets and matched == "prep":
                # "advised against travel to Tunisia": the target of the phrase that carries the code
                targets = others(self._actors_of([g for q, n in preps if noun_code(n) is None and (
                                                  (lemma, q, n.lemma_.lower()) in self.table.preps
                                                  or (lemma, q, n.lower_) in self.table.preps)
                                                  for p in n.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                                                  for g in p.children if g.dep_ == "pobj"], by_token))
            if not targets and lemma in TRANSFER_VERBS and lemma in DEPLOY_VERBS:
                # "deploy peacekeepers in Iraq": troops sent into a state are sent to it
                targets = others(self._actors_of([n for p, n in preps if p == "in"], by_token))
            if not targets and code[:2] <= "13":
                # "reneged on his commitment to the Zambian people": the target one phrase further down
                targets = others(self._actors_of([g for q, n in preps if q in TARGET_PREPS and n not in by_token
                                                  for p in n.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                                                  for g in p.children if g.dep_ == "pobj"], by_token))
            if not targets and code[:2] == "14":
                # "demonstrated to demand the resignation of President X", "rioted, calling for
                # independence from Iraq": a protest is aimed at whom its demand names (before its place).
                targets = others(syntax.purpose_actors(verb, by_token))
            if not targets and code[:2] == "15":
                # "mobilized reservists for a possible war against Iraq"
                targets = others(self._actors_of([g for _, n in preps for p in n.children if p.dep_ == "prep"
                                                  and p.lower_ == "against" for g in p.children if g.dep_ == "pobj"],
                                                 by_token))
            if not targets and code[:2] in PLACE_TARGET_ROOTS:
                # CAMEO codes the place of a meeting or a protest as its target ("met in Qatar",
                # "protested in Beijing"), and the place fired at for force ("fired at Russia");
                # a demand or appeal "from" someone is addressed to them ("demanded from Interpol").
                aimed = {"at"} if lemma in AIM_VERBS else set()     # "fired tear gas at protesters"
                places = [n for p, n in preps if p in PLACE_TARGET_ROOTS[code[:2]] | aimed]
                targets = others(self._actors_of(places, {**self._places, **by_token}))
                if not targets and code[:2] in ("14", "18", "19", "20"):
                    # "rioted at this jail in northern Israel", "fired shells at targets in Jericho":
                    # the place of the place
                    targets = others(self._actors_of([n for t in places for p in t.children if p.dep_ == "prep"
                                                      and p.lower_ == "in" for n in p.children if n.dep_ == "pobj"],
                                                     {**self._places, **by_token}))
            if not targets and code[:2] in CLAUSE_TARGET_ROOTS:
                # "demanded that the US cancel", "urged that Iran stop": a verbal act aimed at the
                # subject of the clause it governs.
                targets = others(self._actors_of([s for c in verb.children if c.dep_ == "ccomp"
                                           for s in syntax.deps(c, SUBJ)], by_token))   # not victims: "claimed soldiers were killed"
                if not targets and code[:2] in ("02", "10"):
                    # "appealed for the population to remain calm": an appeal for an act with no
                    # code of its own is still aimed at whoever is asked
                    targets = others(self._actors_of([s for c in verb.children if c.dep_ == "advcl"
                                                      and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                                                      for s in syntax.deps(c, SUBJ)], by_token))
            if not targets and obj is not None and code[:2] <= "13" \
                    and (matched != "object" or code[:2] in ("01", "02", "05", "10", "11", "12", "13")):
                # "criticized Trump's proclamation", "rejected the US proposal": a verbal act on
                # something is aimed at whoever owns or made it.
                named = [n for p in obj.children if p.dep_ == "prep" and p.lower_ in ("by", "of", "from", "for")
                         for n in p.children if n.dep_ == "pobj"]
                # (and the owner of what the phrase names: "appreciation for China's assistance")
                targets = others(self._actors_of([c for c in obj.children if c.dep_ in ("poss", "compound", "amod")]
                                                 + named + [c for n in named for c in n.children if c.dep_ == "poss"],
                                                 by_token))
                if not targets:
                    # "attacked the proclamation of the Golan as Israeli territory by Trump": the
                    # author's "by" phrase may hang further down the verb's arguments.
                    targets = others(self._actors_of(
                        [n for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head != verb
                         and t.head.pos_ != "VERB" and t.i > verb.i for n in t.children if n.dep_ == "pobj"], by_token))
            if not targets and obj is not None and code[:2] in ("18", "19", "20"):
                # "fired rounds at a loudspeaker in South Korea": force lands where it is aimed.
                targets = others(self._actors_of(syntax.aimed_at(obj), {**self._places, **by_token}))
            if not targets and code in ("015", "016") and obj is not None:
                # "claimed responsibility for a deadly attack targeting non-Muslims in Kenya": the
                # claim is aimed at whom the act claimed was aimed at
                acts = [n for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                        for n in p.children if n.dep_ == "pobj"]
                targets = others(self._actors_of([t for n in acts if noun_code(n) is not None
                                                  for t in noun_arguments(n)[1]
                                                  + [o for a in n.children if a.dep_ == "acl" for o in syntax.deps(a, OBJ)]],
                                                 by_token))
            if not targets and what is not None and what.lemma_.lower() in ASYLUM_NOUNS:
                # "sought refuge in Germany": the state asked for protection is where it is sought
                targets = others(self._actors_of([n for t in (verb, what) for p in t.children if p.dep_ == "prep"
                                                  and p.lower_ in ("in", "from") for n in p.children
                                                  if n.dep_ == "pobj"], by_token))
            if not targets and obj is not None and code[:2] in ("09", "17"):
                # "inspected the refineries in Iran", "seized ships in Yemen": the place of the object
                targets = others(self._actors_of([n for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                                                  for n in p.children if n.dep_ == "pobj"], by_token))
            for x in (c for c in verb.children if c.dep_ == "xcomp"):
                if targets:
                    break
                # "threatened to attack Israel", "promised to continue aid to Mozambique": the
                # target sits in the governed infinitive or on its object.
                heads = [x, *syntax.deps(x, OBJ)]
                targets = others(self._actors_of(syntax.deps(x, OBJ) + [n for h in heads for p in h.children if p.dep_ == "prep"
                                                            and p.lower_ in TARGET_PREPS
                                                            for n in p.children if n.dep_ == "pobj"], by_token))
        if not sources:
            return []
        held = obj if obj is not None else (acted_on[0] if acted_on else None)
        if not targets and code in OWN_COUNTRY_CODES and held is not None:
            # "the curfew imposed in Sudan", "a state of emergency in West Darfur": where it holds;
            # a state's curfew or emergency with no place named is on its own country ("the
            # martial law imposed by Marcos").
            targets = self._actors_of([n for t in (held, *(c for c in held.children if c.dep_ == "acl"))
                                       for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                                       for n in p.children if n.dep_ == "pobj"], by_token)
            if not targets:
                targets = [Actor(text=held.doc[held.left_edge.i:held.right_edge.i + 1].text, name=None,
                                 code=s.code[:3], country=s.country, role=None)
                           for s in sources[:1] if s.country and s.code and s.code[:3] != s.code]
        if not targets and code[:2] in ("18", "19", "20") and obj is None and not passive:
            targets = sides.insurgents_state(sources)     # (a victim named but unknown is no one's state)
        if code[:2] in ("18", "19", "20") and syntax.between_persons(verb):
            if lemma in VERBAL_ATTACK_VERBS:
                code = "111"    # "Biden attacked Trump for the tweet": words, not force
            else:
                return []       # "predicts Biden defeats Trump": an election, not a battle
        elif code[:2] == "19" and lemma in VERBAL_ATTACK_VERBS and syntax.for_a_reason(verb):
            code = "111"        # "attacked the government over its policy"
        status = "occurred" if refused else modality.status(verb)
        stated = refused or (verb.dep_ == "xcomp" and head in INTENT_VERBS)     # an intent or refusal
        mark, condition = modality.condition(verb)
        if not refused and verb.dep_ == "xcomp" and head in INTENT_VERBS:
            # "promised to free", "threatened to ban": a statement of intent, or a threat.
            code, status = shifted("intent", code), "planned" if status == "occurred" else status
            if (head == "threaten" or mark == "unless") and code[:2] != "13":
                code = "130"
            if any(c.dep_ == "neg" for c in verb.head.children):
                code, status = shifted("refuse", code if code[:2] != "03" else None), "occurred"
        elif (status in ("planned", "negated") or (status == "hypothetical" and condition is not None)) \
                and self._own_statement(verb, sources, by_token):
            # "Syria said it will withdraw": the speaker states its own intent (CAMEO 03/13), also
            # on a condition ("said they would meet Cordovez if he gave them a veto"); an act
            # announced "unless" another acts is a threat; "said he would not provide support": a
            # refusal that occurred (CAMEO 12).
            stated = True
            if status == "negated":
                code, status = shifted("refuse", code), "occurred"
            else:
                code, status = shifted("intent", code), "planned"
                if mark == "unless" and code[:2] != "13":
                    code = "130"
        if not targets and code[:2] == "13" and condition is not None and not passive:
            # "threatened to stop the talks if the United States deploys missiles": a threat is
            # aimed at whoever must meet its condition.
            targets = [t for t in self._actors_of(syntax.deps(condition, SUBJ | PASSIVE_SUBJ), by_token)
                       if not any(sides.same(x, t) for x in sources)]
        if code[:2] == "04" and lemma in MOTION_VERBS and any(
                t.lower_.startswith(("peacekeep", "peace-keep")) for x in self._subjects(verb) for t in x.subtree):
            code = "074"    # "NATO peacekeeping troops have arrived in Bosnia": peacekeeping provided, no visit
        if (code[:2] == "18" or code == "1712") and sources \
                and all(s.text.split()[-1].lower() in PROTESTER_NOUNS for s in sources):
            # "demolished by a Ukrainian protester": protesters' violence is a riot (weapons of
            # war, CAMEO 19, stay force: "demonstrators launched missiles")
            code = "145"
        if code[:2] == "15" and what is not None and what.lemma_.lower() in EXERCISE_NOUNS:
            # Exercises held with another, or by several together, are military cooperation; held
            # alone, a show of force aimed at the state they are held near ("drills near the border").
            if (targets and any(p == "with" for p, _ in preps)) or (not targets and len(sources) > 1):
                code = "062"
            elif not targets:
                targets = [t for t in self._actors_of([n for p, n in preps if p in ("near", "along", "off")]
                                                     + [n for p, g in preps if p in ("near", "along", "off")
                                                        for a in g.children if a.dep_ in ("amod", "compound", "poss")
                                                        for n in [a]], by_token)
                           if not any(sides.same(x, t) for x in sources)]
        root = code[:2]
        pairs: list[tuple[Actor, Optional[Actor]]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if not sides.same(s, t) and not sides.own_state(s, t, code)]
            if code in MUTUAL_WITH_CODES and not passive and status != "negated":
                withs = self._actors_of([n for p, n in preps if p == "with"], by_token)
                pairs += [(t, s) for s, t in pairs if any(t is w for w in withs)]
        elif 1 < len(sources) <= MAX_MUTUAL and not passive \
                and (lemma in MUTUAL_VERBS or syntax.mutual_object(verb)) \
                and (obj is None or matched == "object" or not self._actors_of([obj], by_token)):
            pairs = [(s, t) for s in sources for t in sources if s is not t and not sides.same(s, t)]
        elif (root in SOURCE_ONLY_ROOTS or lemma in RETREAT_VERBS) and not passive and status != "hypothetical" \
                and (root not in ("03", "12") or stated) and (obj is None or matched == "object" or root != "08"):
            # protests, surrenders, resignations, refusals and intents often name no target
            pairs = [(s, None) for s in sources]
        alleged = self._alleged(verb, code, sources, pairs, by_token)
        if alleged is not None:
            return [CodedEvent(c, s, t, "occurred", sent.start_char, sent.end_char, verb.head.i) for c, s, t in alleged]
        # PLOVER's codebook files resignations under RETREAT (mode "resign"), where CAMEO's leadership
        # change (0831) maps to CONCEDE.
        plover = "RETREAT" if lemma in RESIGN_VERBS and code[:2] == "08" else None
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, verb.i, plover) for s, t in pairs]

    def _alleged(self, verb, code, sources, pairs, by_token):
        """A hostile act under a verb of alleging, as (code, source, target) events of the speaker: an
        accusation (112) of whoever did it, or a claim of responsibility (015) when the speakers say it of
        themselves; None when the act is not alleged by an actor."""
        lead = verb
        while lead.dep_ == "conj" and lead.head != lead:
            lead = lead.head
        if lead.dep_ not in ("ccomp", "xcomp") or lead.head.lemma_.lower() not in ALLEGE_VERBS \
                or not "11" <= code[:2] <= "20":
            return None
        speakers = self._actors_of(self._subjects(lead.head), by_token)
        if not speakers:
            return None
        if all(any(sides.same(s, x) for x in speakers) for s in sources):
            return [("015", s, t) for s, t in pairs if t is not None]
        if self._codes(lead.head):
            return []       # the alleging verb is the accusation itself (aimed at its clause's subject)
        return [("112", x, s) for x in speakers for s in sources if not sides.same(x, s)]

    def _codes(self, verb) -> bool:
        """The verb has a code with its object ("share information" has none, so "agreed to share
        information" is coded on "agreed")."""
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if lemma in LIGHT_VERBS and obj is not None and noun_code(syntax.what(obj)) is not None:
            return True     # "continue military aid": the event noun carries it (_code_noun)
        if lemma not in self.table:
            return False
        preps = [(p.lower_, n.lemma_.lower()) for p in verb.children if p.dep_ in ("prep", "dative")
                 for n in p.children if n.dep_ == "pobj"]
        return self.table.match(lemma, None if obj is None else obj.lemma_.lower(), preps)[0] is not None

    def _own_statement(self, verb, sources, by_token) -> bool:
        """The act is a future one reported by its own actor ("Syria said it will withdraw")."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
            return False
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MARKS for c in verb.children) \
                and not any(c.dep_ == "aux" and c.lower_ == "going" for c in verb.children):
            return False
        speakers = self._actors_of(self._subjects(verb.head), by_token)
        return any(sides.same(a, b) or (a.code == b.code and a.country == b.country) for a in speakers for b in sources)

    def _appeal(self, verb):
        """The actor asked to do the act, when the act hangs under a verb of asking or wanting
        ("wants Putin to attack", "asked Obama to help", "called on Iran to free"), else None."""
        if verb.dep_ == "conj" and verb.head != verb:
            return self._appeal(verb.head)  # "called on Arabs to unite and mobilize": both are asked for
        head = verb.head
        if head == verb or head.lemma_.lower() not in APPEAL_VERBS or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
            return None
        if verb.dep_ == "advcl":
            # "called for NATO members to increase spending": "for" + the asked actor + infinitive
            own = syntax.deps(verb, SUBJ)
            return own[0] if own and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) else None
        if verb.dep_ == "ccomp":
            own = syntax.deps(verb, SUBJ)
            return own[0] if own and verb.children and any(c.dep_ == "aux" and c.lower_ == "to"
                                                            for c in verb.children) else None
        objs = syntax.deps(head, {"dobj", "obj"})
        if objs:
            return objs[0]
        ons = [n for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
               for n in p.children if n.dep_ == "pobj"]
        return ons[0] if ons else None

    def _appeal_events(self, verb, code, controller, sent, by_token) -> list[CodedEvent]:
        head = verb.head
        sources = self._actors_of(self._subjects(head), by_token)
        targets = self._actors_of([controller], by_token)
        code = shifted("appeal", code)
        status = modality.status(head)
        if status == "hypothetical":
            return []       # "might want Obama to head back": no appeal was made
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, head.i)
                for s in sources for t in targets if not sides.same(s, t)]

    def _code_demand(self, verb, sent, by_token) -> list[CodedEvent]:
        """"Russia said Sudan must return the helicopter": a demand (CAMEO 10) by the speaker on
        the subject of the reported clause, coded as the act demanded when the verb has a code."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in DEMAND_SPEECH \
                or not any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in verb.children):
            return []
        sources = self._actors_of(self._subjects(head), by_token)
        targets = self._actors_of(syntax.deps(verb, SUBJ | PASSIVE_SUBJ), by_token)
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        act = self.table.match(lemma, obj.lemma_.lower() if obj is not None else None, [])[0] \
            if lemma in self.table else None
        code = shifted("demand", act)
        status = modality.status(head)
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, head.i)
                for s in sources for t in targets if not sides.same(s, t) and not sides.own_state(s, t, code)]
