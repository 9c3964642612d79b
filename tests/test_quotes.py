"""Quotes: quotation marks paired, speakers and cues read from the parse, scare quotes left out."""
from __future__ import annotations

import pytest

from dataclasses import replace

from accord.model import Actor, Mention
from accord.quotes import extract_quotes

pytestmark = pytest.mark.slow        # parses with the real spaCy model (the session `nlp` fixture)

PUTIN = Actor(text="Vladimir Putin", name="Vladimir Putin", code="RUSGOV", country="RUS", role="head of state")
LAVROV = Actor(text="Sergei Lavrov", name="Sergei Lavrov", code="RUSGOV", country="RUS", role="foreign minister")


def mention(doc, words: str, actor: Actor, kind: str = "name", nth: int = 0) -> Mention:
    """A resolver's mention on the nth occurrence of `words`, as the actor resolver would hand it over."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    span = doc.char_span(start, start + len(words))
    assert span is not None, words
    return Mention(start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
                   actor=actor, kind=kind)


def quotes_of(nlp, text: str, mentions=()):
    doc = nlp(text)
    found = extract_quotes(doc, [m(doc) for m in mentions])
    for q in found:                                  # every span points at the quoted text in the article
        assert text[q.span[0]:q.span[1]] == q.text
    return found


def test_contract_worked_example(nlp):
    text = ("Russian President Vladimir Putin visited Astana on Thursday. "
            "“We are not just allies,” the Russian leader said.")
    found = quotes_of(nlp, text, [
        lambda d: mention(d, "Russian President Vladimir Putin", PUTIN),
        lambda d: mention(d, "the Russian leader", PUTIN, kind="title"),
    ])
    assert len(found) == 1
    q = found[0]
    assert (q.text, q.kind, q.cue) == ("We are not just allies,", "direct", "said")
    assert q.speaker == Actor(text="the Russian leader", name="Vladimir Putin", code="RUSGOV",
                              country="RUS", role="head of state")
    assert q.to_dict()["speaker"]["name"] == "Vladimir Putin"


def test_pronoun_mention_gives_the_resolved_speaker(nlp):
    text = "Putin arrived late. He described the links as their “greatest treasure.”"
    found = quotes_of(nlp, text, [lambda d: mention(d, "Putin", PUTIN),
                                  lambda d: mention(d, "He", PUTIN, kind="pronoun")])
    assert [(q.text, q.kind, q.cue) for q in found] == [("greatest treasure.", "partial", "described")]
    assert found[0].speaker.text == "He" and found[0].speaker.name == "Vladimir Putin"


def test_speaker_mention_on_inverted_attribution(nlp):
    text = '"We will not accept any ultimatums," said Sergei Lavrov, Russia\'s foreign minister.'
    found = quotes_of(nlp, text, [lambda d: mention(d, "Sergei Lavrov", LAVROV)])
    assert len(found) == 1
    assert found[0].speaker == LAVROV and found[0].cue == "said" and found[0].kind == "direct"


@pytest.mark.parametrize("text, expected", [
    # attribution after the quote, subject first
    ('"It was a mistake," a spokesman for the ministry told Reuters.',
     [("It was a mistake,", "direct", "told", "a spokesman")]),
    # attribution before, with a colon
    ('Kazakh President Kassym-Jomart Tokayev said: "Our countries will deepen cooperation in energy and transport."',
     [("Our countries will deepen cooperation in energy and transport.", "direct", "said",
       "Kazakh President Kassym-Jomart Tokayev")]),
    # attribution around one statement split in two
    ('"We are friends," said Lavrov, "and we will remain friends."',
     [("We are friends,", "direct", "said", "Lavrov"), ("and we will remain friends.", "direct", "said", "Lavrov")]),
    # several sentences in one quote
    ('"Russia is ready. We have always been ready," Putin told reporters.',
     [("Russia is ready. We have always been ready,", "direct", "told", "Putin")]),
    ('According to a spokesman, "the talks were constructive and will continue next week."',
     [("the talks were constructive and will continue next week.", "direct", "according to", "a spokesman")]),
    # a capitalised statement after "said on Friday" is whole, not a phrase
    ('Erdogan said on Friday "We will never accept this plan."',
     [("We will never accept this plan.", "direct", "said", "Erdogan")]),
    # a document speaks for its owner
    ("The President's statement read: \"We condemn the attack in the strongest terms.\"",
     [("We condemn the attack in the strongest terms.", "direct", "read", "The President")]),
    # quoted phrases inside reported speech
    ('The foreign minister told reporters the sanctions were "illegal and counterproductive."',
     [("illegal and counterproductive.", "partial", "told", "The foreign minister")]),
    ('Lavrov, who said the West "has lost its mind", left early.',
     [("has lost its mind", "partial", "said", "Lavrov")]),
    # other quotation marks: British single quotes, guillemets
    ("‘We will defend our sovereignty,’ the minister said.",
     [("We will defend our sovereignty,", "direct", "said", "the minister")]),
    ("'We are ready,' he said, 'to sign the agreement today.'",
     [("We are ready,", "direct", "said", "he"), ("to sign the agreement today.", "direct", "said", "he")]),
    ("The minister said: «We are ready to talk to all partners.»",
     [("We are ready to talk to all partners.", "direct", "said", "The minister")]),
    # a quote over two paragraphs: the second paragraph opens again and keeps the speaker
    ('Putin said: "The first paragraph of the statement goes here.\n"The second paragraph continues the statement."',
     [("The first paragraph of the statement goes here.", "direct", "said", "Putin"),
      ("The second paragraph continues the statement.", "direct", "said", "Putin")]),
    # the next quote after an attribution is the same speaker's
    ('"We want peace," Lavrov said. "But we will defend our interests."',
     [("We want peace,", "direct", "said", "Lavrov"),
      ("But we will defend our interests.", "direct", "said", "Lavrov")]),
    # a whole statement nobody is named for is still a quote
    ('The crowd cheered.\n\n"This is a historic day for our nation."',
     [("This is a historic day for our nation.", "direct", None, None)]),
])
def test_quotes_and_speakers(nlp, text, expected):
    found = quotes_of(nlp, text)
    got = [(q.text, q.kind, q.cue, q.speaker.text if q.speaker else None) for q in found]
    assert got == expected
    for q in found:                                  # no mention: the speaker is only the words as written
        assert q.speaker is None or (q.speaker.name, q.speaker.code, q.speaker.country, q.speaker.role) == (None,) * 4


@pytest.mark.parametrize("text", [
    # scare quotes and labels with nobody speaking
    'Russia launched a "special military operation" in Ukraine in February 2022.',
    'The so-called "hardware" was delivered last week.',
    'His nickname was "Spike", which he has explained derives from a cartoon.',
    # a title after a verb that also heads statements ("the statement read:")
    'He read "War and Peace" twice.',
    # apostrophes are not quotation marks
    "Russia's foreign ministry rejected the countries' claims about Moscow's role.",
    "Kazakhstan’s president said the ’90s were hard and rock 'n' roll was banned.",
    # a quote ending a sentence does not take the next sentence's verb
    '"We expect progress." Lavrov said the talks would resume in May.',
    # no quotation marks at all
    "Russian President Vladimir Putin visited Astana on Thursday.",
])
def test_not_quotes(nlp, text):
    assert quotes_of(nlp, text) == []


def test_sentence_after_a_closed_quote_is_not_its_attribution(nlp):
    found = quotes_of(nlp, '"We expect progress in the talks." Lavrov said the talks would resume in May.')
    assert [(q.text, q.cue, q.speaker) for q in found] == [("We expect progress in the talks.", None, None)]


def test_unclosed_quote_is_dropped(nlp):
    assert quotes_of(nlp, 'He said "we will see what happens next week and then decide.') == []


@pytest.mark.parametrize("text, expected", [
    # "he"/"she" the actor resolution left open: the last compatible subject or speaker before it
    ('Agnès Callamard, a UN rapporteur, cautioned that justice is slow. "True justice takes time," she said.',
     [("True justice takes time,", "she", "Agnès Callamard")]),
    ('Hatice Cengiz called it a "political maneuver." She explained, "By confessing this, he is distancing himself."',
     [("political maneuver.", "Hatice Cengiz", None),
      ("By confessing this, he is distancing himself.", "She", "Hatice Cengiz")]),
    # "it" for the body that spoke last
    ('"War maniacs made another grave provocation," said KCNA. "Foolhardy provocation deserves harsh punishment", '
     'it added.',
     [("War maniacs made another grave provocation,", "KCNA", None),
      ("Foolhardy provocation deserves harsh punishment", "it", "KCNA")]),
    # a title in the subject slot with the person named in apposition
    ('The Vice President, Mike Pence, said the country is "in the midst of a crisis on our southern border."',
     [("in the midst of a crisis on our southern border.", "Mike Pence", None)]),
    # a statement after a colon belongs to the subject of the clause the colon ends
    ('The Defense Department justified the strike as defensive: "This strike was aimed at deterring future '
     'Iranian attack plans."',
     [("This strike was aimed at deterring future Iranian attack plans.", "The Defense Department", None)]),
    # "X told Y that ...": a quoted phrase in reported speech
    ('Lavrov told reporters that the sanctions were "illegal and counterproductive."',
     [("illegal and counterproductive.", "Lavrov", None)]),
    # "cited" governs a quoted phrase
    ('The Nobel committee cited "her contribution to sustainable development, democracy and peace" as the reasons.',
     [("her contribution to sustainable development, democracy and peace", "The Nobel committee", None)]),
    # an aside between dashes is not the attribution
    ('Speaker John Bercow commented on the matter — which the BBC noted as an unusual move — "However it is '
     'dressed up, the purpose is to stop Parliament debating Brexit."',
     [("However it is dressed up, the purpose is to stop Parliament debating Brexit.", "Speaker John Bercow", None)]),
    # a statement opening the sentence after one whose main verb is a speech verb
    ('Brett McGurk also criticized the decision via Twitter. "The statement demonstrates a complete lack of '
     'understanding."',
     [("The statement demonstrates a complete lack of understanding.", "Brett McGurk", None)]),
    # a subject that names nobody ("One of these groups") with the body named in apposition
    ('One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said it was given '
     '"assurances from the US that it would not allow any Turkish military operations."',
     [("assurances from the US that it would not allow any Turkish military operations.",
       "the Syrian Democratic Forces", None)]),
    # a document speaks for the one who released it
    ('According to a statement released by the Turkish presidency, "neutralizing the threat is an aim of '
     'the operation."',
     [("neutralizing the threat is an aim of the operation.", "the Turkish presidency", None)]),
    # two statements joined by "and" after one attribution
    ('Schumer said on Friday "We made a plea to the president once again" and "So we told the president we '
     'needed the government open."',
     [("We made a plea to the president once again", "Schumer", None),
      ("So we told the president we needed the government open.", "Schumer", None)]),
])
def test_speakers_resolved(nlp, text, expected):
    found = quotes_of(nlp, text)
    assert [(q.text, q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
            for q in found] == expected


@pytest.mark.parametrize("text, published, date", [
    ('Trump said on Friday "I can do it if I want. I may do it."', "2019-01-07", "2019-01-04"),
    ('"We made that clear to the president," Pelosi said yesterday.', "2019-01-07", "2019-01-06"),
    ('Maathai told the UNESCO Courier in 1999, "If you want to save the environment, protect the people first."',
     "2004-12-10", "1999"),
    # a date inside the quote is not when it was said: the publication date stands
    ('"I offered to resign last night," Bolton wrote.', "2019-09-12", "2019-09-12"),
    ('"We are ready to talk," the minister said.', "2023-11-10", "2023-11-10"),
])
def test_quote_date_is_the_time_of_its_speech_verb(nlp, text, published, date):
    doc = nlp(text)
    found = extract_quotes(doc, [], published)
    assert len(found) == 1
    assert found[0].date == date and found[0].to_dict()["date"] == date
    assert extract_quotes(doc, [])[0].date is None          # no publication date, no quote date


def test_pronoun_takes_the_person_named_since_over_an_earlier_known_one(nlp):
    mahdi = Actor(text="Adil Abdul-Mahdi", name="Adil Abdul-Mahdi", code="IRQGOV", country="IRQ", role="head of government")
    text = ('Adil Abdul-Mahdi recommended that the troops withdraw. Following the vote, a State Department '
            'spokesperson, Morgan Ortagus, indicated disappointment: "We strongly urge Iraqi leaders to '
            'reconsider the importance of the relationship," he said.')
    found = quotes_of(nlp, text, [lambda d: mention(d, "Adil Abdul-Mahdi", mahdi),
                                  lambda d: _pronoun_mention(d, " he said", replace(mahdi, text="he"))])
    assert [(q.speaker.text, q.speaker.name) for q in found] == [("he", "Morgan Ortagus")]


def _pronoun_mention(doc, context: str, actor: Actor) -> Mention:
    """The actor resolver's mention on the pronoun that opens `context` (" he said")."""
    start = doc.text.index(context) + 1
    tok = next(t for t in doc if t.idx == start)
    return Mention(start=tok.i, end=tok.i + 1, start_char=tok.idx, end_char=tok.idx + len(tok.text),
                   actor=actor, kind="pronoun")
