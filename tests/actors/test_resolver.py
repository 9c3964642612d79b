"""ActorResolver on real spaCy parses: names, titles by date, agents, metonyms, pronouns, traps."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def found(ms):
    return [(m.actor.text, m.actor.name, m.actor.code, m.actor.country, m.actor.role, m.kind) for m in ms]


def by_text(ms, text):
    hits = [m for m in ms if m.actor.text == text]
    assert hits, f"no mention {text!r} in {found(ms)}"
    return hits[0]


def test_contract_example(mentions):
    text = ("Russian President Vladimir Putin visited Astana on Thursday. "
            "\u201cWe are not just allies,\u201d the Russian leader said.")
    ms = mentions(text, "2023-11-10")
    putin = by_text(ms, "Russian President Vladimir Putin")
    assert (putin.actor.name, putin.actor.code, putin.actor.country, putin.actor.role, putin.kind) == \
        ("Vladimir Putin", "RUSGOV", "RUS", "head of state", "name")
    assert (putin.start, putin.end, putin.start_char, putin.end_char) == (0, 4, 0, 32)
    astana = by_text(ms, "Astana")
    assert (astana.actor.name, astana.actor.code, astana.actor.country, astana.kind) == \
        ("Kazakhstan", "KAZ", "KAZ", "metonym")
    leader = by_text(ms, "the Russian leader")
    assert (leader.actor.name, leader.actor.code, leader.actor.role, leader.kind) == \
        ("Vladimir Putin", "RUSGOV", "head of state", "title")
    assert text[leader.start_char:leader.end_char] == "the Russian leader"


def test_mentions_are_sorted_and_do_not_overlap(mentions):
    ms = mentions("Iran's foreign minister met Russian troops, the UN and Chinese President Xi Jinping. "
                  "He said the Kremlin and Washington agreed.", "2020-01-01")
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


@pytest.mark.parametrize("date,name", [("2005-06-01", "Nursultan Nazarbayev"),
                                       ("2023-06-01", "Kassym-Jomart Tokayev")])
def test_title_resolved_by_date(mentions, date, name):
    m = by_text(mentions("The Kazakh president met investors.", date), "The Kazakh president")
    assert (m.actor.name, m.actor.code, m.actor.country, m.actor.role) == (name, "KAZGOV", "KAZ", "head of state")


@pytest.mark.parametrize("text,date,mention,expected", [
    ("He spoke to the French president.", "2019-05-01", "the French president", ("Emmanuel Macron", "FRAGOV")),
    ("Russia's foreign minister arrived.", "2015-03-01", "Russia's foreign minister", ("Sergey Lavrov", "RUSGOV")),
    ("The Kazakh head of state spoke.", "2023-06-01", "The Kazakh head of state", ("Kassym-Jomart Tokayev", "KAZGOV")),
    ("The German chancellor spoke.", "2010-01-01", "The German chancellor", ("Angela Merkel", "DEUGOV")),
    ("The Iranian president spoke.", "2019-01-01", "The Iranian president", ("Hassan Rouhani", "IRNGOV")),
    ("The UN Secretary-General spoke.", "2010-01-01", "The UN Secretary-General", ("Ban Ki-moon", "IGOUNO")),
    ("Prime Minister Johnson spoke.", "2020-01-01", "Prime Minister Johnson", ("Boris Johnson", "GBRGOV")),
    ("King Abdullah of Jordan spoke.", "2010-01-01", "King Abdullah of Jordan", ("Abdullah II", "JORGOV")),
    ("It was the President of China who spoke.", "2008-01-01", "the President of China", ("Hu Jintao", "CHNGOV")),
    ("The EU's top diplomat spoke.", "2022-09-15", "The EU's top diplomat", ("Josep Borrell", "IGOEUREEC")),
    ("The Saudi crown prince spoke.", "2019-01-01", "The Saudi crown prince", ("Mohammed bin Salman", "SAUGOV")),
    ("The Iranian leader spoke.", "2019-01-01", "The Iranian leader", ("Ali Khamenei", "IRNGOV")),
    ("The Turkish leader spoke.", "2010-01-01", "The Turkish leader", ("Recep Tayyip Erdoğan", "TURGOV")),
])
def test_titles(mentions, text, date, mention, expected):
    m = by_text(mentions(text, date), mention)
    assert (m.actor.name, m.actor.code) == expected


def test_unknown_holder_keeps_code_and_role(mentions):
    m = by_text(mentions("The Zambian foreign minister spoke.", "2010-01-01"), "The Zambian foreign minister")
    assert (m.actor.name, m.actor.code, m.actor.country, m.actor.role) == (None, "ZMBGOV", "ZMB", "foreign minister")


def test_former_is_not_the_current_holder(mentions):
    m = by_text(mentions("The former Russian president spoke.", "2019-01-01"), "The former Russian president")
    assert (m.actor.name, m.actor.code, m.actor.role) == (None, "RUSELI", None)
    m = by_text(mentions("Former US President Bill Clinton spoke.", "2019-01-01"), "Former US President Bill Clinton")
    assert (m.actor.name, m.actor.code) == ("Bill Clinton", "USAELI")


def test_a_generic_title_names_nobody(mentions):
    ms = mentions("Arafat was a Palestinian leader.", "2010-01-01")
    assert all(m.kind != "title" for m in ms)


@pytest.mark.parametrize("text,mention,code", [
    ("Iranian troops crossed the border.", "Iranian troops", "IRNMIL"),
    ("The Iranian government denied it.", "Iranian government", "IRNGOV"),
    ("The Chinese foreign ministry said so.", "Chinese foreign ministry", "CHNGOV"),
    ("Russian troops left.", "Russian troops", "RUSMIL"),
    ("Syrian rebels attacked.", "Syrian rebels", "SYRREB"),
    ("Israeli police arrested two.", "Israeli police", "ISRCOP"),
    ("US forces withdrew.", "US forces", "USAMIL"),
    ("Kremlin officials denied it.", "Kremlin officials", "RUSGOV"),
    ("The U.S. State Department denied it.", "U.S. State Department", "USAGOV"),
    ("The British Foreign Office denied it.", "British Foreign Office", "GBRGOV"),
    ("Western governments objected.", "Western governments", "WSTGOV"),
    # a phrase the agents table lists wins over another row's made plural ("armed force" UAF)
    ("The Chilean Armed Forces said so.", "Chilean Armed Forces", "CHLMIL"),
    ("Chilean armed forces said so.", "Chilean armed forces", "CHLMIL"),
])
def test_country_and_agent(mentions, text, mention, code):
    assert by_text(mentions(text, "2020-01-01"), mention).actor.code == code


@pytest.mark.parametrize("text,mention,code,country,kind", [
    ("The UN called for calm.", "UN", "IGOUNO", None, "name"),
    ("NATO met in Brussels.", "NATO", "IGOWSTNAT", None, "name"),
    ("The European Union agreed.", "European Union", "IGOEUREEC", None, "name"),
    ("Hamas fired rockets.", "Hamas", "PSEREBHMS", "PSE", "name"),
    ("The Kremlin said no.", "Kremlin", "RUSGOV", "RUS", "metonym"),
    ("The Pentagon said no.", "Pentagon", "USAMIL", "USA", "metonym"),
    ("Talks in Kyiv ended.", "Kyiv", "UKR", "UKR", "metonym"),
    ("Talks in Kiev ended.", "Kiev", "UKR", "UKR", "metonym"),
    ("The West objected.", "The West", "WST", "WST", "name"),
    ("Europe objected.", "Europe", "EUR", "EUR", "name"),
    ("Turkey objected.", "Turkey", "TUR", "TUR", "name"),
    ("Kosovo objected.", "Kosovo", "KSV", "XKX", "name"),
    ("The US objected.", "US", "USA", "USA", "name"),
    ("Russian gas flows fell.", "Russian", "RUS", "RUS", "adjective"),
    ("Erdoğan and Erdogan met.", "Erdogan", "TURGOV", "TUR", "name"),
])
def test_names(mentions, text, mention, code, country, kind):
    a = by_text(mentions(text, "2020-01-01"), mention)
    assert (a.actor.code, a.actor.country, a.kind) == (code, country, kind)


@pytest.mark.parametrize("text,kept", [
    ("China has invested about nine billion US dollars to develop diagnostics.", ["China"]),
    ("Kazakhstan sold oil to Russia for 5 million Russian rubles.", ["Kazakhstan", "Russia"]),
    ("The deal is worth 20 billion Hong Kong dollars.", []),
    ("The US pledged 3 billion dollars to Ukraine.", ["US", "Ukraine"]),
])
def test_a_currency_is_no_actor(mentions, text, kept):
    assert [m.actor.text for m in mentions(text, "2020-01-01")] == kept


def test_a_bodys_president_is_not_the_head_of_state(mentions):
    # Puerto Rico's Senate President, unknown to the gazetteer: no actor rather than the US president
    assert mentions("Senate President Thomas Rivera Schatz expressed opposition.", "2019-08-01") == []
    assert [(m.actor.code, m.actor.role) for m in mentions("The Russian President met them.", "2019-08-01")] == \
        [("RUSGOV", "head of state")]


def test_an_opposition_title_is_not_the_government(mentions):
    assert mentions("Opposition leader Jeremy Corbyn said no.", "2019-09-11") == []
    assert mentions("The shadow foreign secretary said no.", "2019-09-11") == []


def test_soleimani_is_irans_military_commander_while_in_office(mentions):
    [m] = [m for m in mentions("Qasem Soleimani visited Baghdad.", "2019-06-01") if m.actor.name == "Qasem Soleimani"]
    assert (m.actor.code, m.actor.role) == ("IRNMIL", "military commander")
    # after his death, the same name is Iran's, no longer in office; "him" finds him, not the Iraqi named before
    found = mentions("Adil Abdul-Mahdi spoke out against the attack. In 2007, the United States government "
                     "labeled Soleimani as a terrorist and levied sanctions against him.", "2020-01-05")
    assert [(m.actor.name, m.actor.code) for m in found if m.actor.text in ("Soleimani", "him")] == \
        [("Qasem Soleimani", "IRNELI"), ("Qasem Soleimani", "IRNELI")]


def test_people_by_name_surname_and_role_by_date(mentions):
    ms = mentions("Vladimir Putin met Angela Merkel. Putin said Merkel agreed.", "2010-06-01")
    assert [(m.actor.text, m.actor.code, m.actor.role) for m in ms] == [
        ("Vladimir Putin", "RUSGOV", "head of government"), ("Angela Merkel", "DEUGOV", "head of government"),
        ("Putin", "RUSGOV", "head of government"), ("Merkel", "DEUGOV", "head of government")]


def test_surname_only_after_first_mention(mentions):
    ms = mentions("Boris Johnson spoke. Later Johnson left.", "2020-01-01")
    assert [m.actor.text for m in ms] == ["Boris Johnson", "Johnson"]
    assert not mentions("Later Johnson left the company.", "2020-01-01")
    assert not [m for m in mentions("Theresa May spoke in May.", "2018-01-01") if m.actor.text == "May"]


def test_pronouns(mentions):
    ms = mentions("Russian President Vladimir Putin arrived. He said his visit mattered.", "2023-11-10")
    pro = [m for m in ms if m.kind == "pronoun"]
    assert [(m.actor.text, m.actor.name, m.actor.code) for m in pro] == [
        ("He", "Vladimir Putin", "RUSGOV"), ("his", "Vladimir Putin", "RUSGOV")]


def test_pronoun_gender_and_unknown_people(mentions):
    ms = mentions("Angela Merkel met Vladimir Putin. She said it went well.", "2010-01-01")
    assert [m.actor.name for m in ms if m.kind == "pronoun"] == ["Angela Merkel"]
    # someone the gazetteer does not know stands in between: no guess
    ms = mentions("Vladimir Putin met John Smithson. He said it went well.", "2010-01-01")
    assert not [m for m in ms if m.kind == "pronoun"]
    assert not [m for m in mentions("He said it went well.", "2010-01-01") if m.kind == "pronoun"]


@pytest.mark.parametrize("text,absent", [
    ("He met Jordan Peterson.", "Jordan"),
    ("Michael Jordan retired.", "Jordan"),
    ("Chad Smith played drums.", "Chad"),
    ("The report appeared in China Daily.", "China"),
    ("The report appeared in the Washington Post.", "Washington"),
    ("He lives in New Mexico.", "Mexico"),
    ("Pro-Russian separatists attacked.", "Russian"),
    ("The US-led coalition attacked.", "US"),
    ("Russian-backed rebels attacked.", "Russian"),
    ("She speaks the Russian language.", "Russian"),
    ("Biden campaigned in Pennsylvania, Georgia and Florida.", "Georgia"),
    ("Let us go.", "us"),
    ("Israeli troops entered the West Bank.", "the West"),
    ("Paris Hilton arrived.", "Paris"),
    ("Melania Trump spoke.", "Trump"),
])
def test_traps(mentions, text, absent):
    assert absent not in [m.actor.text for m in mentions(text, "2020-01-01")]


def test_country_names_that_are_also_people_names_still_work(mentions):
    ms = mentions("Jordan and Chad signed a deal with Georgia in Tbilisi.", "2020-01-01")
    assert [m.actor.code for m in ms] == ["JOR", "TCD", "GEO", "GEO"]


def test_no_date_means_today(mentions):
    m = by_text(mentions("The Kazakh president spoke.", None), "The Kazakh president")
    assert m.actor.name == "Kassym-Jomart Tokayev"


# ---------------------------------------------------------------- issue 4: rules by hand-built sentences
@pytest.mark.parametrize("text,date,mention,name", [
    ("The Russian president met Chinese officials.", "2010-06-01", "The Russian president", "Dmitry Medvedev"),
    ("The Russian president met Chinese officials.", "2013-06-01", "The Russian president", "Vladimir Putin"),
    ("The German chancellor spoke in Berlin.", "2021-06-01", "The German chancellor", "Angela Merkel"),
    ("The German chancellor spoke in Berlin.", "2024-06-01", "The German chancellor", "Olaf Scholz"),
    ("The Kazakh head of state spoke.", "2005-06-01", "The Kazakh head of state", "Nursultan Nazarbayev"),
    ("The Kazakh head of state spoke.", "2023-06-01", "The Kazakh head of state", "Kassym-Jomart Tokayev"),
])
def test_date_dependent_roles(mentions, text, date, mention, name):
    assert by_text(mentions(text, date), mention).actor.name == name


@pytest.mark.parametrize("text,date,mention,expected", [
    # the office of the person last named from another country, held in the counterpart's country
    ("Kazakh President Kassym-Jomart Tokayev met his Russian counterpart in Astana.", "2023-06-01",
     "his Russian counterpart", ("Vladimir Putin", "RUSGOV", "RUS", "head of state")),
    ("Sergey Lavrov met his US counterpart in Geneva.", "2023-06-01",
     "his US counterpart", ("Antony Blinken", "USAGOV", "USA", "foreign minister")),
    ("Sergey Lavrov met his US counterpart in Geneva.", "2018-06-01",
     "his US counterpart", ("Mike Pompeo", "USAGOV", "USA", "foreign minister")),
    # nobody to be the counterpart of: the country's government, no name
    ("Officials said the Russian counterpart agreed.", "2023-06-01",
     "the Russian counterpart", (None, "RUSGOV", "RUS", None)),
])
def test_counterpart(mentions, text, date, mention, expected):
    a = by_text(mentions(text, date), mention).actor
    assert (a.name, a.code, a.country, a.role) == expected


@pytest.mark.parametrize("text,date,mention,name", [
    ("Emmanuel Macron visited Kyiv on Monday. The president said France would help.", "2023-06-01",
     "The president", "Emmanuel Macron"),
    ("Sergey Lavrov arrived in Ankara. The diplomat said the talks were useful.", "2023-06-01",
     "The diplomat", "Sergey Lavrov"),
    ("Olaf Scholz met Emmanuel Macron. The chancellor said the talks were useful.", "2023-06-01",
     "The chancellor", "Olaf Scholz"),
    # the most recent compatible mention: the Chinese president was named last
    ("Vladimir Putin met Chinese President Xi Jinping. The president praised the talks.", "2023-06-01",
     "The president", "Xi Jinping"),
    # "the leader" fits a head of state; the foreign minister named after him does not fit
    ("Recep Tayyip Erdogan met Sergey Lavrov. The leader said Turkey would mediate.", "2023-06-01",
     "The leader", "Recep Tayyip Erdoğan"),
])
def test_definite_descriptions(mentions, text, date, mention, name):
    m = by_text(mentions(text, date), mention)
    assert (m.actor.name, m.kind) == (name, "title")


def test_description_carries_gender_for_pronouns(mentions):
    ms = mentions("Angela Merkel met Vladimir Putin. The chancellor said she was hopeful.", "2010-06-01")
    assert [m.actor.name for m in ms if m.actor.text in ("The chancellor", "she")] == ["Angela Merkel"] * 2


@pytest.mark.parametrize("text", [
    "Emmanuel Macron arrived. The president of the football club said nothing.",
    "Emmanuel Macron arrived. The president, Joe Biden, said nothing.",
    "Sergey Lavrov arrived. The president said nothing.",           # no president named before
])
def test_descriptions_that_name_someone_else(mentions, text):
    assert not [m for m in mentions(text, "2023-06-01") if m.actor.text == "The president"]


def test_description_looks_back_only_a_few_sentences(mentions):
    text = "Emmanuel Macron arrived. " + "It rained. " * 5 + "The president said nothing."
    assert not [m for m in mentions(text, "2023-06-01") if m.actor.text == "The president"]


def test_brussels_is_the_eu_as_an_actor_not_as_a_place(mentions):
    ms = mentions("Brussels imposed new sanctions on Minsk.", "2019-06-01")
    eu = by_text(ms, "Brussels")
    assert (eu.actor.name, eu.actor.code, eu.kind) == ("European Union", "IGOEUREEC", "metonym")
    assert "Brussels" not in [m.actor.text for m in mentions("NATO ministers met in Brussels.", "2019-06-01")]


def test_uncodable_actor_keeps_text_and_null_code(mentions):
    ms = mentions("Foreign Minister John Smithson said the talks failed. Smithson left.", "2019-06-01")
    a = by_text(ms, "Foreign Minister John Smithson").actor
    assert (a.name, a.code, a.country, a.role) == ("John Smithson", None, None, "foreign minister")
    assert by_text(ms, "Smithson").actor.code is None


@pytest.mark.parametrize("text,date,mention,expected", [
    ("The Russian defence minister visited the front.", "2023-06-01", "The Russian defence minister",
     ("Sergei Shoigu", "RUSGOVMIL")),
    ("The Russian defence minister visited the front.", "2025-01-15", "The Russian defence minister",
     ("Andrei Belousov", "RUSGOVMIL")),
    ("Nigeria's president spoke.", "2024-01-01", "Nigeria's president", ("Bola Tinubu", "NGAGOV")),
    ("The Hungarian prime minister spoke.", "2015-01-01", "The Hungarian prime minister", ("Viktor Orbán", "HUNGOV")),
    ("The Irish taoiseach spoke.", "2025-01-15", "The Irish taoiseach", ("Simon Harris", "IRLGOV")),
    ("The Swiss president spoke.", "2011-05-01", "The Swiss president", ("Micheline Calmy-Rey", "CHEGOV")),
    ("The Fed chief spoke.", "2020-01-01", "The Fed chief", ("Jerome Powell", "USAGOVBUS")),
    ("The Bank of England said rates would rise.", "2020-01-01", "Bank of England", ("Bank of England", "GBRGOVBUS")),
])
def test_new_people(mentions, text, date, mention, expected):
    a = by_text(mentions(text, date), mention).actor
    assert (a.name, a.code) == expected


# ---------------------------------------------------------------- groups named with a nationality (2026-11)

@pytest.mark.parametrize("text,mention,code", [
    ("Algerian landowners began a hunger strike outside Parliament.", "Algerian landowners", "DZACVL"),
    ("Palestinian prisoners rioted on Monday.", "Palestinian prisoners", "PSECVL"),
    ("Israeli tanks fired four shells.", "Israeli tanks", "ISRMIL"),
    ("The Sri Lankan army has been holding refugees.", "Sri Lankan army", "LKAMIL"),
    ("Egyptian police opened fire on Monday night.", "Egyptian police", "EGYCOP"),
    ("Afghan rebels have kidnapped advisers.", "Afghan rebels", "AFGREB"),
    # Modifiers before the group noun are skipped to find it: "paper workers" are workers.
    ("Angry French paper workers blocked the bridge.", "French paper workers", "FRALAB"),
    # A people without a state, placed by a nationality: the state's civilians (ETHNIC_MINORITY [~CVL]).
    ("Thousands of Iraqi Kurds demonstrated on Sunday.", "Iraqi Kurds", "IRQCVL"),
    # Two demonyms: the people of the first-named state ("Bosnian Serbs" live in Bosnia).
    ("Bosnian Serbs demanded a truce on Tuesday.", "Bosnian Serbs", "BIHCVL"),
    ("Kosovo Albanians protested in the capital.", "Kosovo Albanians", "KSVCVL"),
])
def test_groups_with_a_nationality(mentions, text, mention, code):
    assert by_text(mentions(text), mention).actor.code == code


def test_modifier_skip_needs_the_modifier_to_belong_to_the_group_noun(mentions):
    # "Russian civilian advisers": the longest table phrase is "civilian"; nothing past it is guessed.
    ms = mentions("Afghan rebels have kidnapped 16 Russian civilian advisers.")
    assert ("Russian civilian", "RUSCVL") in [(m.actor.text, m.actor.code) for m in ms]


def test_ethnic_demonym_is_not_the_adjectives_state(mentions):
    # "ethnic Albanians" in Serbia are not Albania; the resolver leaves them to context.py.
    ms = mentions("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.")
    assert [m.actor.code for m in ms] == ["SRB"]


def test_lowercase_surname_after_a_title(mentions):
    a = by_text(mentions("President obama expressed sorrow for the shootings.", "2015-06-18"), "President obama").actor
    assert (a.name, a.code) == ("Barack Obama", "USAGOV")


def test_lowercase_word_after_a_title_that_nobody_holds_is_not_a_person(mentions):
    # "Prime Minister bush" is no one: Bush never held that office.
    ms = mentions("Prime Minister bush said nothing.", "2005-01-01")
    assert not [m for m in ms if m.actor.name == "George W. Bush"]


@pytest.mark.parametrize("text,mention,code", [
    ("The European Community on Monday gave the Ivory Coast aid.", "European Community", "IGOEUREEC"),
    ("Human rights watchdog Amnesty International accused the United States.", "Amnesty International", "NGOHRIAMN"),
    ("Red Cross officials suspended aid deliveries.", "Red Cross officials", "NGOHLHIRC"),
    ("The UN refugee agency reported the attack.", "UN refugee agency", "IGOUNOREFHCR"),
])
def test_international_organisations_keep_their_igo_or_ngo_code(mentions, text, mention, code):
    a = by_text(mentions(text, "2000-01-01"), mention).actor
    assert (a.code, a.country) == (code, None)


def test_a_named_official_of_an_organisation(mentions):
    ms = mentions("The United Nations (UN) emergency relief coordinator Jan Egeland said that he was optimistic. "
                  "Egeland left.", "2005-01-05")
    assert [(m.actor.name, m.actor.code) for m in ms if m.actor.name == "Jan Egeland"] == \
        [("Jan Egeland", "IGOUNO")] * 3          # the name, "he" and the later surname


def test_a_named_person_described_by_a_state_is_not_its_government(mentions):
    ms = mentions("French fashion designer Pierre Cardin died.", "2020-12-29")
    assert [m.actor.text for m in ms] == ["French"]


def test_plo_under_its_common_misnaming(mentions):
    a = by_text(mentions("The talks urged support for the Palestinian Liberation Organization.", "1988-01-01"),
                "Palestinian Liberation Organization").actor
    assert (a.code, a.country) == ("PSEREB", "PSE")


@pytest.mark.parametrize("text, who, code", [
    # a state body's own staff: the CIA's; "former" makes the state's elite
    ("CIA agent Tony Mendez criticized Iran on Monday.", "Tony Mendez", "USASPY"),
    ("Former CIA deputy director Michael Morell praised Tony Mendez.", "Michael Morell", "USAELI"),
])
def test_state_body_staff(mentions, text, who, code):
    got = {m.actor.name: m.actor.code for m in mentions(text, "2019-01-20")}
    assert got.get(who) == code


def test_a_state_body_is_no_employer_for_other_roles(mentions):
    # "Biden's US Senate opponent Christine O'Donnell": an opponent is no senator
    got = {m.actor.name: m.actor.code for m in mentions("Biden's US Senate opponent Christine O'Donnell spoke.", "2010-01-01")}
    assert got.get("Christine O'Donnell") in (None, "")
