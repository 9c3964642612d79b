"""The event coder on real spaCy parses with hand-built actor mentions (the resolver is tested
on its own), so a failure here points at the coder."""
from __future__ import annotations

import pytest

from accord.events.coded import to_event
from accord.events.coder import EventCoder
from accord.model import Actor, Mention

COUNTRIES = {"Greece": "GRC", "Brazil": "BRA", "Syrian": "SYR", "Britain": "GBR", "French": "FRA", "NATO": "IGOWSTNAT", "Congo": "COD", "Rwanda": "RWA", "Cuban": "CUB", "Samoa": "WSM",
             "Tanzania": "TZA", "Finland": "FIN", "Greek": "GRC", "Turkish": "TUR", "Russia": "RUS", "Russian": "RUS", "Kazakhstan": "KAZ", "Iran": "IRN", "Ukraine": "UKR",
             "China": "CHN", "Israel": "ISR", "France": "FRA", "Washington": "USA", "Moscow": "RUS",
             "Kyiv": "UKR", "Tehran": "IRN", "Beijing": "CHN", "Syria": "SYR", "Turkey": "TUR",
    "Israeli": "ISR", "US": "USA", "British": "GBR", "Switzerland": "CHE", "Sudan": "SDN", "Egypt": "EGY",
    "Guinea": "GIN", "Lebanon": "LBN", "Libya": "LBY", "Oman": "OMN"}


def mentions_for(doc) -> list[Mention]:
    return [Mention(t.i, t.i + 1, t.idx, t.idx + len(t), Actor(t.text, t.text, COUNTRIES[t.text], COUNTRIES[t.text]))
            for t in doc if t.text in COUNTRIES]


def events_with(nlp, text: str, names: dict[str, str]):
    """The coder's events over `text` with a mention for each name (its first occurrence) and code."""
    doc = nlp(text)
    ms = []
    for name, code in names.items():
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        ms.append(Mention(span.start, span.end, span.start_char, span.end_char, Actor(name, None, code, code[:3])))
    return EventCoder().code(doc, ms)


@pytest.fixture(scope="module")
def code(nlp):
    coder = EventCoder()

    def run(text):
        doc = nlp(text)
        return [(e.cameo, e.source.code, e.target.code if e.target else None, e.status)
                for e in coder.code(doc, mentions_for(doc))]
    return run


