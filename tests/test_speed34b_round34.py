"""Round 34 (speed34b): a typing rule's tests read most selective first (the means, then the other frames), and
tested with `isdisjoint` rather than a set made by `&`: each rule holds of each draft as the plain conjunction said."""

from __future__ import annotations

from dataclasses import replace
from itertools import product

from warscribe.knowledge.lexicon import TypingRule
from warscribe.model import Document, EventDraft
from warscribe.stages.assemble import _rule_holds


def _conjunction(rule: TypingRule, draft: EventDraft, agents: set[str], targets: set[str]) -> bool:
    """The rule's tests as round 33 read them, in the data's order."""
    main = draft.trigger.label
    others = draft.frames - {main}
    return not ((rule.frames and main not in rule.frames) or (rule.also and not rule.also & others)
                or not rule.with_ <= others or (rule.told and draft.trigger.data.get("tells") not in rule.told)
                or (rule.means and not rule.means & draft.means) or bool(rule.lacks & draft.means)
                or (rule.target and not rule.target & targets) or (rule.agent and not rule.agent & agents))


def test_each_typing_rule_holds_as_the_conjunction_of_its_tests(pipeline) -> None:
    lexicon = pipeline.context.lexicon
    doc = pipeline.run(Document.from_input({"id": "speed34b", "published": "2019-06-05", "text":
                                            "Gunmen shot dead three herders and burned their huts near Qarnawil."}))
    base = next(ev.draft for ev in doc.events if ev.draft is not None)
    # every value any rule names, and none, for each side of the draft the rules read
    means = {m for r in lexicon.rules for m in r.means | r.lacks}
    frames = {f for r in lexicon.rules for f in r.frames | r.also | r.with_}
    tells = sorted({t for r in lexicon.rules for t in r.told})
    kinds = {k for r in lexicon.rules for k in r.agent | r.target}
    held = tried = 0
    for label, told, means_told, others in product([*sorted(frames)[:12], "attack"], [None, *tells[:3]],
                                                   [set(), *({m} for m in sorted(means)[:6])],
                                                   [set(), *({f} for f in sorted(frames)[:6])]):
        trigger = replace(base.trigger, label=label, data={**base.trigger.data, "tells": told})
        draft = replace(base, trigger=trigger, frames={label, *others}, means=set(means_told))
        for rule in lexicon.rules_for(label):
            for agents, targets in ((set(), set()), (set(kinds), set(kinds)), ({"state"}, {"civilians"})):
                expected = _conjunction(rule, draft, agents, targets)
                assert _rule_holds(rule, draft, agents, targets) == expected
                assert _rule_holds(rule, draft, agents, targets, draft.frames - {label}) == expected
                held += expected
                tried += 1
    assert 0 < held < tried  # (both answers met: the check reads holding and failing rules)
