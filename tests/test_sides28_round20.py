"""Round 20 (issue 9, actors 1 and 2): the subject of "left ... dead" strikes, a side its strikes are aimed at is
their target, helpers and copula predicates are no sides, pronouns that are weapons or victims are no sides, a
downed aircraft's unknown shooter, and the descriptions of the US-backed alliance, pro-government fighters and
Syrian and Russian jets named together."""

from __future__ import annotations

import warscribe
from warscribe.knowledge import roles


def _sides(text: str, published: str = "2016-06-22") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in warscribe.extract(text, published=published)]


def test_strikes_against_a_group_that_left_civilians_dead_are_the_subjects() -> None:
    sides = _sides("US-led coalition raids against IS militants in the town of Hajin left at least 14 civilians "
                   "dead on Sunday, a monitor said.", "2017-05-16")
    assert sides and sides[0] == ("Global Coalition Against Daesh", "Civilians (Syria)")


def test_the_subject_of_leave_dead_in_a_headline_struck() -> None:
    sides = _sides("US-led coalition raids on Hajin leave 14 civilians dead. The raids on the town came on Sunday "
                   "morning, residents said.", "2017-05-16")
    assert sides and sides[0] == ("Global Coalition Against Daesh", "Civilians (Syria)")


def test_a_group_left_dead_is_still_the_victim() -> None:
    sides = _sides("The blast in the market of Azaz left nine IS militants dead on Friday.", "2017-05-16")
    assert sides and sides[0][1] == "Islamic State (Syria)" and sides[0][0] != "Islamic State (Syria)"


def test_a_pronoun_that_is_the_weapon_is_no_side() -> None:
    assert roles.pronoun_is_thing(" were ")
    assert roles.pronoun_is_thing(" was an ")
    assert not roles.pronoun_is_thing(" fired ")
    assert not roles.pronoun_is_thing(" were fleeing ")
    sides = _sides("The Syrian army shelled the town of Kafr Zita on Monday. Residents said they were chemical "
                   "weapons.", "2016-08-03")
    assert all(s[1] != "Military Forces of Syria (2000-)" for s in sides)


def test_weapons_handed_to_a_group_are_no_attack_on_it() -> None:
    sides = _sides("Villagers in Ghouta say a Gulf prince provided chemical weapons to an armed group last month.",
                   "2013-08-31")
    assert all(s[1] != "Unidentified Armed Group (Syria)" for s in sides)


def test_a_side_giving_advice_is_an_ally_not_the_target() -> None:
    assert roles.backed_by_before("launched its offensive with military advice from some 200 ", 59)
    sides = _sides("The SDF launched its assault on the town of Tabqa on Monday with military advice from some 300 "
                   "US special forces troops.", "2017-03-20")
    assert all(s[1] is None or "United States" not in s[1] for s in sides)


def test_a_helicopter_shot_down_with_deaths_has_an_unknown_shooter() -> None:
    sides = _sides("A Russian helicopter was shot down near Saraqib on Monday, killing all five people on board.",
                   "2016-08-01")
    assert sides and sides[0][0] == "Unidentified Armed Group (Syria)"


def test_a_generic_noun_after_a_copula_is_what_the_doer_was() -> None:
    assert roles.after_copula("the town were ")
    assert not roles.after_copula("the town with ")
    sides = _sides("Most of the IS fighters who attacked the village of Mahin on Monday were sleeper cells.",
                   "2017-10-23")
    assert sides and sides[0][0] == "Islamic State (Syria)" and sides[0][1] != "Unidentified Armed Group (Syria)"


def test_they_after_people_in_its_sentence_are_those_people() -> None:
    sides = _sides("IS fighters shelled Salqin on Saturday. Two buses on Monday carried people who were hurt in an "
                   "attack as they were being moved from Madaya on Sunday.", "2017-04-19")
    assert sides and sides[-1][0] != "Islamic State (Syria)"


def test_descriptions_of_the_alliance_the_militias_and_the_two_air_forces() -> None:
    sides = _sides("Fighters from the US-backed alliance stormed the village of Arima near Manbij on Monday, taking it "
                   "from IS.", "2016-07-27")
    assert sides and sides[0][0] == "SDF: Syrian Democratic Forces"
    sides = _sides("Kurdish fighters clashed with pro-government fighters in Hasakeh city on Tuesday.", "2016-04-19")
    assert sides and "NDF: National Defence Forces" in sides[0]
    sides = _sides("Syrian Russian jets pounded the town of Atarib on Wednesday.", "2016-11-16")
    assert sides and sides[0][0] == "Military Forces of Syria (2000-)"
    assert sides[0][1] != "Military Forces of Russia (2000-)"


def test_the_owner_of_the_aircraft_a_by_phrase_names_did_it() -> None:
    sides = _sides("Four civilians were killed in Kafr Zita on Tuesday night after chlorine gas was released by a "
                   "helicopter belonging to the regime.", "2016-08-10")
    assert sides and sides[0] == ("Military Forces of Syria (2000-)", "Civilians (Syria)")


def test_a_claim_looked_into_is_commentary() -> None:
    from warscribe.knowledge.lexicon import Lexicon
    lexicon = Lexicon.load()
    cues = [m.label for m in lexicon.matches(lexicon.tokenize(
        "The group said it also investigated suggestions the gas attacks came from the rebels.")) if m.kind == "cue"]
    assert "commentary" in cues
    events = warscribe.extract(
        "Gunmen killed three soldiers at a checkpoint near Idlib on Monday, a monitor said. The monitor has a network "
        "of sources on the ground. It publishes its figures every evening. The ministry gave its own account of the "
        "day. The rights group said it also investigated suggestions the gas attack in Saraqib came from rebels. "
        "The talks are to resume next week in Geneva.",
        published="2019-05-22")
    assert len(events) == 1


def test_a_pronoun_after_a_relative_clause_reporting_verb_is_the_speaker() -> None:
    sides = _sides("Syrian Russian jets pound rebel areas. Air strikes pounded neighbourhoods of rebel-held eastern "
                   "Aleppo on Wednesday, killing 19 people, a monitor said. Russian planes were seen over Idlib all "
                   "night. The offensive drew strong condemnation from the United States which said it had received "
                   "reports of hospitals being bombed.", "2016-11-16")
    assert sides and sides[0] == ("Military Forces of Syria (2000-)", "Civilians (Syria)")
    sides = _sides("IS militants attacked the village on Monday. The group said it killed 20 soldiers in the raid.",
                   "2016-11-16")
    assert sides and sides[-1][0] == "Islamic State (Syria)"
