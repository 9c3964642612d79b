"""Event coder: who did what to whom, from a spaCy dependency parse and the article's actor mentions.

For every verb with a pattern (events/patterns.py) in a sentence that holds at least two actor
mentions, the source comes from the subject (or the passive agent), the target from the object
or a prepositional argument (or the passive subject), and the code from the verb with its
arguments. A verb whose source or target is not an actor gives no event: Accord prefers no
event to a wrong one. Every event keeps its sentence and span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from accord.events.nouns import noun_arguments, noun_code, noun_status
from accord.events.ontology import lookup
from accord.events.patterns import VerbTable, verb_table
from accord.events.shifts import shifted
from accord.events.wordclasses import word_values, words
from accord.model import Actor, Event, Mention

SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative", "obj", "attr"}
# Prepositions whose object is the target of an action ("talks with Kyiv", "sanctions on Iran");
# "in", "at", "from" name places and times far more often than targets.
TARGET_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "into", "between", "over"}
CLAUSE_TARGET_ROOTS = {"02", "03", "08", "10", "11", "12", "13"}   # 08: "allowed Hong Kong to keep ..."
# Verbs that undo the act their object names: that act is not coded as happening.
UNDO_VERBS = words("undo_verbs")
PLACE_TARGET_ROOTS = {"02": {"from"}, "10": {"from"}, "04": {"in"}, "08": {"from", "in"}, "14": {"in", "outside", "at"},
                      "16": {"from", "in"}, "17": {"in"},
                      "18": {"at"}, "19": {"at"}, "20": {"at"}}
# Prepositions that name the target of an event noun of a root ("warrants for two men").
NOUN_TARGET_PREPS = {"17": {"for", "of"}, "14": {"against"}, "16": {"of", "for"}, "11": {"at", "of"}, "12": {"of"}}
# Verbs under which an infinitive is an intention, not something that happened: the infinitive is
# coded as planned. Commitments ("agreed to", "promised to") are events of their own (CAMEO 03)
# and carry the event themselves.
PLAN_VERBS = words("plan_verbs")
# Verbs that lend a hand to the act below ("helped negotiate the deal"): the act carries the event.
HELP_VERBS = words("help_verbs")   # "attempted to assassinate": the act below carries
# Verbs whose direct object is what is handed over ("sent troops to Saudi Arabia", "gave Iran aid"):
# the target is the receiver, never the object.
TRANSFER_VERBS = words("transfer_verbs")
# Verbs that attack in words as often as by force: with a reason ("for the tweet") or between two
# people they are criticism (CAMEO 111).
VERBAL_ATTACK_VERBS = words("verbal_attack_verbs")
# Light verbs: their subject does the act their object names ("staged a protest", "imposed sanctions",
# "launched an offensive"); other verbs' subjects only talk about it ("attributed the bombing to").
LIGHT_VERBS = words("light_verbs")
# Light verbs that only carry out the act their object names ("launched a mediation effort",
# "staged a hunger strike"): the event noun's code wins over the verb's.
DOING_VERBS = words("doing_verbs")
# Verbs of opinion: "considered Lula a great leader" is a view, not a meeting.
OPINION_VERBS = words("opinion_verbs")
COMMIT_VERBS = words("commit_verbs")
# Verbs under which an infinitive did not happen.
REFUSE_VERBS = words("refuse_verbs")
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "must", "can"}   # "can be removed by Congress": a rule, not an act
# Verbs whose infinitive is an act the subject states it will do: CAMEO codes the statement as
# intent (03) or, for a hostile act, as a threat (13); the act itself has not happened.
INTENT_VERBS = words("intent_verbs")
# Verbs under which another actor's act is asked for ("wants Putin to attack", "asked Obama to
# help", "called on Iran to free"): an appeal (02) to that actor, not the act.
APPEAL_VERBS = words("appeal_verbs")
# Modals that make a reported act something demanded of its subject ("said Sudan must return").
DEMAND_AUX = {"must", "should"}
DEMAND_VERBS = words("demand_verbs")
SPEAKER_PRONOUNS = {"they", "he", "she", "it", "we"}
# Verbs whose giver is the "from" argument: "received weapons from the US" is the US's aid.
INVERSE_VERBS = words("inverse_verbs")
FUTURE_MARKS = {"will", "would", "shall", "'ll", "wo"}
# Codes that are events with a source alone when no target is named: intents, refusals,
# and protests (CAMEO codes them without target; measured: adding yields and mobilisation lost precision).
SOURCE_ONLY_ROOTS = {"03", "12", "14"}
# Yielding that needs no target: "rebels surrendered", "the general resigned".
RETREAT_VERBS = words("retreat_verbs")
RESIGN_VERBS = {"resign", "abdicate"}
REPORTING_VERBS = words("reporting_verbs")
FUTURE_AUX = {"will", "shall", "'ll"}
# Verbs whose coordinated subjects, with no target, act on each other ("Russia and Kazakhstan
# signed a treaty", "Putin and Tokayev met"); "China, Iran and Russia pledged funds" is not mutual.
MUTUAL_VERBS = words("mutual_verbs")
# ... and objects that are mutual whatever the verb ("seek to deepen a partnership").
MUTUAL_OBJECTS = words("mutual_objects")
# Verbs of travel: "returned to Geneva for talks" - the travellers hold the talks.
MOTION_VERBS = words("motion_verbs")
# Places that stand for the people they are for: "a camp for Congolese refugees".
SHELTER_NOUNS = words("shelter_nouns")
ASYLUM_NOUNS = words("asylum_nouns")
EXERCISE_NOUNS = words("exercise_nouns")
PROTESTER_NOUNS = words("protester_nouns")
ALLEGE_VERBS = words("allege_verbs")
UNDERGO_VERBS = words("undergo_verbs")
DEPLOY_VERBS = {"deploy", "station", "send", "dispatch", "post"}
RELATION_NOUNS = words("relation_nouns")
FOLLOWER_NOUNS = words("follower_nouns")
SHOW_VERBS = words("show_verbs")
# A contest's result in a sentence about a sport: "Sweden defeated South Korea 1 – 0".
SPORT_VERBS = words("sport_verbs")
SPORT_WORDS = words("sport_words") | words("election_words")
_SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s?[–—-]\s?\d{1,3}(?![\d.,%])")
# Nouns for people who act for a place ("forces in Guinea", "rebels in the Ivory Coast").
AGENT_NOUNS = word_values("agent_noun")
# People named by where they come from ("dissidents from Myanmar", "a delegation from Iran").
PEOPLE_NOUNS = set(AGENT_NOUNS) | words("people_noun")
# Codes that are mutual when the other party is a "with" argument: "held exercises with India" is
# one joint act. Meetings and talks "with" someone are coded from the subject only ("met with the
# Japanese ambassador": X->Y, as GDELT and both gold sets code them; "X and Y met" gives both).
MUTUAL_WITH_CODES = {"062"}
# Roots where an agent acting on its own country is an event (intents, yielding, rejection, threats,
# protest, coercion, force: "promised to democratize Serbia", "lifted the emergency in Darfur"); a
# state "ruling" or "leading" itself, or demanding of itself, is not.
# Unions the coder tests per verb, made once.
INTENT_OR_APPEAL = INTENT_VERBS | APPEAL_VERBS
DEMAND_HEADS = DEMAND_VERBS | {"urge", "call", "ask", "appeal"}
GOVERNING_VERBS = PLAN_VERBS | REFUSE_VERBS | INTENT_VERBS | HELP_VERBS
REPORTING_OR_DEMAND = REPORTING_VERBS | DEMAND_VERBS
DEMAND_SPEECH = REPORTING_OR_DEMAND - {"agree"}    # "agreed that they should" is an agreement
PLAN_OR_COMMIT = PLAN_VERBS | COMMIT_VERBS
DOMESTIC_ROOTS = {"03", "08", "12", "13", "14", "17", "18", "19", "20"}
# ... and where a population acts on its own government ("Algerians protested against the
# government"); a state acting on its own forces or agencies is the state at work, not an event.
POPULATION_ROOTS = {"11", "12", "13", "14"}
# Curfews, emergencies and martial law, imposed or eased, hold over a place: the one named, else the
# imposing state's own country.
OWN_COUNTRY_CODES = {"0813", "0814", "1323", "1324", "1723", "1724"}
MAX_MUTUAL = 4      # beyond that a list of parties is a coalition, not pairs acting on each other
# 010 "make statement" would code every "X said"; statements are quotes, not events.
DROP_CODES = {"010"}


@dataclass(slots=True)
class CodedEvent:
    """A coded event before it becomes a contract Event (the pipeline adds id and date)."""
    cameo: str
    source: Actor
    target: Optional[Actor]
    status: str
    sent_start: int     # char span of the sentence in the article text
    sent_end: int
    verb_index: int
    plover: Optional[str] = None    # a PLOVER type the act itself fixes, over the CAMEO table's


class EventCoder:
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
                if tok.lemma_.lower() in self.table or _refused(tok):
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
            key = (e.sent_start, e.cameo, _key(e.source), _key(e.target), e.status)
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
        if lemma in SPORT_VERBS and _sport(sent):
            return []   # "Sweden defeated South Korea 1 – 0": a match, not force; "defeated the incumbent": a vote
        if verb.lemma_.lower() in REFUSE_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
            return []   # the refused act below carries the REJECT event
        if lemma in INTENT_OR_APPEAL and any(
                c.dep_ in ("xcomp", "ccomp") and (self._codes(c) or _refused(c))
                and not (lemma == "agree" and _deps(c, {"aux"}) and any(a.lower_ in DEMAND_AUX for a in c.children))
                for c in verb.children):
            return []   # "threatened to attack", "urged Iran to free": the act below carries the event
        if verb.dep_ in ("acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and self._appeal(verb) is None:
            # "pressure to help Iran", "sent troops to fight": a purpose or an aim, not an act.
            return []
        if _in_reason(verb):
            return []   # "jailed a student for helping militants join a group": the charge, not an act
        if _describes(verb):
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
        what = _what(obj)
        code, matched = self.table.match(
            lemma,
            None if what is None else what.lower_ if (lemma, what.lower_) in self.table.objects else what.lemma_.lower(),
            [(p, n.lower_) for p, n in preps] + [(p, n.lemma_.lower()) for p, n in preps])
        if lemma in SHOW_VERBS and obj is not None and matched == "default":
            return []   # "demonstrated a shocking ignorance": shown, not a protest ("demonstrated support" keeps its row)
        refused = _refused(verb) or (verb.dep_ == "xcomp" and head == "fail" and code is not None
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
            patients = _deps(verb, PASSIVE_SUBJ) + acted_on
            if not patients and verb.dep_ == "conj" and verb.head != verb:
                # "the civilians imprisoned for ... were released by Putin": a passive conjunct with
                # no subject of its own acts on the first conjunct's
                patients = _deps(verb.head, SUBJ | PASSIVE_SUBJ)
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
                sources = self._actors_of(_speakers_of(subjects, self._subjects), by_token)
            if not sources and code[:2] >= "18":
                # "US drone attacks killed eight al-Qaeda leaders": whoever made the attack did it
                sources = self._actors_of([m for t in subjects if noun_code(t) is not None
                                           for m in noun_arguments(t)[0]], by_token)

            def others(actors: list[Actor]) -> list[Actor]:
                # "withdraw its troops from Lebanon": what belongs to the source is not the target.
                return [t for t in actors if not any(_same(x, t) for x in sources)]
            # In a light-verb pattern ("made a visit to Canada", "imposed sanctions on Iran") the
            # object is the event itself, and its possessor ("his visit") is not the target.
            # ... and so are people a light verb joins ("joined thousands of demonstrators"); what
            # else it names may hold the target ("attend the Beijing Olympics").
            event_obj = matched == "object" and (noun_code(what) is not None or (
                lemma in LIGHT_VERBS and what.lemma_.lower() in PEOPLE_NOUNS))
            targets = others(self._actors_of([d for d in _deps(verb, OBJ) if not (event_obj and d == obj)
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
                targets = others(_purpose_actors(verb, by_token))
            if not targets and code[:2] == "15":
                # "mobilized reservists for a possible war against Iraq"
                targets = others(self._actors_of([g for _, n in preps for p in n.children if p.dep_ == "prep"
                                                  and p.lower_ == "against" for g in p.children if g.dep_ == "pobj"],
                                                 by_token))
            if not targets and code[:2] in PLACE_TARGET_ROOTS:
                # CAMEO codes the place of a meeting or a protest as its target ("met in Qatar",
                # "protested in Beijing"), and the place fired at for force ("fired at Russia");
                # a demand or appeal "from" someone is addressed to them ("demanded from Interpol").
                places = [n for p, n in preps if p in PLACE_TARGET_ROOTS[code[:2]]]
                targets = others(self._actors_of(places, {**self._places, **by_token}))
                if not targets and code[:2] == "14":
                    # "rioted at this jail in northern Israel": the place of the place
                    targets = others(self._actors_of([n for t in places for p in t.children if p.dep_ == "prep"
                                                      and p.lower_ == "in" for n in p.children if n.dep_ == "pobj"],
                                                     by_token))
            if not targets and code[:2] in CLAUSE_TARGET_ROOTS:
                # "demanded that the US cancel", "urged that Iran stop": a verbal act aimed at the
                # subject of the clause it governs.
                targets = others(self._actors_of([s for c in verb.children if c.dep_ == "ccomp"
                                           for s in _deps(c, SUBJ)], by_token))   # not victims: "claimed soldiers were killed"
                if not targets and code[:2] in ("02", "10"):
                    # "appealed for the population to remain calm": an appeal for an act with no
                    # code of its own is still aimed at whoever is asked
                    targets = others(self._actors_of([s for c in verb.children if c.dep_ == "advcl"
                                                      and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                                                      for s in _deps(c, SUBJ)], by_token))
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
                targets = others(self._actors_of(_aimed_at(obj), {**self._places, **by_token}))
            if not targets and code in ("015", "016") and obj is not None:
                # "claimed responsibility for a deadly attack targeting non-Muslims in Kenya": the
                # claim is aimed at whom the act claimed was aimed at
                acts = [n for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                        for n in p.children if n.dep_ == "pobj"]
                targets = others(self._actors_of([t for n in acts if noun_code(n) is not None
                                                  for t in noun_arguments(n)[1]
                                                  + [o for a in n.children if a.dep_ == "acl" for o in _deps(a, OBJ)]],
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
                heads = [x, *_deps(x, OBJ)]
                targets = others(self._actors_of(_deps(x, OBJ) + [n for h in heads for p in h.children if p.dep_ == "prep"
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
            targets = _insurgents_state(sources)     # (a victim named but unknown is no one's state)
        if code[:2] in ("18", "19", "20") and _between_persons(verb):
            if lemma in VERBAL_ATTACK_VERBS:
                code = "111"    # "Biden attacked Trump for the tweet": words, not force
            else:
                return []       # "predicts Biden defeats Trump": an election, not a battle
        elif code[:2] == "19" and lemma in VERBAL_ATTACK_VERBS and _for_a_reason(verb):
            code = "111"        # "attacked the government over its policy"
        status = "occurred" if refused else _status(verb)
        stated = refused or (verb.dep_ == "xcomp" and head in INTENT_VERBS)     # an intent or refusal
        mark, condition = _condition(verb)
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
            targets = [t for t in self._actors_of(_deps(condition, SUBJ | PASSIVE_SUBJ), by_token)
                       if not any(_same(x, t) for x in sources)]
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
                           if not any(_same(x, t) for x in sources)]
        root = code[:2]
        pairs: list[tuple[Actor, Optional[Actor]]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if not _same(s, t) and not _own_state(s, t, code)]
            if code in MUTUAL_WITH_CODES and not passive and status != "negated":
                withs = self._actors_of([n for p, n in preps if p == "with"], by_token)
                pairs += [(t, s) for s, t in pairs if any(t is w for w in withs)]
        elif 1 < len(sources) <= MAX_MUTUAL and not passive \
                and (lemma in MUTUAL_VERBS or _mutual_object(verb)) \
                and (obj is None or matched == "object" or not self._actors_of([obj], by_token)):
            pairs = [(s, t) for s in sources for t in sources if s is not t and not _same(s, t)]
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
        if all(any(_same(s, x) for x in speakers) for s in sources):
            return [("015", s, t) for s, t in pairs if t is not None]
        if self._codes(lead.head):
            return []       # the alleging verb is the accusation itself (aimed at its clause's subject)
        return [("112", x, s) for x in speakers for s in sources if not _same(x, s)]

    def _codes(self, verb) -> bool:
        """The verb has a code with its object ("share information" has none, so "agreed to share
        information" is coded on "agreed")."""
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if lemma in LIGHT_VERBS and obj is not None and noun_code(_what(obj)) is not None:
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
        return any(_same(a, b) or (a.code == b.code and a.country == b.country) for a in speakers for b in sources)

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
            own = _deps(verb, SUBJ)
            return own[0] if own and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) else None
        if verb.dep_ == "ccomp":
            own = _deps(verb, SUBJ)
            return own[0] if own and verb.children and any(c.dep_ == "aux" and c.lower_ == "to"
                                                            for c in verb.children) else None
        objs = _deps(head, {"dobj", "obj"})
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
        status = _status(head)
        if status == "hypothetical":
            return []       # "might want Obama to head back": no appeal was made
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, head.i)
                for s in sources for t in targets if not _same(s, t)]

    def _code_demand(self, verb, sent, by_token) -> list[CodedEvent]:
        """"Russia said Sudan must return the helicopter": a demand (CAMEO 10) by the speaker on
        the subject of the reported clause, coded as the act demanded when the verb has a code."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in DEMAND_SPEECH \
                or not any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in verb.children):
            return []
        sources = self._actors_of(self._subjects(head), by_token)
        targets = self._actors_of(_deps(verb, SUBJ | PASSIVE_SUBJ), by_token)
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        act = self.table.match(lemma, obj.lemma_.lower() if obj is not None else None, [])[0] \
            if lemma in self.table else None
        code = shifted("demand", act)
        status = _status(head)
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, head.i)
                for s in sources for t in targets if not _same(s, t) and not _own_state(s, t, code)]

    def _code_noun(self, tok, sent, by_token) -> list[CodedEvent]:
        code = noun_code(tok)
        if code is None or (tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in UNDO_VERBS):
            return []       # "lifted the sanctions", "ended the occupation": not imposed now
        if tok.dep_ in ("dobj", "obj") and _describes(tok.head):
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
                pairs = [(s, t) for s in sources for t in parties if not _same(s, t)]
            else:
                pairs = [(s, t) for s in parties for t in parties if s is not t and not _same(s, t)] \
                    if len(parties) > 1 else [(s, t) for s in sources for t in parties if not _same(s, t)]
        else:
            targets = self._actors_of(tgt_toks, by_token)
            if not targets:
                # "restrictions on flights to Cuba": the target one phrase further down.
                targets = self._actors_of([n for t in tgt_toks for p in t.children if p.dep_ == "prep"
                                           and p.lower_ in ("to", "in", "from", "against", "with")
                                           for n in p.children if n.dep_ == "pobj"], by_token)
            if not targets and code[:2] in ("18", "19", "20") and not tgt_toks and held.dep_ in ("dobj", "obj"):
                targets = _insurgents_state(sources)    # ("launched attacks"; not "the attack was claimed by")
            if not targets and code[:2] == "14":
                # "staged demonstrations to demand reforms by President Suharto's government"
                targets = _purpose_actors(tok.head if tok.dep_ in ("dobj", "obj") else tok, by_token)
            pairs = [(s, t) for s in sources for t in targets if not _same(s, t) and not _own_state(s, t, code)]
        return [CodedEvent(code, s, t, status, sent.start_char, sent.end_char, tok.i) for s, t in pairs]

    def _subjects(self, verb) -> list:
        """The verb's own subject, else the one it shares: "agreed to visit", "met and signed"."""
        came_from = ""
        tok = verb
        for _ in range(4):
            # Up from an infinitive, the governing verb's passive subject is the doer too:
            # "Obama is scheduled to attend", "Iran is expected to sign".
            subj = [t for t in _deps(tok, SUBJ if tok == verb or came_from != "xcomp" else SUBJ | PASSIVE_SUBJ)
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
            group = [tok] if tok.i in self._alone else [tok, *tok.conjuncts]
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
        if noun_code(tok) is not None:
            return None     # "Russia's visit" is an event, not Russia: it cannot be an argument
        # "Israel's militia ally", "its European Community partners": the other side of a relation
        # is not its possessor (a modifier still names it: "European Community partners").
        owned = ("compound", "amod", "nmod", "appos") if tok.lemma_.lower() in RELATION_NOUNS \
            else ("compound", "amod", "poss", "nmod", "appos")
        follower = tok.lemma_.lower() in FOLLOWER_NOUNS
        for c in tok.children:
            if c.dep_ in owned and c.i in by_token:
                if follower and _names_person(by_token[c.i], c):
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
                    m = EventCoder._mention_for(n, by_token, depth + 1)
                    if m is not None:
                        return m
        return None


# Verbs of a protest's purpose clause whose arguments name who the protest is aimed at.
PURPOSE_VERBS = words("purpose_verbs")


def _purpose_actors(verb, by_token) -> list[Actor]:
    """Actors named in the purpose of an act: "(to) demand ...", "calling for ...", "in protest at ..."."""
    out: list[Actor] = []
    # the act's own clauses and phrases, and those of a clause it continues in ("rioted, joining
    # demonstrators in demanding a referendum")
    kids = list(verb.children)
    kids += [g for c in kids if c.dep_ in ("advcl", "conj") for g in c.children]
    kids += [g for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pcomp"]
    for c in kids:
        if c.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") and c.lemma_.lower() in PURPOSE_VERBS:
            heads = [c]
        elif c.dep_ == "prep" and c.lower_ == "in" and any(n.lemma_.lower() == "protest" for n in c.children):
            heads = [n for n in c.children if n.lemma_.lower() == "protest"]
        elif c.dep_ == "prep" and c.lower_ in ("over", "against") and c.head == verb:
            heads = [c]     # "protested over a bill signed by the minister", "against the government's plan"
        elif c.dep_ in ("dobj", "obj", "npadvmod"):
            # "stopped work on the first day of a strike over a bill": the grievance may hang lower
            heads = [p for t in c.subtree if t.dep_ == "prep" and t.lower_ in ("over", "against") for p in [t]][:1]
        else:
            continue
        for h in heads:
            for t in h.subtree:
                m = by_token.get(t.i)
                if m is not None and all(m.actor is not a for a in out):
                    out.append(m.actor)
    return out


# Nouns that count what follows them: "thousands of demonstrators", "dozens of tons of grain".
QUANTITY_NOUNS = words("quantity_nouns")
SPAN_NOUNS = QUANTITY_NOUNS | {"day", "week", "month", "round"}     # "ten days of war games"


def _what(obj):
    """The noun an object names: past a quantity ("thousands of demonstrators" -> demonstrators)."""
    for _ in range(2):
        if obj is None or obj.lemma_.lower() not in QUANTITY_NOUNS:
            break
        of = [n for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"]
        if not of:
            break
        obj = of[0]
    return obj


def _condition(verb):
    """("if" | "unless", the condition's verb) when the act, or the verb it is stated under
    ("threatened to attack ... unless", "said they would meet ... if"), carries a condition."""
    tok = verb
    for _ in range(3):
        for c in tok.children:
            if c.dep_ == "advcl":
                mark = next((m.lower_ for m in c.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)
                if mark is not None:
                    return mark, c
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head == tok:
            break
        tok = tok.head
    return None, None


def _in_reason(verb) -> bool:
    """The verb sits in a reason phrase of another act ("arrested for spying", "jailed for helping
    militants join"): what it names is alleged, and coded, if at all, as part of that act."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "over") and tok.head.head.pos_ in ("VERB", "AUX"):
            return True
        if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _speakers_of(subjects, subjects_of) -> list:
    """The speakers a pronoun subject stands for when its clause is reported ("X said it would",
    "X says it is willing to"): the subjects of the reporting verb above the pronoun's clause."""
    out = []
    for t in subjects:
        if t.pos_ != "PRON" or t.lower_ not in SPEAKER_PRONOUNS:
            continue
        clause = t.head
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS | ALLEGE_VERBS:
            out += subjects_of(clause.head)
    return out


# spaCy makes a new Token object on every access: tokens are compared with == (same document and
# index), never with "is".


def _between_persons(verb) -> bool:
    """Subject and object are both named people (spaCy PERSON entities)."""
    subj = [t for t in verb.children if t.dep_ in SUBJ]
    obj = [t for t in verb.children if t.dep_ in ("dobj", "obj")]
    return bool(subj and obj) and subj[0].ent_type_ == "PERSON" and obj[0].ent_type_ == "PERSON"


def _for_a_reason(verb) -> bool:
    """A "for/over" phrase giving a reason ("attacked X for the tweet"), not a time or a place."""
    return any(p.dep_ == "prep" and p.lower_ in ("for", "over") and n.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
               and n.pos_ != "NUM" for p in verb.children for n in p.children if n.dep_ in ("pobj", "pcomp"))


def _mutual_object(verb) -> bool:
    """The verb's object, or its infinitive's ("seek to deepen a partnership"), is reciprocal."""
    for v in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        if any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in MUTUAL_OBJECTS or _reciprocal(c)) for c in v.children):
            return True
    return False


def _names_person(m: Mention, tok) -> bool:
    """Whether a mention is a person: one holding a role, a former office holder, or a PERSON the NER found."""
    return m.actor.role is not None or (m.actor.code or "").endswith("ELI") or tok.ent_type_ == "PERSON"


def _sport(sent) -> bool:
    """Whether the sentence is about a contest: a word of a sport or an election, or a score ("1 – 0", "3-2")."""
    return any(t.lemma_.lower() in SPORT_WORDS or t.lower_ in SPORT_WORDS for t in sent) or bool(_SCORE.search(sent.text))


def _reciprocal(tok) -> bool:
    """"each other", "one another": "India and Pakistan accused each other" is two acts, one each way."""
    pair = {"other": "each", "another": "one", "one": "another"}.get(tok.lower_)   # (parsed either way round)
    return pair is not None and any(c.lower_ == pair for c in tok.children)


def _aimed_at(obj) -> list:
    """Places a weapon object is aimed at: pobj of at/on/into under the object (also through a
    participle, "rounds aimed at"), and the place those are in."""
    out = []
    frontier = [obj]
    for _ in range(5):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "in")):
                    nxt.append(c)
                elif c.dep_ == "pobj" and t.dep_ == "prep":
                    out.append(c)
                    nxt.append(c)
        frontier = nxt
    return out


