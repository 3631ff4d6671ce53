"""Writes the one-sentence ACLED-style summary of an event from its fields (templates in data/lexicon/notes.yaml)."""

from __future__ import annotations

from functools import cache
from typing import Any

from warscribe.config import DATA_DIR
from warscribe.knowledge import located
from warscribe.model import Event


@cache
def _templates() -> dict[str, Any]:
    return located.data_file(DATA_DIR / "lexicon" / "notes.yaml")


def _place(ev: Event) -> str:
    if not ev.location:
        return f"in {ev.country}" if ev.country else "at an unknown place"
    parts = [ev.location] + [p for p in (ev.admin1, ev.country) if p and p != ev.location]
    near = "near" if ev.geo_precision == 2 else "in"
    return f"{near} {', '.join(parts)}"


def write_notes(ev: Event) -> str:
    t = _templates()
    verb = t["verbs"].get(ev.sub_event_type, t["verbs"]["Other"])
    takes_object = verb.endswith((" with", " from", " against", " at", " by", " of", " to")) or verb in (
        "attacked", "shelled", "arrested", "abducted")
    actor2_part = f" {ev.actor2}" if ev.actor2 and takes_object else ""
    if not actor2_part and takes_object:
        verb = verb.rsplit(" ", 1)[0] if " " in verb and not verb.endswith("ed") else verb
    on_date = f"On {ev.event_date}, " if ev.event_date else ""
    text = t["default"].format(On_date=on_date, actor1=ev.actor1 or "An unidentified actor", verb=verb,
                               actor2_part=actor2_part, place=_place(ev))
    if ev.fatalities:
        text += t["fatalities"].format(n=ev.fatalities)
    if ev.injuries:
        text += t["injuries"].format(n=ev.injuries)
    if ev.claim_status != "reported":
        text += t["claim"][ev.claim_status].format(who=", ".join(ev.attributed_to) or "a party")
    return text
