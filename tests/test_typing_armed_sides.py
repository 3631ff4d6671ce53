"""Whether the attacked side was armed, in our own sentences: a state force among coordinated victims makes an attack
an armed clash; "the assailants" told again after a named armed group are its own men, not a second armed side;
armed men who fire into the air threaten or raid a village, they do not break up a protest."""

from __future__ import annotations

import warscribe


def events(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.sub_event_type, e.actor2 or "")
            for e in warscribe.extract(text, published="2023-03-10")]


def coded(text: str) -> list[tuple[str, str]]:
    return [(t, s) for t, s, _ in events(text)]


def test_a_soldier_counted_before_civilians_makes_an_armed_clash() -> None:
    assert coded("On 2 March 2023, 1 soldier and 3 civilians were shot dead by Al Shabaab fighters in Garissa.") \
        == [("Battles", "Armed clash")]


def test_civilians_counted_alone_stay_an_attack() -> None:
    assert coded("On 2 March 2023, 3 civilians were shot dead by Al Shabaab fighters in Garissa.") \
        == [("Violence against civilians", "Attack")]


def test_the_assailants_told_again_are_no_second_side() -> None:
    assert events("On 6 March 2023, suspected Ansaroul Islam militants raided the village of Tongomayel, and the "
                  "assailants shot dead two herders.") \
        == [("Violence against civilians", "Attack", "Civilians (Burkina Faso)")]


def test_a_force_named_after_the_militants_stays_a_side() -> None:
    assert coded("On 6 March 2023, suspected Ansaroul Islam militants attacked the soldiers guarding the village of "
                 "Tongomayel.") == [("Battles", "Armed clash")]


def test_militants_firing_into_the_air_and_burning_a_school_destroy_property() -> None:
    assert coded("On 9 March 2023, suspected JNIM militants fired into the air and set fire to a school in "
                 "Tongomayel.") == [("Strategic developments", "Looting/property destruction")]


def test_police_firing_into_the_air_at_a_protest_intervene() -> None:
    assert coded("On 9 March 2023, traders protested in Ouagadougou over new taxes. Police fired into the air to "
                 "disperse them.") == [("Protests", "Protest with intervention")]


def test_a_retired_policeman_killed_is_a_civilian() -> None:
    assert events("On 5 March 2023, suspected ISGS militants shot dead a retired policeman in Markoye.") \
        == [("Violence against civilians", "Attack", "Civilians (Burkina Faso)")]


def test_a_former_soldier_counted_among_the_dead_is_a_civilian() -> None:
    assert coded("On 5 March 2023, a former soldier was killed by Taliban fighters while travelling to Herat.") \
        == [("Violence against civilians", "Attack")]


def test_a_policeman_on_duty_killed_stays_an_armed_clash() -> None:
    assert coded("On 5 March 2023, suspected ISGS militants shot dead a policeman in Markoye.") \
        == [("Battles", "Armed clash")]


def test_the_assailants_told_again_as_a_later_doer_leave_the_named_group_the_attacker() -> None:
    events_ = warscribe.extract("On 7 March 2023, suspected JNIM militants raided the village of Tongomayel and killed "
                                "four people, and two shops were set ablaze by the assailants.", published="2023-03-10")
    assert [(e.event_type, e.actor1, e.actor2) for e in events_] \
        == [("Violence against civilians", "JNIM: Jamaah Nusrat al Islam wal Muslimin", "Civilians (Burkina Faso)")]
