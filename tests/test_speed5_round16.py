"""Round 16 (speed5): the round's new rules made cheap, with the same results as before (prefilters, one read)."""

from __future__ import annotations

import cProfile
import pstats

from warscribe.knowledge.lexicon import Lexicon
from warscribe.knowledge.roles import (
    accuses,
    force_adjectives,
    holds_a_place,
    may_name_role,
    party_to_pact,
    states_author,
)
from warscribe.model import Document, Mention, Sentence
from warscribe.stages.assemble import _covered_triggers
from warscribe.stages.clauses import _is_headline
from warscribe.stages.recognize import _adjective_holders, _array_bounds, _dash_tokens

_LEXICON = Lexicon.load()


def _holders_by_tokens(text: str, tokens) -> list[tuple[int, int, str]]:
    """The rule as it read every token before: the reference the hyphen walk must agree with."""
    out = []
    for i in range(len(tokens) - 2):
        slot = force_adjectives().get(tokens[i].text.casefold())
        if slot is None or tokens[i].whitespace_ or tokens[i + 1].text != "-" or tokens[i + 1].whitespace_ \
                or not holds_a_place(tokens[i + 2].text):
            continue
        out.append((tokens[i].idx, tokens[i].idx + len(tokens[i].text), slot))
    return out


def _holders(text: str) -> list[tuple[int, int, str]]:
    tokens = _LEXICON.tokenize(text)
    found = _adjective_holders(text, _array_bounds(_LEXICON.read_tokens(tokens)[2], 0), _dash_tokens(tokens), set())
    return [(m.start, m.end, m.label) for m in found]


def test_adjective_holders_read_at_hyphens_agree_with_every_token() -> None:
    for text in ("Jets struck government-held Aleppo and a rebel-controlled village.",
                 "Rebel-held areas, regime - held towns and opposition -held hills were shelled.",
                 "An al-Qaeda-linked group attacked insurgent-occupied Idlib, a rebel-",
                 "-held", "rebel-held", "No hyphen here at all."):
        assert _holders(text) == _holders_by_tokens(text, _LEXICON.tokenize(text)), text
    assert len(_holders("Jets struck government-held Aleppo and a rebel-controlled village.")) == 2


def test_adjective_holders_make_no_call_per_token() -> None:
    text = " ".join(["Fighters shelled the town of Douma near the river on Monday."] * 30)
    tokens = _LEXICON.tokenize(text)
    bounds, dashes = _array_bounds(_LEXICON.read_tokens(tokens)[2], 0), _dash_tokens(tokens)
    prof = cProfile.Profile()
    prof.enable()
    _adjective_holders(text, bounds, dashes, set())
    prof.disable()
    assert pstats.Stats(prof).total_calls < 10  # the old loop made six calls for each of the 360 tokens


def test_dash_tokens_are_the_hyphen_tokens() -> None:
    tokens = _LEXICON.tokenize("rebel-held towns - and al-Bab")
    assert _dash_tokens(tokens) == {i for i, t in enumerate(tokens) if t.text == "-"}
    assert _dash_tokens(_LEXICON.tokenize("")) == set()


def test_role_prefilter_holds_wherever_a_role_test_does() -> None:
    side = "the rebels"
    for before, after in (("evacuated under a deal reached between the regime and ", " near Aleppo"),
                          ("citing an ", " statement that a bomber struck"),
                          ("", " has accused regime troops of killing"),
                          ("fighting near ", " killed two men")):
        around = before + side + after
        if party_to_pact(before) or states_author(before[-25:], after) or accuses(after):
            assert may_name_role(around), around
    assert not may_name_role("fighting near the rebels killed two men")
    assert may_name_role("the opposition BLAMED the army")


def test_body_sentence_is_no_headline_without_counting_its_words() -> None:
    text = "Jets struck Idlib. " * 6
    doc = Document(id="d", text=text)
    doc.sentences = [Sentence(i * 19, i * 19 + 18, i) for i in range(6)]
    prof = cProfile.Profile()
    prof.enable()
    assert not _is_headline(doc, doc.sentences[3])
    prof.disable()
    assert not any("findall" in str(k) for k in pstats.Stats(prof).stats)
    assert _is_headline(doc, doc.sentences[0])


def test_no_covering_cue_covers_no_trigger() -> None:
    trigger = Mention("trigger", 0, 6, "struck", "air_strike", {})
    assert _covered_triggers(Document(id="d", text="struck"), [trigger], _LEXICON) == []