@pytest.mark.parametrize("text, expected", [
    ("Russia visited Kazakhstan on Thursday.", [("042", "RUS", "KAZ", "occurred")]),
    ("Moscow hosted Tehran for two days of meetings.", [("043", "RUS", "IRN", "occurred")]),
    ("France praised Kazakhstan for its reforms.", [("051", "FRA", "KAZ", "occurred")]),
    ("Iran criticized Israel over the raid.", [("111", "IRN", "ISR", "occurred")]),
    ("Kyiv accused Moscow of shelling the city.", [("112", "UKR", "RUS", "occurred")]),
    ("Washington imposed sanctions on Iran.", [("163", "USA", "IRN", "occurred")]),
    ("Russia attacked Ukraine.", [("190", "RUS", "UKR", "occurred")]),
    # passive voice: the agent is the source
    ("Ukraine was attacked by Russia.", [("190", "RUS", "UKR", "occurred")]),
    # a light verb with a prepositional target
    # (talks with someone are mutual: CAMEO codes both directions, as PETRARCH's gold does)
    # talks "with" someone are coded from the subject, as GDELT and both gold sets code them
    ("China held talks with Iran in Geneva.", [("046", "CHN", "IRN", "occurred")]),
    # coordinated subjects of a mutual act give both directions
    ("Russia and Kazakhstan signed an agreement.",
     [("057", "RUS", "KAZ", "occurred"), ("057", "KAZ", "RUS", "occurred")]),
    # a contest's result is no force where the sentence names a sport or gives a score
    ("Sweden defeated Russia 1 – 0 on day five of the World Cup.", []),
    ("Russia beat Ukraine 3-2 in Kyiv.", []),
    ("Israel defeated Iran in a cricket match.", []),
    ("Russia defeated Ukraine in the battle for the city.", [("190", "RUS", "UKR", "occurred")]),
    ("In 2008, Israel defeated the incumbent Iran to win the seat.", []),
    # idioms that take or seize nothing
    ("The talks between Russia and Ukraine took place in Turkey.",
     [("046", "RUS", "UKR", "occurred"), ("046", "UKR", "RUS", "occurred")]),      # the talks, no seizure
    # an agreement between two states is one signed (057), both ways
    ("They said the maritime border agreement between Turkey and Libya is null and void.",
     [("057", "TUR", "LBY", "occurred"), ("057", "LBY", "TUR", "occurred")]),
    # and its modifier is a party to it: negotiating "the Iran nuclear deal" is negotiating with Iran
    ("Oman helped negotiate the Iran nuclear deal.", [("046", "OMN", "IRN", "occurred")]),
    ("With so many Israeli students in France, Russia can seize the opportunity to be a centre.", []),
    ("A debate of Russian and Israeli envoys took place in Turkey.", []),
    # a finding issued is no cooperation
    ("The court in Israel issued a ruling on Iran's claim.", []),
    # aid dropped or airlifted to a state
    ("The US dropped food to Iran.", [("070", "USA", "IRN", "occurred")]),
    ("Russia dropped its demand on Ukraine.", []),
    # a passive act of force "by" or "in" an attack: whoever made the attack did it
    ("Ten Syrian soldiers were killed by an Israeli airstrike on Monday.", [("190", "ISR", "SYR", "occurred")]),
    ("Ten Syrian soldiers were killed in an Israeli airstrike on Monday.", [("190", "ISR", "SYR", "occurred")]),
    # a hostile act the actor claims to have done is its claim of responsibility; "claimed to represent": none
    ("Iran claimed to have shot down a US drone.", [("015", "IRN", "USA", "occurred")]),
    ("Russia claimed to represent Syria at the talks.", []),
    # "demonstrate" with an object shows it ("demonstrated support" keeps its row)
    ("The court in Israel demonstrated a shocking ignorance of Iran.", []),
    ("Israel demonstrated its support for Ukraine.", [("051", "ISR", "UKR", "occurred")]),
    # the one who appears in court is charged, not charging
    ("An Israeli appeared in court in Turkey yesterday, charged with murder.", []),
    # "can": a rule or an ability, not an act
    ("Under the treaty, Russia can expel Ukraine's diplomats.", [("161", "RUS", "UKR", "hypothetical")]),
    ("Russia seized Ukraine's ships.", [("171", "RUS", "UKR", "occurred")]),
    ("Israel defeated Iran near the border, killing 20 soldiers.", [("190", "ISR", "IRN", "occurred")]),
    # a relative clause with no comma before it is about its own noun, not the nouns it is listed with
    ("The report named France, Germany and a British diplomat who visited Iran last week.",
     [("042", "GBR", "IRN", "occurred")]),
    # "each other", "one another": one act each way
    ("Russia and Ukraine accused each other of shelling the plant.",
     [("112", "RUS", "UKR", "occurred"), ("112", "UKR", "RUS", "occurred")]),
    ("Israel and Iran criticized one another at the meeting.",
     [("111", "ISR", "IRN", "occurred"), ("111", "IRN", "ISR", "occurred")]),
    ("Russia and Kazakhstan spoke by telephone on Friday.",
     [("040", "RUS", "KAZ", "occurred"), ("040", "KAZ", "RUS", "occurred")]),
    # status
    ("China will visit Iran next week.", [("042", "CHN", "IRN", "planned")]),
    ("Iran plans to attack Israel.", [("190", "IRN", "ISR", "planned")]),
    ("Russia did not meet Kazakhstan.", [("040", "RUS", "KAZ", "negated")]),
    ("Kazakhstan declined to meet Russia.", [("125", "KAZ", "RUS", "occurred")]),
    # reported speech: the reported act is coded, the statement is not
    ("Iran said Israel attacked Syria.", [("190", "ISR", "SYR", "occurred")]),
    # a participle's doer is whoever acted on the noun it modifies
    ("Iran launched missiles targeting US troops in Syria.", [("190", "IRN", "USA", "occurred")]),
    # the relative pronoun stands for the noun
    ("Turkey condemned the airstrike that Israeli jets carried out.", []),
    # noun-phrase events
    ("Talks between Russia and Ukraine resumed on Monday.",
     [("046", "RUS", "UKR", "occurred"), ("046", "UKR", "RUS", "occurred")]),
    ("The US sanctions on Iran hurt its trade.", [("163", "USA", "IRN", "occurred")]),
    ("Israeli strikes on Syria killed ten people.", [("190", "ISR", "SYR", "occurred")]),
    ("Russia's upcoming visit to Iran worries Turkey.", [("042", "RUS", "IRN", "planned")]),
    ("Russia announced a visit to Iran.", [("036", "RUS", "IRN", "occurred")]),   # intent to meet
    # the object of a coded verb is that verb's event, not a second one
    ("Russia cancelled its visit to Iran.", [("160", "RUS", "IRN", "occurred")]),
    # lifting sanctions is easing them, and the sanctions are not imposed anew
    ("Washington lifted the sanctions on Iran.", [("085", "USA", "IRN", "occurred")]),
    # the future seen from a past report is planned, not hypothetical
    ("Iran said Turkey would attack Syria.", [("190", "TUR", "SYR", "planned")]),
    ("Turkey would attack Syria if Iran agreed.", [("190", "TUR", "SYR", "hypothetical")]),
])
def test_codes(code, text, expected):
    assert code(text) == expected


