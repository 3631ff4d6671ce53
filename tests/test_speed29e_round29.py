"""Round 29 (s29e, issue 14): assemble reads a draft's cue labels and attributing sources once, a sentence's dispute
cues in one pass, a gap with no comma as it is (no aside to take out), a casualty part in place (no slice), and the
run-on openers of `retell.lost_break` only where one of them stands; `roles.window_holds` reads the lower-case form
the last test kept. Each shortcut answers as the slower reading it replaced."""

from __future__ import annotations

import itertools
import re

from coding_support import mention_at, one_sentence
from warscribe.knowledge import patterns, roles
from warscribe.stages import assemble, retell

_TEXTS = [
    "Fifteen people died, including five policemen, in a blast in the town.",
    "Fifteen people died including five policemen in a blast.",
    "The army, backed by Russian jets, shelled the town while rebels fired back; IS said it hit a base.",
    "the convoy was hit in Aleppo province In the government-held west a correspondent heard shelling",
    "Troops advanced\nIn the west of the city , among them five fighters of the group were killed",
    "ISIS CLAIMED THE ATTACK, AMONG WHOM OFFICERS",
    "Deux morts à Alep, among them a child",
]


def _dispute_cue_as_a_set(mentions: list) -> tuple[str | None, object]:
    """The dispute status and cue as `_apply_disputes` read them before round 29: a set of labels, then a search."""
    labels = {m.label for m in mentions if m.kind == "cue"}
    status = "disputed" if "dispute" in labels else "denied" if "denial" in labels else None
    if status is None:
        return None, None
    return status, next(m for m in mentions if m.kind == "cue" and m.label in ("dispute", "denial"))


def test_dispute_cue_reads_as_the_set_of_labels_did() -> None:
    """Every order of disputes, denials, other cues and other mentions gives the status and the first cue of
    either kind the set-based reading gave."""
    text = "a b c d e f"
    pool = [mention_at(text, "cue", "a", "dispute"), mention_at(text, "cue", "b", "denial"),
            mention_at(text, "cue", "c", "background"), mention_at(text, "actor", "d", "dispute"),
            mention_at(text, "cue", "e", "denial"), mention_at(text, "cue", "f", "dispute")]
    for size in range(len(pool) + 1):
        for chosen in itertools.permutations(pool, size):
            mentions = list(chosen)
            status, cue = assemble._dispute_cue(mentions)
            expected_status, expected_cue = _dispute_cue_as_a_set(mentions)
            assert status == expected_status and cue is expected_cue, [m.text for m in mentions]


def _breaks_with_sub(text: str, start: int, end: int) -> bool:
    """`_breaks` before round 29: the asides taken out of every gap."""
    return bool(assemble._CLAUSE_BREAK.search(assemble._ASIDE.sub(" ", text[start:end])))


def test_breaks_answers_as_with_every_aside_taken_out() -> None:
    texts = [*_TEXTS, "the troops, supported by Russian forces, took the town", "the army, along with militias, came"]
    for text in texts:
        doc, _ = one_sentence(text)
        for start in range(0, len(text), 3):
            for end in range(start, len(text) + 1, 4):
                assert assemble._breaks(doc, start, end) == _breaks_with_sub(text, start, end), (text, start, end)


def test_casualty_part_in_place_answers_as_its_slice() -> None:
    """The part of the dead read between two offsets answers as the old pattern (with its "^") on the slice."""
    old = re.compile("^" + roles._casualty_part().pattern, re.I)
    for text in _TEXTS:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            assert roles.casualty_part(text, start, end) == (old.match(text[start:end]) is not None), (start, end)
    assert roles.casualty_part(" including five ") and not roles.casualty_part(" when ")


def _lost_break_ungated(text: str, start: int, end: int) -> int | None:
    found = list(retell._lost_break().finditer(text, start, end))
    return found[-1].start() + len(found[-1].group()) - len(found[-1].group().lstrip()) if found else None


def test_lost_break_gate_changes_no_answer() -> None:
    for text in _TEXTS:
        for start in range(0, len(text), 2):
            for end in range(start, len(text) + 1, 3):
                assert retell.lost_break(text, start, end) == _lost_break_ungated(text, start, end), (start, end)
    text = _TEXTS[3]
    assert text[retell.lost_break(text, 0, len(text)) or 0:].startswith("In the government-held west")


def test_window_holds_reads_the_kept_form_as_a_fresh_one() -> None:
    """Asked right after another test read the same text (its lower-case form kept as the last), or after one read
    another text, `window_holds` answers the same."""
    words = ("between", "among")
    for text in [*_TEXTS, "Clashes BETWEEN the army and IS", "K\u212a between"]:
        answers = []
        for warm in (False, True):
            if warm:
                patterns.lower_form(text)
            else:
                patterns.lower_form("another text")
            answers.append([roles.window_holds(text, a, b, words) for a, b in
                            itertools.combinations(range(0, len(text) + 1, 2), 2)])
        assert answers[0] == answers[1]
