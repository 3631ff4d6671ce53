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