@pytest.mark.parametrize("text, expected", [
    # planned: future, scheduled (the passive subject of "is scheduled" is the doer), "next week"
    ("China is scheduled to visit Iran.", [("042", "CHN", "IRN", "planned")]),
    ("Iran is expected to sign a deal with China.", [("057", "IRN", "CHN", "planned")]),
    # negated and hypothetical
    ("Israel did not attack Syria.", [("190", "ISR", "SYR", "negated")]),
    ("If Russia attacks Ukraine, France will impose sanctions on Russia.",
     [("190", "RUS", "UKR", "hypothetical"), ("163", "FRA", "RUS", "planned")]),
    # a refusal is a REJECT that occurred, coded by what was refused (CAMEO 1243: refuse to release)
    ("Iran refused to release Israeli prisoners.", [("1243", "IRN", "ISR", "occurred")]),
    # the speaker's own future act is a statement of intent (03) or a threat (13) ...
    ("Syria said it will withdraw its troops from Lebanon.", [("0356", "SYR", "LBN", "planned")]),
    ("Iran threatened to attack Israel.", [("138", "IRN", "ISR", "planned")]),
    # ... and its own refusal a REJECT (CAMEO 121: reject material cooperation)
    ("Russia said it would not provide support to Iran.", [("121", "RUS", "IRN", "occurred")]),
    # "must" in a reported clause is the speaker's demand; asking another to act is an appeal
    ("Russia said Sudan must free the Egypt prisoners.", [("1053", "RUS", "SDN", "occurred")]),
    ("France wants Russia to attack Ukraine.", [("020", "FRA", "RUS", "occurred")]),
    # a purpose is not an act
    ("Turkey sent envoys to meet Iran.", []),
    # failing to agree is a rejection; agreeing that both should cooperate is an agreement, not a demand
    ("Russia and Ukraine failed to reach an agreement.", [("120", "RUS", "UKR", "occurred"), ("120", "UKR", "RUS", "occurred")]),
    ("Russia and Ukraine agreed that they should cooperate.", [("030", "RUS", "UKR", "occurred"), ("030", "UKR", "RUS", "occurred")]),
    # a conjunct with no auxiliary of its own shares the first one's; one with its own keeps it
    ("Russia will attack and bomb Ukraine.", [("195", "RUS", "UKR", "planned")]),
    ("Russia attacked Ukraine and will bomb Kyiv.", [("190", "RUS", "UKR", "occurred"), ("195", "RUS", "UKR", "planned")]),
    # a threat is aimed at whoever must meet its condition
    ("Russia threatened to stop negotiations if the US deploys missiles.", [("134", "RUS", "USA", "planned")]),
    # an act the speaker announces "unless" another acts is a threat; "if", an offer (intent)
    ("Israel announced that it will withdraw its troops from Lebanon unless Syria agrees.",
     [("130", "ISR", "LBN", "planned")]),
    ("Iran said it would meet Turkey if Russia agreed.", [("036", "IRN", "TUR", "planned")]),
    # the pronoun subject of a reported clause is its speaker, through an adjective ("willing to")
    ("Syria says it is willing to withdraw its troops from Lebanon.", [("0356", "SYR", "LBN", "planned")]),
    # an intent verb carries the event when the act it governs has no code ("share information")
    ("The Turkish and Greek sides agreed to share information on missing people.",
     [("030", "TUR", "GRC", "occurred"), ("030", "GRC", "TUR", "occurred")]),
])
def test_status_and_statements(code, text, expected):
    assert code(text) == expected


