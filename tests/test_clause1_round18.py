"""Round 18 (issue 9): a backdrop clause, which recalls or frames another event ("hours after a gas attack in X",
"as rebels advanced on Y", "before the army retook the city"), lends the sentence's event none of its fields when
the main clause tells its own event; when it does not, the clause's event keeps its own fields."""

from __future__ import annotations

from coding_support import events
from warscribe.model import Document


def test_a_strike_hours_after_another_is_typed_and_placed_by_its_own_clause(pipeline) -> None:
    text = ("At least 12 people were killed by artillery shelling on Kafr Zita on Monday, hours after an air strike "
            "killed 30 people in Saraqib.")
    evs = events(pipeline, text)
    assert evs[0].sub_event_type == "Shelling/artillery/missile attack"
    assert evs[0].location != "Saraqib" and evs[0].fatalities == 12
    assert all(e.location != "Saraqib" for e in evs)


def test_an_advance_told_beside_a_bombing_lends_it_no_sides_nor_place(pipeline) -> None:
    text = ("A car bomb tore through a bus carrying displaced families in Azaz on Friday, killing nine people, as "
            "Turkish-backed rebels advanced towards the Islamic State stronghold of al-Bab.")
    evs = events(pipeline, text)
    assert evs and evs[0].event_type == "Explosions/Remote violence"
    assert evs[0].location == "Izaz"  # the gazetteer's spelling of Azaz
    assert "Rebels" not in (evs[0].actor2 or "") and "Islamic State" not in (evs[0].actor2 or "")
    assert not any(e.sub_event_type == "Non-state actor overtakes territory" for e in evs)


def test_a_bare_toll_told_as_fighters_advance_is_the_advance_s_toll(pipeline) -> None:
    evs = events(pipeline, "Dozens of people were killed on Sunday as Islamic State fighters advanced on Palmyra.")
    assert evs and evs[0].actor1 == "Islamic State (Syria)"
    assert evs[0].event_type == "Battles"


def test_what_a_district_once_was_is_no_event_of_the_blast(pipeline) -> None:
    text = ("A bomb exploded in the Bab Amr district of Homs on Wednesday, killing four people. The blast hit the "
            "old market which was once on the front line between rebels and army forces before the army retook full "
            "control of the city in May.")
    evs = events(pipeline, text, published="2017-08-10")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    assert evs[0].event_date == "2017-08-09"


def test_a_backdrop_clause_alone_keeps_its_event(pipeline) -> None:
    evs = events(pipeline, "It came days after rebels shelled the Hamdaniya district of Aleppo, killing eight "
                           "civilians.")
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack"
    assert evs[0].fatalities == 8 and evs[0].admin1 == "Aleppo"


def test_a_place_s_fall_told_after_its_retaking_names_the_side_it_was_taken_from(pipeline) -> None:
    evs = events(pipeline, "Rebel fighters retook the town of Kafr Nabl on Monday, two weeks after it fell to the "
                           "Syrian army.")
    assert evs and evs[0].actor2 == "Military Forces of Syria (2000-)"


def test_a_span_of_days_after_a_fall_opens_no_backdrop(pipeline) -> None:
    doc = Document.from_input({"id": "t", "published": "2016-05-10", "text": "Dozens of soldiers were executed in "
                               "the days after the town fell to the Islamic State group, a monitor said."})
    pipeline.run(doc)
    cues = {m.label for m in doc.mentions if m.kind == "cue"}
    assert "literal" in cues and "backdrop" not in cues


def test_a_main_clause_naming_no_place_takes_the_place_of_a_backdrop_told_apart_in_time(pipeline) -> None:
    evs = events(pipeline, "Police arrested five men on Tuesday, hours after a bomb exploded at the main market of "
                           "Dinajpur in Bangladesh.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    assert evs[0].location == "Dinajpur"


def test_what_the_victim_went_through_before_opens_no_backdrop(pipeline) -> None:
    for text in ("A nurse died one day after sustaining wounds from air strikes by government forces on Idlib.",
                 "Three days after his arrest, the lawyer said police officers had tortured him in Damietta."):
        doc = Document.from_input({"id": "t", "published": "2016-05-10", "text": text})
        pipeline.run(doc)
        cues = {m.label for m in doc.mentions if m.kind == "cue"}
        assert "literal" in cues and "backdrop" not in cues, text


def test_a_toll_told_as_armies_converge_takes_no_side_from_the_setting(pipeline) -> None:
    evs = events(pipeline, "At least 25 civilians have been killed as foreign militaries converge on the Islamic "
                           "State group's stronghold of Raqqa.")
    assert evs and evs[0].actor1 != "Islamic State (Syria)"


def test_the_group_after_a_backdrop_stands_for_the_group_it_names(pipeline) -> None:
    evs = events(pipeline, "Barely a week after the government banned the Mombasa Republican Council, the group "
                           "attacked a police post in Mombasa on Sunday.")
    assert evs and evs[0].actor1 == "MRC: Mombasa Republican Council"
