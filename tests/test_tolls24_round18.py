"""Round 18 (tolls24): tolls told with "dying", a named victim after "the killing of", and "killed or injured"."""
from __future__ import annotations

import pytest

from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def deaths(reader: CountReader, text: str) -> list[tuple[int, bool]]:
    return [(c.value, c.vague) for c in reader.read(text) if c.outcome == "death"]


def test_a_number_of_people_dying_is_their_toll(reader: CountReader) -> None:
    # "dying" takes no object: the people before it are the dead, not its doers
    text = "Jets hit the farms of Kafr Nabl at noon, which led to 14 farmers dying including two boys."
    assert deaths(reader, text) == [(14, False)]


@pytest.mark.parametrize("text", [
    "Local activists confirmed the killing of Omar Haddad (Abu Salim), a unit leader, in the raid.",
    "The brigade mourned the killing of Omar Haddad, its field commander.",
])
def test_the_killing_of_a_named_person_is_one_dead(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [(1, False)]  # one person, not ACLED's default of three


@pytest.mark.parametrize("text", [
    "Activists reported the killing of Free Syrian Army fighters near the river.",
    "Activists reported the killing of Free Syrian Army members.",
])
def test_a_capitalised_group_before_a_noun_is_no_name(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [(3, True)]


def test_killing_or_injuring_tells_no_sure_death(reader: CountReader) -> None:
    text = "A second unit fought off a gang near the depot, killing or injuring most of its men."
    assert deaths(reader, text) == []
    # without the choice the death stands, at ACLED's default
    assert deaths(reader, "A second unit fought off a gang near the depot, killing most of its men.") == [(3, True)]


@pytest.mark.parametrize(("text", "expected"), [
    ('Witnesses spoke of a shell killing "a man with three of his children and a young woman" in the market.', 5),
    ("The raid killed a guard along with two students in the school yard.", 3),
])
def test_groups_listed_after_a_death_word_add_up(reader: CountReader, text: str, expected: int) -> None:
    assert deaths(reader, text) == [(expected, False)]


@pytest.mark.parametrize("text", [
    "Masked men killed a shepherd with two knives near the well.",
    "Masked men killed a shepherd with an axe near the well.",
])
def test_things_after_with_are_no_victims(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [(1, False)]


def test_many_dying_is_no_toll(reader: CountReader) -> None:
    assert deaths(reader, "Doctors said many were dying in the corridors for want of oxygen.") == []