@pytest.mark.parametrize("text, expected", [
    # passive voice without and with a prepositional phrase
    ("Syria was attacked by Israel on Monday.", [("190", "ISR", "SYR", "occurred")]),
    # coordinated objects: one event per target
    ("Russia criticized Iran and Israel.", [("111", "RUS", "IRN", "occurred"), ("111", "RUS", "ISR", "occurred")]),
    # a list parsed as an apposition: every pair meets
    ("The US, Russia, and Switzerland met yesterday.",
     [("040", "USA", "RUS", "occurred"), ("040", "USA", "CHE", "occurred"), ("040", "RUS", "USA", "occurred"),
      ("040", "RUS", "CHE", "occurred"), ("040", "CHE", "USA", "occurred"), ("040", "CHE", "RUS", "occurred")]),
    # coordinated modifiers are two sources; a light verb's noun is the event, with its place
    ("US and British activists staged a protest in Beijing.",
     [("141", "GBR", "CHN", "occurred"), ("141", "USA", "CHN", "occurred")]),
    # a protest needs no target, and a sentence with one actor can hold one
    ("Russian students protested on Monday.", [("140", "RUS", None, "occurred")]),
    # agents of a place are the country with an agent code
    ("Security forces in Guinea attacked Lebanon.", [("190", "GINMIL", "LBN", "occurred")]),
    # a prepositional object under a particle ("up to")
    ("Iran kidnapped up to 16 Russian advisers.", [("181", "IRN", "RUS", "occurred")]),
    # travellers "for talks" hold them; an attack that kills was made by whoever attacked
    ("US and Russian negotiators returned to Geneva for talks on missiles.",
     [("046", "USA", "RUS", "occurred"), ("046", "RUS", "USA", "occurred")]),
    ("Israeli air strikes killed three Syria soldiers.", [("190", "ISR", "SYR", "occurred")]),
    # easing a state of emergency; giving in to demands
    ("Sudan lifted the state of emergency in Egypt.", [("0814", "SDN", "EGY", "occurred")]),
    # force in a place hits that place; assurances received from a giver are the giver's intent
    ("The Israeli bombing in the east of Syria killed four people.", [("195", "ISR", "SYR", "occurred")]),
    ("Iran received assurances from Russia.", [("030", "RUS", "IRN", "occurred")]),
    # yielding needs no target; an attempt carries the act attempted
    ("Russian rebels surrendered last week.", [("0874", "RUS", None, "occurred")]),
    ("Iran attempted to assassinate the Israeli ambassador.", [("186", "IRN", "ISR", "occurred")]),
    # a camp stands for the people it is for; troops mobilized for a war against someone
    ("A camp for Syrian refugees was attacked by Turkey.", [("190", "TUR", "SYR", "occurred")]),
    ("Britain mobilized reservists for a possible war against Iran.", [("150", "GBR", "IRN", "occurred")]),
    ("Turkey imposed a curfew in Syria.", [("1723", "TUR", "SYR", "occurred")]),
    # a mutual verb with a thing as its object is still mutual; a rejection of a claim is aimed at its maker
    ("Brazil and Ukraine discussed energy agreements.", [("040", "BRA", "UKR", "occurred"), ("040", "UKR", "BRA", "occurred")]),
    ("Russia dismissed the claim from Ukraine as groundless.", [("016", "RUS", "UKR", "occurred")]),
    # turning down an appeal is a rejection; a mediator acts on each party
    ("Syria dismissed an appeal from Lebanon.", [("120", "SYR", "LBN", "occurred")]),
    ("Turkey launched a mediation effort between Iran and Israel.",
     [("045", "TUR", "IRN", "occurred"), ("045", "TUR", "ISR", "occurred")]),
    # allowing another to act is yielding to it; a prosecution pursued is legal action
    ("China has allowed Ukraine to keep its own legislature.", [("080", "CHN", "UKR", "occurred")]),
    ("Iran will pursue the prosecution of Israel.", [("173", "IRN", "ISR", "planned")]),
    # an act inside a demanded clause has not happened; the other side of a relation is not its possessor
    ("Greece demanded that Turkey refuse to recognize Syria.", [("100", "GRC", "TUR", "occurred")]),
    ("Lebanon killed the deputy chief of Israel's militia ally.", []),
    # an appeal covers every conjunct of the act asked for
    ("Syria called on Egypt to unite and mobilize against Israel.",
     [("020", "SYR", "EGY", "occurred"), ("026", "SYR", "EGY", "occurred")]),
    # an event noun under a promise is the promise (intent to give military aid), once
    ("Britain promised to continue military aid to Syria.", [("0332", "GBR", "SYR", "planned")]),
    # attending an occasion in a place is a visit there; attending a school is no event
    ("The US president attended the Beijing Olympics.", [("042", "USA", "CHN", "occurred")]),
    ("The US president attended the British Drama Academy.", []),
    # a statement about something is aimed at whoever owns it
    ("Iran expressed appreciation for China's assistance.", [("013", "IRN", "CHN", "occurred")]),
    # two-word event nouns ("hunger strike" is 142, not a strike of force)
    ("Russian students began a hunger strike in Kazakhstan.", [("142", "RUS", "KAZ", "occurred")]),
    # a protest is aimed at whom its demand names
    ("Russian students protested on Monday to demand the resignation of the Sudan government.",
     [("140", "RUS", "SDN", "occurred")]),
    ("Russian students demonstrated in Moscow, calling for sanctions on Iran.", [("141", "RUS", "IRN", "occurred")]),
    # a class of objects in the verb table: aid handed over, diplomats expelled
    ("Finland will give Tanzania a grant of 580 million shillings.", [("070", "FIN", "TZA", "planned")]),
    ("Switzerland expelled two Russian diplomats.", [("161", "CHE", "RUS", "occurred")]),
    ("Sudan is suing the US for damages.", [("115", "SDN", "USA", "occurred")]),
    ("Russia delivered 105,000 doses of vaccine to Samoa.", [("073", "RUS", "WSM", "occurred")]),
    # "for X to act" under a verb of asking: an appeal to X
    ("The US called for NATO members to increase military spending.", [("021", "USA", "IGOWSTNAT", "occurred")]),
    # a participle in an absolute clause belongs to its own noun, not to the verb above
    ("Both sides pursued their own policies, with Congo's president accusing Rwanda of aggression.",
     [("112", "COD", "RWA", "occurred")]),
    # what a reason phrase names is the charge, not a second event
    ("Iran arrested a French student for helping Israel attack Syria.", [("173", "IRN", "FRA", "occurred")]),
    # a passive participle acts on the noun it modifies
    ("It counts Russian dissidents jailed last year by the Cuban government.", [("173", "CUB", "RUS", "occurred")]),
    # announcing a sanction enacts it (a visit announced is still ahead: see test_codes)
    ("Israel announced a suspension of flights to Turkey.", [("160", "ISR", "TUR", "occurred")]),
    # a travel warning: the target sits in the phrase that carries the code
    ("Britain advised against travel to Egypt.", [("160", "GBR", "EGY", "occurred")]),
    # asylum sought in a place is asked of that state
    ("Syrian refugees sought refuge in Turkey.", [("020", "SYR", "TUR", "occurred")]),
    # exercises: jointly military cooperation, alone a show of force at the state they are near
    ("China and Russia held joint military exercises.", [("062", "CHN", "RUS", "occurred"),
                                                         ("062", "RUS", "CHN", "occurred")]),
    ("France held naval exercises with Greece.", [("062", "FRA", "GRC", "occurred"),
                                                  ("062", "GRC", "FRA", "occurred")]),
    ("Russia conducted military drills near Ukraine.", [("150", "RUS", "UKR", "occurred")]),
    # a claim of responsibility is aimed at whom the act claimed was aimed at; the act is told as the claim
    ("Syria claimed responsibility for the attack on Israel.", [("015", "SYR", "ISR", "occurred")]),
    # troops deployed "in" a state are sent to it; a present-tense relative clause describes, it reports nothing
    ("Turkey refused to deploy peacekeepers in Syria.", [("121", "TUR", "SYR", "occurred")]),
    ("Israel criticized Iran, which supports Syria.", [("111", "ISR", "IRN", "occurred")]),
    # what a present-tense relative clause says a thing aims at did not happen
    ("Greece backed a plan that aims to impose a blockade against Turkey.", []),
    # a target one phrase further down ("reneged on its commitment to ...")
    ("Russia reneged on its commitment to Ukraine.", [("120", "RUS", "UKR", "occurred")]),
    # peacekeepers arriving provide peacekeeping (074), they do not visit
    ("NATO peacekeeping troops arrived in Greece.", [("074", "IGOWSTNAT", "GRC", "occurred")]),
    # the subject of "face" undergoes the event noun, made by the "from" phrase
    ("Israel faced criticism from France over the raid.", [("111", "FRA", "ISR", "occurred")]),
    # a hostile act alleged by an actor is its accusation; said of the speaker itself, its claim
    ("Iran alleged that Israel bombed the site.", [("112", "IRN", "ISR", "occurred")]),
    ("Russia claimed that it had attacked Ukraine.", [("015", "RUS", "UKR", "occurred")]),
    # seeking to act is a stated intent, coded once (CAMEO 03), not the act planned
    ("Brazil and Greece are seeking to deepen their partnership.", [("031", "BRA", "GRC", "planned"),
                                                                   ("031", "GRC", "BRA", "planned")]),
    # a hostile act the speaker says it will do is a threat
    ("Russia announced that it will withdraw its inspectors from Iran.", [("136", "RUS", "IRN", "planned")]),
])
def test_arguments(code, text, expected):
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # reported speech: the reported act is coded, with the speaker's pronoun resolved to the speaker
    ("Russia and Iran said they will attack Israel.",
     [("138", "RUS", "ISR", "planned"), ("138", "IRN", "ISR", "planned")]),
    # no event across unrelated clauses
    ("Russia visited Kazakhstan after China attacked Syria.",
     [("042", "RUS", "KAZ", "occurred"), ("190", "CHN", "SYR", "occurred")]),
])
def test_reported_speech_and_clauses(code, text, expected):
    assert sorted(code(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Russia said it was ready.",                  # a statement is not an interaction
    "Iran visited the museum.",                  # one actor: no dyad
    "The weather in Russia and Kazakhstan was cold.",
    "Russia attacked.",                           # no target
])
def test_no_event(code, text):
    assert code(text) == []


