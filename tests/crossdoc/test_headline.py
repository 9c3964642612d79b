"""Headline names and frame words (accord.crossdoc.headline): one kind of happening, other principals."""
from __future__ import annotations

from accord.crossdoc import headline as h


def frame_of(title, text):
    return h.split(h.keys(title, text))


NEVADA = frame_of("Bernie Sanders wins 2020 Nevada caucuses",
                  "Yesterday Senator Bernie Sanders won the Democratic Party's Nevada caucuses, the third contest.")
CAROLINA = frame_of("Joe Biden wins 2020 South Carolina primary",
                    "On Saturday Joe Biden won the South Carolina primary election with about 48% of the vote.")


def test_names_frame_words_and_numbers():
    names, frame = NEVADA
    assert "nevada" in names and "win" in frame and "caucus" in frame
    assert not any(k[0].isdigit() for k in names | frame)          # "2020" is neither
    # a capitalised headline word the text writes in lower case is a frame word, not a name
    names, frame = frame_of("Hurricane Dorian leaves trail of destruction",
                            "The hurricane finally cleared the Bahamas; Dorian made landfall on Sunday.")
    assert "dorian" in names and "hurricane" in frame


def test_one_kind_other_principals_is_another_instance():
    assert h.other_instance(NEVADA, CAROLINA) == 1.0
    months = [frame_of(f"On the campaign trail in the USA, {m} 2020", "A monthly series on the campaign trail.")
              for m in ("September", "October")]
    assert h.other_instance(*months, {h.NAME + "c:usa": 1.1}, specific_idf=2.0) == 1.0


def test_a_follow_up_naming_the_principal_again_is_not():
    earlier = frame_of("Hurricane Dorian strengthens to Category 5",
                       "Dorian strengthened overnight, the hurricane centre said.")
    later = frame_of("Hurricane Dorian leaves trail of destruction",
                     "The hurricane finally cleared the Bahamas; Dorian made landfall on Sunday.")
    assert h.other_instance(earlier, later) == 0.0
    # a death toll updated is no other principal: numbers are not names
    toll = [frame_of(f"Tsunami toll passes {n} people", "The toll rose again as the tsunami relief went on.")
            for n in ("60,000", "80,000")]
    assert h.other_instance(*toll) == 0.0


def test_a_name_in_most_headlines_is_no_shared_principal():
    a = frame_of("Sanders wins the US Nevada caucuses", "Sanders won in Nevada, the US networks said.")
    b = frame_of("Biden wins the US Carolina primary", "Biden won in Carolina, the US networks said.")
    assert "c:usa" in a[0] & b[0]
    assert h.other_instance(a, b) == 0.0                                  # without IDF: shared
    idf = {h.NAME + "c:usa": 1.1}
    assert h.other_instance(a, b, idf, specific_idf=2.0) == 1.0          # "US" is in most headlines


def test_a_name_in_most_headlines_is_no_other_principal_either():
    americans = frame_of("Americans contribute to relief effort", "Americans gave to the tsunami relief effort.")
    un = frame_of("UN 'optimistic' on tsunami aid effort", "The UN said the aid effort was going well.")
    assert "c:usa" in americans[0] and "o:un" in un[0] and "effort" in americans[1] & un[1]
    assert h.other_instance(americans, un) == 1.0                         # without IDF: two principals
    idf = {h.NAME + "c:usa": 1.1, h.NAME + "o:un": 3.5}
    assert h.other_instance(americans, un, idf, specific_idf=2.0) == 0.0  # only the UN is specific


def test_no_title_no_keys_and_stems():
    assert h.keys(None, "text") == {}
    assert [h.stem(w) for w in ("wins", "primaries", "caucuses", "caucus", "strengthens")] == \
        ["win", "primary", "caucus", "caucus", "strengthen"]


def test_headline_keys_stay_out_of_the_words_and_participants():
    from accord.crossdoc.participants import split
    words, people, head = split({"win": 2, "@nevada": 1, "^nevada": 1, "~nevada": 1, "%win": 1})
    assert words == {"win": 2} and people == {"@nevada": 1} and head == {"^nevada": 1}
