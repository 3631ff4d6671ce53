"""Round 15, issue 9: counts told in hyphenated number words, an article opening no count of people, a list after
"including" that adds no one, strikes "executed" (carried out), and a person's name that recalls a town. Our own
sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def deaths(reader: CountReader, text: str) -> list[int]:
    return [c.value for c in reader.read(text) if c.outcome == "death"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thirty-five people were killed when shells hit the market.", [35]),
    ("Twenty-one soldiers were killed in the ambush.", [21]),
    ("The raid killed twenty one civilians near the bridge.", [21]),
    ("One hundred and twenty people were killed in the fighting.", [120]),
    ("Airstrikes killed a hundred and forty-two fighters in the hills.", [142]),
    ("A hundred people were killed in the floods of war.", [100]),
    # the single words still read as before
    ("Five people were killed in the blast.", [5]),
    ("One soldier and two civilians were killed.", [3]),
    ("A twenty-five-year-old man was killed at the checkpoint.", [1]),
])
def test_number_words_joined_read_as_one_figure(reader: CountReader, text: str, expected: list[int]) -> None:
    assert deaths(reader, text) == expected


def test_an_article_opening_a_gathering_counts_no_one(reader: CountReader) -> None:
    assert deaths(reader, "The jet hit an insurgent gathering killing dozens of fighters.") == [12]
    assert deaths(reader, "The jet hit an insurgent gathering killing fighters.") == [3]
    assert deaths(reader, "A rebel meeting was bombed, killing several commanders.") == [3]


def test_people_listed_after_including_add_no_one(reader: CountReader) -> None:
    text = "The shells killed at least 14 people including three children and an ambulance driver."
    assert deaths(reader, text) == [14]
    assert deaths(reader, "Raids on the Stronghold Kill 22 including Civilians.") == [22]
    # two counts joined by "and" still add up
    assert deaths(reader, "The shells killed 3 soldiers and 2 shepherds.") == [5]


@pytest.mark.parametrize("text", [
    "The heavy air strikes overnight were executed to stop the convoy moving north.",
    "The coalition airstrikes were executed on the bridge on Monday.",
    "The unit executed a raid on the depot at dawn.",
])
def test_strikes_executed_are_carried_out_not_killings(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants executed two shepherds in the square.", [2]),
    ("The captured guards were executed after the attack.", [3]),
    ("Prisoners taken in the attack were executed.", [3]),
])
def test_people_executed_are_still_killed(reader: CountReader, text: str, expected: list[int]) -> None:
    assert deaths(reader, text) == expected


def test_executed_strikes_tell_no_killing_event() -> None:
    events = warscribe.extract("Coalition airstrikes were executed on Raqqa on Monday.", published="2016-07-20")
    assert events and all(e.fatalities == 0 for e in events)
    assert all(e.sub_event_type == "Air/drone strike" for e in events)


@pytest.mark.parametrize("text", [
    "The alliance has killed twenty fighters who were plotting attacks abroad US Secretary of Defense Ashton Carter "
    "said on Wednesday.",
    "The alliance has killed twenty fighters, Ashton Carter said on Wednesday.",
])
def test_a_persons_name_is_no_place(text: str) -> None:
    events = warscribe.extract(text, published="2016-07-20")
    assert events
    assert all(e.location != "Ashton" for e in events)