def test_event_record_has_ontology_fields_and_sentence_span(nlp):
    text = "Officials met on Monday.  Russia attacked Ukraine on Tuesday."
    doc = nlp(text)
    [ce] = EventCoder().code(doc, mentions_for(doc))
    ev = to_event(ce, text, "a:e1", "2022-02-24")
    assert (ev.root, ev.quad_class, ev.goldstein, ev.plover) == ("19", 4, -10.0, "ASSAULT")
    assert text[ev.span[0]:ev.span[1]] == ev.sentence == "Russia attacked Ukraine on Tuesday."
    assert ev.date == "2022-02-24"


def test_population_against_its_own_government_is_a_domestic_event(nlp):
    doc = nlp("Algerians protested against the government of Algeria.")
    dz = Actor("Algerians", "Algeria", "DZA", "DZA")
    gov = Actor("the government of Algeria", "Algeria", "DZAGOV", "DZA")
    mentions = [Mention(0, 1, 0, 9, dz), Mention(4, 7, doc[4].idx, doc[6].idx + len(doc[6]), gov)]
    assert [(e.cameo, e.source.code, e.target.code) for e in EventCoder().code(doc, mentions)] == \
        [("140", "DZA", "DZAGOV")]
    # ... but a state is not its own target (the protest stays, with no target)
    doc = nlp("Algeria protested against Algeria.")
    mentions = [Mention(0, 1, 0, 7, dz), Mention(3, 4, doc[3].idx, doc[3].idx + 7, Actor("Algeria", "Algeria", "DZA", "DZA"))]
    assert [(e.cameo, e.source.code, e.target) for e in EventCoder().code(doc, mentions)] == [("140", "DZA", None)]