def _refused(verb) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSE_VERBS - {"fail"}


def _deps(tok, labels: set[str]) -> list:
    return [c for c in tok.children if c.dep_ in labels]


def _describes(verb) -> bool:
    """The verb sits in a present-tense relative clause ("Hamas, which advocates Israel's
    destruction", "a resolution that aims to tighten sanctions"): what the noun stands for, not
    something that happened."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _insurgents_state(sources: list[Actor]) -> list[Actor]:
    """"Boko Haram has launched many attacks": force by rebels with no target named is aimed at the
    state they fight (their own country: NGAREB on NGA), as CAMEO codes insurgencies."""
    out = []
    for s in sources:
        if s.country and s.code and len(s.code) >= 6 and "REB" in (s.code[i:i + 3] for i in range(3, len(s.code), 3)):
            out.append(Actor(text=s.text, name=None, code=s.code[:3], country=s.country, role=None))
    return out[:1]


def _key(a: Optional[Actor]):
    return None if a is None else (a.name or a.code, a.code, a.country)


def _same(a: Actor, b: Actor) -> bool:
    return (a.name or a.code) == (b.name or b.code) and a.code == b.code


def _own_state(a: Actor, b: Actor, code: str = "") -> bool:
    """A country's own government, people or leader acting on the country as a whole ("Mugabe
    ruled Zimbabwe") is domestic politics, not an interaction between two actors."""
    if code[:2] == "14" and a.country is not None and a.country == b.country and a.code and "GOV" in a.code[3:]:
        return True     # "Trump held a rally in Nevada": a government does not protest against its own country
    if (code[:2] in DOMESTIC_ROOTS and a.code != a.country) or (code[:2] in POPULATION_ROOTS and b.code != b.country):
        return False    # "Boko Haram attacked towns in Nigeria", "Algerians protested against the government"
    return a.country is not None and a.country == b.country and (a.code == a.country or b.code == b.country)


