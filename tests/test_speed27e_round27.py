"""Round 27 (s27e): the window tests read in a document's lower-case form, and the cheaper segmenting, answer as
the slice-by-slice forms they replace."""

from __future__ import annotations

from warscribe.knowledge import roles
from warscribe.knowledge.patterns import lacks_words
from warscribe.model import Document
from warscribe.stages import segment

_TEXTS = [
    "Fighting broke out in an area that has witnessed fighting between the opposition and the regime, a source in "
    "the Asayesh forces said, after rebels shot down a helicopter.",
    "A SOURCE IN THE army said the town, which has Witnessed clashes between rebels and troops, was shelled.",
    "İstanbul: an official from the ministry said the İdlib district had seen clashes between the sides.",
    "",
    "no words of note here at all",
    "the villagers were apparently mistaken for IS fighters and Confused With the ",
]


def test_window_holds_answers_as_lacks_words_of_the_slice() -> None:
    word_lists = [("between",), ("source", "official"), ("witnessed", "seen"), ("shot", "downed"), ("zzz",), ()]
    for text in _TEXTS:
        for words in word_lists:
            for start in range(0, len(text) + 1, 7):
                for end in (start, start + 5, start + 40, len(text)):
                    held = roles.window_holds(text, start, end, words)
                    if held:
                        # (True where the text has no lower-case form of the same offsets: the caller searches)
                        continue
                    assert lacks_words(text[start:end], words), (text, start, end, words)
                    assert not any(w in text[start:end].lower() for w in words)


def test_window_holds_finds_a_word_inside_the_window_only() -> None:
    text = "the deal reached between the regime and rebels"
    at = text.index("between")
    assert roles.window_holds(text, 0, len(text), ("between",))
    assert roles.window_holds(text, at, at + len("between"), ("between",))
    assert not roles.window_holds(text, at + 1, len(text), ("between",))  # a word cut by the window's start
    assert not roles.window_holds(text, 0, at + 6, ("between",))  # ... or by its end
    assert roles.window_holds(text.upper(), 0, len(text), ("between",))  # in any case


def test_bounded_role_tests_answer_as_their_slices() -> None:
    for text in _TEXTS:
        for start in range(0, len(text) + 1, 5):
            for end in range(start, len(text) + 1, 11):
                before = text[start:end]
                assert roles.in_place_history(text, start, end) is roles.in_place_history(before)
                assert roles.speaker_within(text, start, end) is roles.speaker_within(before)
                assert roles.taken_for(text, start, end) is (roles._taken_for().search(before) is not None)
                assert roles.in_place_history(before) is (roles._history().search(before) is not None)
                assert roles.speaker_within(before) is (roles._within().search(before) is not None)


def test_weapon_struck_answers_as_its_patterns() -> None:
    downed_before, downed_after = roles._downed()
    for before in ("rebels shot down a Russian ", "fighters destroyed a ", "the army fired a ", "Insurgents Downed a ",
                   "", "brought down two "):
        for after in ("", " was shot down over Idlib", " hit the town"):
            struck = roles._struck().search(before) is not None
            want = struck or downed_before.search(before) is not None or downed_after.search(after) is not None
            assert roles.weapon_struck(before, after) is want, (before, after)


def test_split_sentences_drops_blank_spans_and_trims() -> None:
    text = "  Rebels attacked the town.   Five were killed.  \n  "
    spans = segment.split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["Rebels attacked the town.", "Five were killed."]
    assert segment.split_sentences("   ", 0, 3) == []


def test_headline_word_limit_counts_as_a_full_split() -> None:
    most = segment._MAX_HEADLINE_WORDS
    for words in (1, most - 1, most, most + 1, most + 5):
        for tail in ("", "  ", " \n"):
            line = " ".join(["Word"] * words) + tail
            doc = Document(id="d", text=line)
            want = 0 < len(line.split()) <= most and not line.rstrip().endswith((".", "!", "?", ":", '"', "”"))
            assert segment._is_headline(doc, 0, len(line)) is want, (words, tail)


def test_actor_kinds_read_without_key_errors_as_with_them() -> None:
    from warscribe.config import Context
    from warscribe.model import Mention
    from warscribe.stages import assemble

    ctx = Context()
    labels = [a.id for a in list(ctx.actors)[:300]]
    labels += ["generic:civilians", "generic:rebels", "generic:no_such_slot", "state:military", "state:police",
               "no such actor", ""]
    for label in labels:
        m = Mention("actor", 0, 1, "x", label, {})
        try:
            political = ctx.actors.get(label).kind == "political"
        except KeyError:
            political = False
        assert assemble._political(ctx, m) is political, label
        try:
            actor = ctx.actors.generic(label.split(":", 1)[1], "Syria") if label.startswith("generic:") \
                else ctx.actors.get(label)
            armed = actor.kind != "political" and actor.inter in assemble._ARMED_INTER
        except KeyError:
            armed = False
        assert assemble._armed_side(ctx, m) is armed, label
        if not label.startswith(("generic:", "state:")):
            try:
                actor = ctx.actors.get(label)
            except KeyError:
                assert assemble._label_kind(ctx, label) is None, label
            else:
                assert assemble._label_kind(ctx, label) is not None, label