def test_a_state_acting_on_its_own_forces_is_not_an_event(nlp):
    doc = nlp("Saudi Arabia bombed Yemen with the Saudi air force.")
    sau = Actor("Saudi Arabia", "Saudi Arabia", "SAU", "SAU")
    yem = Actor("Yemen", "Yemen", "YEM", "YEM")
    force = Actor("the Saudi air force", None, "SAUMIL", "SAU")
    mentions = [Mention(0, 2, 0, 12, sau), Mention(3, 4, doc[3].idx, doc[3].idx + 5, yem),
                Mention(6, 10, doc[6].idx, doc[9].idx + len(doc[9]), force)]
    assert [(e.source.code, e.target.code) for e in EventCoder().code(doc, mentions)] == [("SAU", "YEM")]
    # a demand a leader makes of his own country is politics at home, not an event
    doc = nlp("Johnson said Britain must leave the union.")
    mentions = [Mention(0, 1, 0, 7, Actor("Johnson", "Boris Johnson", "GBRGOV", "GBR")),
                Mention(2, 3, doc[2].idx, doc[2].idx + 7, Actor("Britain", "United Kingdom", "GBR", "GBR"))]
    assert EventCoder().code(doc, mentions) == []


def _agent_mentions(doc, agents: dict[str, str]) -> list[Mention]:
    """Mentions for the tokens named in `agents` (word -> agent code, its first three letters the state)."""
    return [Mention(t.i, t.i + 1, t.idx, t.idx + len(t), Actor(t.text, None, agents[t.text], agents[t.text][:3]))
            for t in doc if t.text in agents]


@pytest.mark.parametrize("text, agents, expected", [
    # a curfew or emergency with no place named holds over the imposing state's own country ...
    ("The government lifted the state of emergency on Sunday.", {"government": "SDNGOV"},
     [("0814", "SDNGOV", "SDN", "occurred")]),
    ("The president declared a state of emergency.", {"president": "USAGOV"},
     [("1724", "USAGOV", "USA", "occurred")]),
    # ... and over the place named where there is one
    ("The government imposed a curfew in Khartoum.", {"government": "SDNGOV", "Khartoum": "SDN"},
     [("1723", "SDNGOV", "SDN", "occurred")]),
    # protesters' violence is a riot (145); their weapons of war stay force
    ("The embassy was demolished by a protester.", {"protester": "UKROPP", "embassy": "RUSGOV"},
     [("145", "UKROPP", "RUSGOV", "occurred")]),
    ("The demonstrators fired missiles at the embassy.", {"demonstrators": "GEOOPP", "embassy": "RUSGOV"},
     [("190", "GEOOPP", "RUSGOV", "occurred")]),
    # a passive conjunct with no subject of its own acts on the first conjunct's
    ("The civilians imprisoned for protesting were released yesterday by the president.",
     {"civilians": "RUSCVL", "president": "RUSGOV"}, [("084", "RUSGOV", "RUSCVL", "occurred")]),
    # rebels' force with no target named is aimed at the state they fight; a victim named but
    # unknown is no one's state
    ("Boko Haram has launched many similar attacks.", {"Haram": "NGAREB"},
     [("190", "NGAREB", "NGA", "occurred")]),
    ("The rebels kidnapped dozens of peacekeepers.", {"rebels": "SYRREB"}, []),
    ("The attack was claimed by the rebels.", {"rebels": "YEMREB"}, []),
    # a government does not protest against its own country ("held a rally in Nevada")
    ("The president held a rally in Nevada.", {"president": "USAGOV", "Nevada": "USA"}, []),
    # a resignation is PLOVER's RETREAT (its codebook's "resign" mode), whatever CAMEO's table maps
    ("The president resigned on Sunday.", {"president": "GEOGOV"}, [("PLOVER", "RETREAT")]),
    # an appeal for an act with no code is still aimed at whoever is asked
    ("The minister appealed for the population to remain calm.", {"minister": "ESPGOV", "population": "ESPCVL"},
     [("020", "ESPGOV", "ESPCVL", "occurred")]),
])
def test_own_country_and_asked(nlp, text, agents, expected):
    doc = nlp(text)
    found = EventCoder().code(doc, _agent_mentions(doc, agents))
    if expected and expected[0][0] == "PLOVER":
        assert [to_event(e, text, "e1", None).plover for e in found] == [expected[0][1]]
        return
    got = [(e.cameo, e.source.code, e.target.code if e.target else None, e.status) for e in found]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("text, names, expected", [
    # the small model hangs the conjunct on another word of the name than the one it heads the clause with
    ("Barack Obama and Vladimir Putin will meet in Zurich to discuss their music tastes",
     {"Barack Obama": "USAGOV", "Vladimir Putin": "RUSGOV", "Zurich": "CHE"},
     {("040", "USAGOV", "CHE"), ("040", "RUSGOV", "CHE")}),
    ("On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone.",
     {"US President Donald Trump": "USAGOV", "Turkish President Recep Tayyip Erdoğan": "TURGOV"},
     {("040", "USAGOV", "TURGOV"), ("040", "TURGOV", "USAGOV")}),
])
def test_conjoined_names_of_several_words(nlp, text, names, expected):
    doc = nlp(text)
    mentions = []
    for name, code in names.items():
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        mentions.append(Mention(span.start, span.end, span.start_char, span.end_char,
                                Actor(name, name, code, code[:3])))
    places = [m for m in mentions if m.actor.code == "CHE"]
    actors = [m for m in mentions if m.actor.code != "CHE"]
    got = {(e.cameo, e.source.code, e.target.code if e.target else None) for e in EventCoder().code(doc, actors, places)}
    assert got == expected


