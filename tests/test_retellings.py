"""Retellings (stages/retell.py, lexicon/retellings.yaml): a body sentence that tells an event of its document
again is merged into it; the event keeps its fields and gains the retelling's evidence; `explain` says why."""

from __future__ import annotations

from warscribe.explain import explain_text

LEDE = ("An Islamic State suicide bomber blew himself up at a wedding party in the village of Tal Tamr in Hasakeh "
        "province on Monday, killing 22 people, a monitoring group said. ")
MIDDLE = ("Guests had gathered in a tent outside the house of the groom. "
          "Relatives said the bride and groom survived. ")
RETOLD = "Islamic State militants attacked the wedding guests in the village with explosives, the group said. "
OTHER = "Government aircraft bombed the town of Manbij, killing four people. "
END = "The Kurdish administration declared three days of mourning."


def test_a_body_retelling_joins_the_lede_event_with_its_evidence():
    text = LEDE + MIDDLE + RETOLD + OTHER + END
    e = explain_text(text, published="2016-10-04")
    assert [ev.sub_event_type for ev in e.events] == ["Suicide bomb", "Air/drone strike"]
    lede = e.events[0]
    assert (lede.location, lede.event_date, lede.fatalities) == ("Tall Tamr", "2016-10-03", 22)
    start = text.index("attacked the wedding")
    assert any(ev.start <= start < ev.end or start <= ev.start < start + 30 for ev in lede.evidence)
    assert all(text[ev.start:ev.end] == ev.text for ev in lede.evidence)  # the offsets still index the text
    step = next(s for s in e.sentences[3].steps if s.stage == "merge")
    assert step.action == "merged" and "retelling" in step.why and step.where.startswith("lexicon/retellings.yaml:")


def test_a_reply_by_the_other_side_is_not_a_retelling():
    text = LEDE + MIDDLE + "Kurdish fighters shelled Islamic State positions in the village with mortars. " + END
    e = explain_text(text, published="2016-10-04")
    assert len(e.events) == 2


def test_short_texts_have_no_retellings():
    e = explain_text(LEDE + RETOLD, published="2016-10-04")
    assert len(e.events) == 2


def test_deaths_told_as_more_add_to_the_toll_and_another_figure_is_another_report_of_it():
    lede = ("Government helicopters dropped barrel bombs on the town of Saraqib in Idlib province on Friday, killing "
            "at least 11 civilians, rescuers said. ")
    body = ("Shops and houses near the market were destroyed. Rescuers searched the rubble through the night. "
            "The town council appealed for help. ")
    more = "Four more civilians were killed when helicopters dropped barrel bombs on Saraqib on Friday evening. "
    other = "Nine civilians were killed when helicopters dropped barrel bombs on Saraqib on Friday. "
    added = explain_text(lede + body + more, published="2016-04-23").events
    assert [ev.fatalities for ev in added] == [15]
    lowest = explain_text(lede + body + other, published="2016-04-23").events
    assert [ev.fatalities for ev in lowest] == [9]  # ACLED's conservative rule: the lowest report
