"""Round 20 (tolls28, issue 9): tolls the FA-KES readings found wrong after tolls27: a count told in the relative
clause of another event named as a point in time ("before an attack that killed dozens"). Our own sentences."""

from __future__ import annotations

import pytest

from coding_support import deaths
from warscribe.knowledge.counts import CountReader


def figures(reader: CountReader, text: str) -> list[int]:
    return [v for v, _, _ in deaths(reader, text)]


@pytest.mark.parametrize("text", [
    "The group accused the army of shelling the valley twice before a March 2 raid that killed dozens of farmers.",
    "Militias mined the road weeks before the ambush which reportedly killed 14 soldiers.",
    "Drones circled the camp prior to an air strike that left 9 people dead.",
])
def test_a_later_event_s_toll_in_its_relative_clause_is_not_the_sentence_s(reader: CountReader, text: str) -> None:
    assert figures(reader, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # "after": the sentence tells the strike itself, whose toll stays
    ("Families fled after an air strike that killed 12 people in the town.", [12]),
    ("Before dawn, gunmen killed 4 guards at the depot.", [4]),
])
def test_other_tolls_stay(reader: CountReader, text: str, expected: list[int]) -> None:
    assert figures(reader, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list of single people whose commas the page lost: one for each
    ("A man woman and child died when the gas reached the cellar.", [3]),
    ("A woman and child were killed in the shelling.", [2]),
    ("A farmer and his son were killed by the mine.", [2]),
])
def test_single_people_joined_by_and(reader: CountReader, text: str, expected: list[int]) -> None:
    assert figures(reader, text) == expected
