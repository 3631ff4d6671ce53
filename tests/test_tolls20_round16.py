"""Round 16 (tolls20): a part of a told count is no toll, victims listed without commas all count, a back-reference
to dead told elsewhere adds no default toll, and a headline's singular victim is one dead."""

from __future__ import annotations

from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import _load_lexicon


def _deaths(text: str) -> list[int]:
    return [c.value for c in CountReader(_load_lexicon()).read(text) if c.outcome == "death"]


def test_part_of_a_told_count_is_no_toll_without_commas() -> None:
    assert _deaths("At least 140 rebel fighters among them 12 boys had been killed in the battle.") == [140]


def test_part_of_a_told_count_is_no_toll_with_commas() -> None:
    assert _deaths("Some 95 army soldiers, among them 7 officers, were killed in the siege of the base.") == [95]


def test_one_word_head_before_including_still_reads_the_whole() -> None:
    assert _deaths("Nine villagers including three children were killed when shells hit the market.") == [9]


def test_victims_listed_without_commas_all_count() -> None:
    assert _deaths("Police said that an old man a young girl and three women were killed by the shells.") == [5]


def test_three_items_each_told_as_one() -> None:
    assert _deaths("A man a woman and a baby were killed when a mortar landed on their house.") == [3]


def test_two_items_listed_with_and_unchanged() -> None:
    assert _deaths("A farmer and two shepherds were killed by a landmine near the village.") == [3]


def test_thing_before_a_list_is_not_counted() -> None:
    assert _deaths("The gunmen fired a rocket a girl and two boys were killed in the yard.") == [3]


def test_back_reference_to_dead_adds_no_default_toll() -> None:
    assert _deaths("Most of the rebels killed in the assault on the airport were local men, the monitor said.") == []


def test_passive_death_itself_still_counts() -> None:
    assert _deaths("The rebels were killed in the assault on the airport and their bodies taken away.") == [3]


def test_active_death_word_still_counts() -> None:
    assert _deaths("The militants killed villagers in the hills on Monday.") == [3]


def test_headline_singular_victim_is_one() -> None:
    assert _deaths("Veteran rescue worker killed in Idlib shelling") == [1]


def test_headline_plural_victims_keep_the_default() -> None:
    assert _deaths("Rescue workers killed in Idlib shelling") == [3]
    assert _deaths("Policemen killed near Daraa") == [3]


def test_headline_killed_injured_without_and_is_the_limited_reading() -> None:
    assert _deaths("210 Militants Killed Injured in Clashes near Aleppo.") == [3]


def test_killed_then_injured_with_its_own_number_counts_apart() -> None:
    assert _deaths("4 soldiers killed injured 6 others in the ambush.") == [4]


def test_executed_a_qualified_operation_is_no_death() -> None:
    assert _deaths("Troops moved into the district where they executed a special operation against the cells.") == []
    assert _deaths("Militants executed a captured soldier in the square.") == [1]


def test_group_named_between_two_counts_keeps_both() -> None:
    assert _deaths("Raids killed 11 fighters from the rebel brigade and three farmers, a monitor said.") == [14]
    assert _deaths("The shelling killed 3 soldiers from the army and destroyed a tank.") == [3]


def test_count_told_before_including_keeps_its_own_outcome() -> None:
    assert _deaths("Five villagers were killed including a boy the medic said adding that 12 others were hurt.") == [5]


def test_hyphened_number_word_stays_in_its_item() -> None:
    counts = CountReader(_load_lexicon()).read("The dead included a six-year-old girl and two herders who were killed.")
    assert [c.start for c in counts if c.outcome == "death"] == [18]


def test_function_word_before_a_death_word_is_no_victim() -> None:
    assert _deaths("The driver was among those wounded or killed by the blast.") == [3]
