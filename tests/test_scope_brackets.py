"""Our own sentences: a whole bracket inside a protest's topic ("a BCL (student wing) leader") does not end the
topic's clause, so violence named after it is still what the protest is about; a cue inside an aside that closes
before the trigger still governs nothing past it."""

from __future__ import annotations

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-05-10")]


def test_violence_named_after_a_bracket_in_the_topic_is_the_grievance() -> None:
    text = ("On 6 May 2023, members of the ruling party staged a protest in Feni town, against the killing of a "
            "Jubo League (JL) leader in a clash between two factions last week.")
    assert subs(text) == ["Peaceful protest"]