def test_a_persons_supporters_are_not_the_person(nlp):
    text = "At one Biden rally in Pennsylvania, Trump supporters audibly chanted slogans nearby."
    doc = nlp(text)
    trump = next(t for t in doc if t.text == "Trump")
    m = Mention(trump.i, trump.i + 1, trump.idx, trump.idx + 5, Actor("Trump", "Donald Trump", "USAGOV", "USA", "head of state"))
    assert EventCoder().code(doc, [m]) == []
    # a state before them still names them
    doc = nlp("Syrian supporters chanted slogans in Damascus.")
    syr = Mention(0, 1, 0, 6, Actor("Syrian", "Syria", "SYR", "SYR"))
    assert [(e.cameo, e.source.code) for e in EventCoder().code(doc, [syr])] == [("141", "SYR")]


def test_force_at_something_in_a_place_lands_on_the_place(nlp):
    # "fired ... at targets in Jericho": the "at" object is no actor, the place it is in is the target
    text = "Israeli tanks fired four shell bombs at targets in Jericho on Tuesday."
    doc = nlp(text)
    tanks = Mention(0, 2, 0, 13, Actor("Israeli tanks", None, "ISRMIL", "ISR"))
    jericho = next(t for t in doc if t.text == "Jericho")
    place = Mention(jericho.i, jericho.i + 1, jericho.idx, jericho.idx + 7, Actor("Jericho", None, "PSE", "PSE"))
    got = [(e.cameo, e.source.code, e.target.code) for e in EventCoder().code(doc, [tanks], [place])]
    assert got == [("190", "ISRMIL", "PSE")]
    assert EventCoder().code(doc, [tanks]) == []         # no place known: no target, no event


def test_fired_at_is_aimed_for_coercion_too_and_at_is_no_target_of_other_acts(nlp):
    doc = nlp("Serbian police fired tear gas at Serbian protesters.")
    police = Mention(0, 2, 0, 14, Actor("Serbian police", None, "SRBCOP", "SRB"))
    protesters = Mention(5, 7, doc[5].idx, doc[6].idx + 10, Actor("Serbian protesters", None, "SRBOPP", "SRB"))
    assert [(e.cameo, e.source.code, e.target.code) for e in EventCoder().code(doc, [police, protesters])] == \
        [("175", "SRBCOP", "SRBOPP")]
    # "at" names the time or place of other acts: "took decisive action at the direction of the President"
    doc = nlp("Israel took decisive action at the direction of Egypt.")
    israel, egypt = (Mention(t.i, t.i + 1, t.idx, t.idx + len(t), Actor(t.text, None, c, c))
                     for t, c in ((doc[0], "ISR"), (doc[7], "EGY")))
    assert EventCoder().code(doc, [israel, egypt]) == []


