"""Round 16 (tolls19): a headline's clauses are separate reports, each with its own toll and place."""

from __future__ import annotations

import warscribe

BODY = (" Government troops entered the town of Qaryatayn in Homs province on Sunday after days of fighting with "
        "Islamic State militants. Engineers cleared the streets of mines left in the houses. The governor said "
        "families could return within a week. Aid trucks waited at the western gate. Schools will reopen next "
        "month, officials said. Farmers asked for help with their fields.")


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-04-03")


def _by_text(events: list, word: str):
    return next(e for e in events if any(word in ev.text for ev in e.evidence))


def test_glued_headline_verb_opens_its_own_report() -> None:
    text = "Syrian Army Retakes Qaryatayn Town in Homs Kills 40 Terrorists in Hama." + BODY
    events = _events(text)
    retaken = _by_text(events, "Retakes")
    assert retaken.fatalities != 40
    assert any(e.fatalities == 40 and e.admin1 == "Hama" for e in events)


def test_headline_clause_after_while_is_its_own_report() -> None:
    text = ("Government strikes toll has risen while Kurdish fighters make gains in Manbij." + BODY)
    events = _events(text)
    gains = [e for e in events if e.location == "Manbij"]
    assert gains and all("strikes" not in e.evidence[0].text for e in gains if e.evidence)
    assert any(e.sub_event_type.endswith("territory") and e.location == "Manbij" for e in events)


def test_two_verbs_of_one_subject_after_comma_stay_one_report() -> None:
    text = "Gunmen Kill 5, Wound 10 in Attack on Village Near Hama." + BODY
    events = _events(text)
    first = _by_text(events, "Kill")
    assert first.fatalities == 5 and first.admin1 == "Hama"


def test_coder_note_is_not_cut() -> None:
    text = "Army retook the village near Homs; 12 militants killed in Hama."
    events = _events(text)
    assert len(events) == 1


def test_running_total_is_not_the_events_toll() -> None:
    text = ("Air strikes killed at least 9 civilians in Idlib on Monday a monitor said bringing to 38 the number "
            "killed in 24 hours of bombardment on the province.")
    events = _events(text)
    assert events and events[0].fatalities == 9


def test_running_total_alone_still_counts() -> None:
    text = "Shelling on Daraa killed civilians on Monday, bringing to 14 the number killed in the town."
    events = _events(text)
    assert events and events[0].fatalities == 14
