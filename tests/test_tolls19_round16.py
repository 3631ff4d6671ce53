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
    homs = [e for e in events if e.admin1 == "Homs"]
    assert homs and all(e.fatalities != 40 for e in homs)
    assert any(e.fatalities == 40 and e.admin1 == "Hama" for e in events)


def test_headline_clause_after_while_is_its_own_report() -> None:
    text = ("Turkish strikes toll has risen while Kurdish fighters make gains in Manbij." + BODY)
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


def test_toll_told_as_the_story_after_as_is_one_report() -> None:
    text = "Dozens of Militants Killed as Kurdish Fighters Advance in Aleppo Countryside." + BODY
    events = _events(text)
    assert not any(e.sub_event_type == "Armed clash" and e.actor2 is None and e.admin1 == "Aleppo"
                   and e.fatalities == 12 for e in events)


def test_noun_strike_before_glued_verb_is_one_report() -> None:
    text = "Israeli Strike on Syrian Town in Quneitra Kills 5 Soldiers." + BODY
    events = _events(text)
    assert any(e.fatalities == 5 and e.admin1 == "Quneitra" for e in events)


def _sentences(text: str) -> list[str]:
    from warscribe.model import Document

    doc = warscribe._pipeline().run(Document(id="t", text=text, published="2016-04-03"))
    return [text[s.start:s.end] for s in doc.sentences]


def test_headline_is_cut_at_while_before_a_second_story() -> None:
    sentences = _sentences("Turkish strikes toll has risen while Kurdish fighters make gains in Manbij." + BODY)
    assert sentences[0] == "Turkish strikes toll has risen"
    assert sentences[1].startswith("Kurdish fighters make gains")


def test_headline_is_cut_at_semicolon() -> None:
    sentences = _sentences("Army retakes the town near Homs; 30 militants killed in Hama." + BODY)
    assert sentences[0] == "Army retakes the town near Homs"


def test_lede_sentence_past_the_headline_is_not_cut() -> None:
    text = "Army retakes the town near Homs." + BODY + " Rebels shelled the market; 30 civilians died in Hama."
    assert "Rebels shelled the market; 30 civilians died in Hama." in _sentences(text)


def test_quriyah_is_the_deir_ez_zor_town() -> None:
    events = _events("Warplanes struck the market of Al-Quriyah on Sunday, killing 9 civilians, a monitor said.")
    assert events and events[0].admin1 == "Deir-ez-Zor"


def test_numbered_subject_counts_the_dead() -> None:
    from types import SimpleNamespace

    from warscribe.knowledge.counts import _numbered_subject

    numbers = SimpleNamespace(words={"four": 4})
    before = "All four crew members of a transport plane that crashed in the hills are said to have "
    assert _numbered_subject(numbers, before) == 4  # type: ignore[arg-type]
    assert _numbered_subject(numbers, "A plane carrying four crew members crashed and the pilot ") is None  # type: ignore[arg-type]


def test_all_four_crew_died_is_four_dead() -> None:
    events = _events("All four crew members of a Syrian army helicopter that was downed near Hama on Monday are "
                     "believed to have died the ministry said.")
    assert events and events[0].fatalities == 4


def test_well_over_counts_the_figure() -> None:
    events = _events("Rebels accused the army of killing well over 100 civilians with gas in Douma on Wednesday.")
    assert events and events[0].fatalities == 100


def test_placed_killing_after_a_risen_toll_is_its_own_event() -> None:
    text = ("Militants stormed a gas field east of Homs on Thursday, killing guards and workers. On Friday the death "
            "toll from the raid rose to 60 the monitor said. Engineers said the field would stay closed. In Raqqa "
            "province a man accused of theft was beheaded by the militants on Friday the monitor said. The report "
            "could not be confirmed. Fighting went on near the airport.")
    events = _events(text)
    raqqa = [e for e in events if e.admin1 == "Ar-Raqqa"]
    assert raqqa and all(e.fatalities != 60 for e in raqqa)


def test_dated_larger_toll_of_another_kind_is_not_a_retelling() -> None:
    text = ("A regime sniper killed a baker in the Salaheddine district of Aleppo on Thursday, activists said. "
            "The baker was buried the same day. Neighbours said the sniper fired from a rooftop. On Thursday 17 "
            "civilians including four children were killed in regime air raids on a town held by the militants. "
            "Aid groups asked for a truce. The talks go on next week.")
    events = _events(text)
    assert any(e.fatalities == 17 and e.sub_event_type == "Air/drone strike" for e in events)


def test_headline_passive_toll_after_comma_is_not_cut() -> None:
    sentences = _sentences("Russian Jets Hit Rebel Depot In Idlib Countryside, Over 30 Fighters Eliminated" + "\n\n"
                           + BODY.strip())
    assert sentences[0].endswith("Over 30 Fighters Eliminated")


def test_number_after_death_word_that_runs_into_injured_counts_the_hurt() -> None:
    events = _events("11 civilians killed 37 others injured due to rocket attacks on Aleppo on Monday.")
    assert events and events[0].fatalities == 11


def test_dead_counted_before_injured_with_their_own_number_stay_dead() -> None:
    events = _events("The blast in a village near Hama claimed the lives of four citizens injured three others and "
                     "destroyed a house on Monday.")
    assert events and events[0].fatalities == 4
