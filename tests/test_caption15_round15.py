"""Round 15 (caption15): headlines glued into a body, purpose clauses and threats are no events."""

from __future__ import annotations

import warscribe
from warscribe.stages.segment import holds_title_run

LEDE = "Gunmen killed three soldiers at a checkpoint near Idlib on Monday, a monitor said."


def _events(text: str) -> list:
    return warscribe.extract(text, published="2019-05-22")


def test_title_run_glued_to_prose_is_a_headline() -> None:
    text = ("Photo Credit Jane Roe Rebel Gunmen Reportedly Kill Over 30 Villagers In Raid On Southern Farms Near Hama "
            "according to the ministry the army moved its units toward the border last week.")
    assert holds_title_run(text, 0, len(text))


def test_names_and_titles_are_no_title_run() -> None:
    text = ("The Syrian Observatory for Human Rights said Free Syrian Army fighters shelled a post held by the "
            "Islamic State near the old bridge.")
    assert not holds_title_run(text, 0, len(text))


def test_sentence_all_in_title_case_is_left_alone() -> None:
    text = "Rebel Gunmen Reportedly Kill Over 30 Villagers In Raid On Southern Farms Near The Border Town"
    assert not holds_title_run(text, 0, len(text))


def test_glued_headline_codes_no_event_of_its_own() -> None:
    text = (LEDE + " AP Photo Jane Roe Iraqs Security Forces Reportedly Find Burial Sites of Over 40 Executed "
            "Farmers According to the monitor the army moved its units to the area of Palmyra within a week.")
    events = _events(text)
    assert all(e.fatalities != 40 for e in events)


def test_purpose_of_strikes_is_no_clash() -> None:
    text = (LEDE + " The government says the raids are carried out to assist local tribesmen and farmers "
            "fighting against the militants in villages of Hama province.")
    events = _events(text)
    assert len(events) == 1


def test_next_target_is_a_threat_not_an_attack() -> None:
    text = LEDE + " The villagers in the valley are the next target, the commander said in a recorded message."
    assert len(_events(text)) == 1


def test_the_next_day_still_tells_an_event() -> None:
    text = LEDE + " The next day militants attacked a police post near Homs, killing two officers."
    assert len(_events(text)) == 2


def test_a_list_of_party_names_is_no_title_run() -> None:
    text = ("Members of the Green Party, Blue League, Youth League, Farmers League, Workers League, Student League "
            "and Women League clashed with one another at the main market in the town after a dispute.")
    assert not holds_title_run(text, 0, len(text))


def test_a_school_name_is_no_title_run() -> None:
    text = ("Students from the Kings Hill Mixed Secondary School in Upper West Sub County in Riverside "
            "attacked two teachers after being punished for lateness.")
    assert not holds_title_run(text, 0, len(text))


def test_the_documents_own_title_glued_to_its_lede_is_no_other_headline() -> None:
    title = "Rebel Gunmen Kill Over 30 Villagers In Raid On Southern Farms Near Hama Town"
    text = ("Posted on May 2 2019 by Jane Roe Rebel Gunmen Kill Over 30 Villagers In Raid On Southern Farms Near "
            "Hama Town gunmen stormed two farms south of the town on Monday and shot the workers there.")
    assert holds_title_run(text, 0, len(text))
    assert not holds_title_run(text, 0, len(text), title)