def test_an_object_past_a_comma_of_its_clause_is_no_target(nlp):
    # the small model reads "reported officials" as a second object of "shot"
    text = ("On Saturday morning, a gunman shot shoppers at a Walmart store, with the death toll rising to 22 "
            "people on Monday, reported officials, with 25 others injured.")
    doc = nlp(text)
    gunman, officials = (next(t for t in doc if t.text == w) for w in ("gunman", "officials"))
    assert officials.dep_ == "dobj" and officials.head.text == "shot"        # the misparse this is about
    ms = [Mention(t.i, t.i + 1, t.idx, t.idx + len(t), Actor(t.text, None, c, "USA"))
          for t, c in ((gunman, "USAUAF"), (officials, "MEXGOV"))]
    assert [e.target.code for e in EventCoder().code(doc, ms) if e.target] == []
    # an object right after its verb is one
    doc = nlp("Russian troops shot Ukrainian officials in Kyiv.")
    ms = [Mention(t.i, t.i + 1, t.idx, t.idx + len(t), Actor(t.text, None, c, c[:3]))
          for t, c in ((doc[1], "RUSMIL"), (doc[4], "UKRGOV"))]
    assert [(e.cameo, e.target.code) for e in EventCoder().code(doc, ms)] == [("190", "UKRGOV")]


def test_revealing_is_telling_not_cooperation(nlp):
    # (PETRARCH-2's bare "reveal" is 050: this gave HUNMED -> RUS and -> UKR)
    doc = nlp("A Hungarian newspaper revealed an interaction between Russia and Ukraine.")
    ms = [Mention(t.i, t.i + 1, t.idx, t.idx + len(t), Actor(t.text, None, c, c[:3]))
          for t, c in ((doc[1], "HUNMED"), (doc[7], "RUS"), (doc[9], "UKR"))]
    assert EventCoder().code(doc, ms) == []


def test_visas_denied_are_entry_denied(nlp):
    doc = nlp("Iran denied visas to British journalists.")
    ms = [Mention(0, 1, 0, 4, Actor("Iran", None, "IRN", "IRN")),
          Mention(4, 6, doc[4].idx, doc[5].idx + len(doc[5]), Actor("British journalists", None, "GBRMED", "GBR"))]
    assert [(e.cameo, e.source.code, e.target.code) for e in EventCoder().code(doc, ms)] == [("160", "IRN", "GBRMED")]


def test_an_entry_denied_in_the_passive_is_denied_by_the_state_entered(nlp):
    def coded(text, names):
        return [(e.cameo, e.source.code, e.target.code) for e in events_with(nlp, text, names)]

    assert coded("The Afghan team had been denied visas to enter the United States.",
                 {"Afghan team": "AFG", "United States": "USA"}) == [("160", "USA", "AFG")]
    assert coded("The Iranian delegation was denied entry into Britain on Monday.",
                 {"Iranian delegation": "IRNGOV", "Britain": "GBR"}) == [("160", "GBR", "IRNGOV")]
    # a passive with its "by" keeps it
    assert coded("British journalists were denied visas by Iran.",
                 {"British journalists": "GBRMED", "Iran": "IRN"}) == [("160", "IRN", "GBRMED")]


def test_a_conjunct_that_begins_the_next_clause_is_no_object(nlp):
    """"defeated ISIS and Turkey would be moving": the small model hangs "Turkey" on "ISIS"; the
    auxiliary after it, on a verb with no subject, shows it is the next clause's subject."""
    def coded(text, names):
        return {(e.cameo, e.source.code, e.target.code) for e in events_with(nlp, text, names)}

    got = coded("The statement also said US troops had defeated ISIS and Turkey would be moving into Northern Syria.",
                {"US troops": "USAMIL", "ISIS": "IMGMUSISI", "Turkey": "TUR"})
    assert ("190", "USAMIL", "IMGMUSISI") in got and not any(t == "TUR" for _, _, t in got)
    # a real coordinated object keeps both
    got = coded("Russian troops attacked Ukraine and Georgia on Monday.",
                {"Russian troops": "RUSMIL", "Ukraine": "UKR", "Georgia": "GEO"})
    assert {t for _, _, t in got} >= {"UKR", "GEO"}


def test_a_relation_noun_naming_an_unknown_person_is_not_its_modifier(nlp):
    """"a niece of Biden's 2008 US Senate opponent Christine O'Donnell": the opponent is O'Donnell, whom
    the gazetteer does not know, not the US Senate."""
    text = "Biden's 2008 US Senate opponent Christine O'Donnell accused Biden of lying."
    doc = nlp(text)
    ms = []
    for name, code in {"US Senate": "USALEG", "Biden": "USAELI"}.items():
        k = text.rindex(name) if name == "Biden" else text.index(name)
        span = doc.char_span(k, k + len(name))
        ms.append(Mention(span.start, span.end, span.start_char, span.end_char, Actor(name, None, code, "USA")))
    assert not any(e.source.code == "USALEG" for e in EventCoder().code(doc, ms))