def _status(verb) -> str:
    """occurred | planned | negated | hypothetical, from the verb's own auxiliaries and the verbs
    that govern it ("plans to visit", "refused to sign", "if ... attacks")."""
    tok = verb
    # "I will destroy and obliterate": a conjunct with no auxiliary or marker of its own shares
    # the first one's ("obliterate" is as future as "destroy")
    while tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("aux", "auxpass", "neg", "mark", "nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head
    for _ in range(4):
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids):
            return "negated"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return "hypothetical"
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if "would" in aux and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS \
                and not any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in kids):
            return "planned"    # "said they would boycott": the future seen from a past report
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & FUTURE_AUX or ("going" in aux and tok != verb):
            return "planned"
        if tok.dep_ != "xcomp":
            break
        head = tok.head
        hl = head.lemma_.lower()
        if hl in REFUSE_VERBS:
            return "negated"
        if hl in PLAN_OR_COMMIT:
            return "planned"
        tok = head
    return "occurred"


def to_event(ce: CodedEvent, text: str, event_id: str, date: Optional[str]) -> Event:
    entry = lookup(ce.cameo)
    raw = text[ce.sent_start:ce.sent_end]
    start = ce.sent_start + len(raw) - len(raw.lstrip())
    end = start + len(raw.strip())
    plover = ce.plover or entry.plover
    if ce.status == "planned" and "04" <= ce.cameo[:2] <= "08":
        # PLOVER's AGREE is any promise or stated willingness to cooperate: a cooperative act that
        # is announced for later ("will support", "plans to visit") is an AGREE event now.
        plover = "AGREE"
    elif ce.status == "planned" and ce.cameo[:2] >= "15":
        # ... and a hostile act announced for later ("would boycott", "will withdraw unless") is a
        # threat, PLOVER's THREATEN (CAMEO's own rule for statements of intent to act against).
        plover = "THREATEN"
    return Event(
        id=event_id, date=date, source=ce.source, target=ce.target, cameo=ce.cameo, root=ce.cameo[:2],
        quad_class=entry.quad_class, goldstein=entry.goldstein, plover=plover, status=ce.status,
        sentence=text[start:end], span=(start, end))
