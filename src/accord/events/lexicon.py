"""The word classes and dependency labels the event coder reads (the word lists themselves are data:
events/data, loaded by accord.events.wordclasses)."""
from __future__ import annotations

from accord.events.wordclasses import word_values, words

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
# Texts a passive "it" stands for before any actor ("approved a bill, but it was dismissed").
DOCUMENT_NOUNS = words("document_nouns")
SHOW_VERBS = words("show_verbs")
# A contest's result in a sentence about a sport: "Sweden defeated South Korea 1 – 0".
SPORT_VERBS = words("sport_verbs")
# Verbs of aiming: "fired tear gas at protesters" is aimed at them (a target "at" for coercion too).
AIM_VERBS = words("aim_verbs")
# Verbs that deny an entry: in the passive with no "by", the state to be entered is the one denying it.
ENTRY_VERBS = {"deny", "refuse"}
SPORT_WORDS = words("sport_words") | words("election_words")
# Nouns for people who act for a place ("forces in Guinea", "rebels in the Ivory Coast").
AGENT_NOUNS = word_values("agent_noun")
# People named by where they come from ("dissidents from Myanmar", "a delegation from Iran").
PEOPLE_NOUNS = set(AGENT_NOUNS) | words("people_noun")
# Codes that are mutual when the other party is a "with" argument: "held exercises with India" is
# one joint act. Meetings and talks "with" someone are coded from the subject only ("met with the
# Japanese ambassador": X->Y, as GDELT and both gold sets code them; "X and Y met" gives both).
MUTUAL_WITH_CODES = {"062"}
# Unions the coder tests per verb, made once.
INTENT_OR_APPEAL = INTENT_VERBS | APPEAL_VERBS
DEMAND_HEADS = DEMAND_VERBS | {"urge", "call", "ask", "appeal"}
GOVERNING_VERBS = PLAN_VERBS | REFUSE_VERBS | INTENT_VERBS | HELP_VERBS
REPORTING_OR_DEMAND = REPORTING_VERBS | DEMAND_VERBS
DEMAND_SPEECH = REPORTING_OR_DEMAND - {"agree"}    # "agreed that they should" is an agreement
PLAN_OR_COMMIT = PLAN_VERBS | COMMIT_VERBS
# Roots where an agent acting on its own country is an event (intents, yielding, rejection, threats,
# protest, coercion, force: "promised to democratize Serbia", "lifted the emergency in Darfur"); a
# state "ruling" or "leading" itself, or demanding of itself, is not.
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

# Verbs of a protest's purpose clause whose arguments name who the protest is aimed at.
PURPOSE_VERBS = words("purpose_verbs")
# Nouns that count what follows them: "thousands of demonstrators", "dozens of tons of grain".
QUANTITY_NOUNS = words("quantity_nouns")
SPAN_NOUNS = QUANTITY_NOUNS | {"day", "week", "month", "round"}     # "ten days of war games"
