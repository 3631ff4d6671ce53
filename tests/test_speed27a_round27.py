"""The count reader's round-27 shortcuts answer as the searches they spare: the no-casualties phrases skipped in a
text that tells no outcome, the searches back for an earlier or a referenced event skipped in a text lacking their
words, and the verb before "dead" matched from the clause's start instead of searched for."""

from __future__ import annotations

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader, _untold_none_dead, _verb_before, _without_earlier_events
from warscribe.knowledge.lexicon import Lexicon


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def test_untold_phrases_are_those_holding_no_told_word() -> None:
    phrases = ["no one was killed", "no causalities  reported", "nobody hurt", "killedx nothing", "No one Shot  dead"]
    # ("killed" whole in the first; "killedx" holds it only as a part of a word; "shot dead" in any case and spacing)
    assert _untold_none_dead(phrases, ["killed", "hurt", "shot dead"]) == ("causalities", "killedx")
    assert _untold_none_dead(phrases, ["killed", "hurt", "reported", "nothing", "shot dead"]) == ()
    assert _untold_none_dead([*phrases, "{n} dead"], ["killed"]) is None  # a placeholder: any text may hold a phrase


@pytest.mark.parametrize("text", [
    "No causalities were reported among the guests.", "no causalities reported", "Nobody was killed in the blast",
    "There were no casualties.", "The car exploded without causing any  casualties.", "No one was hurt at all.",
    "NO CAUSALITIES WERE REPORTED", "The shelling caused no causalities, officials said.", "Nothing happened.",
])
def test_none_dead_is_read_as_without_the_skip(reader: CountReader, text: str) -> None:
    low = counts._spaced_lower(text)
    told = reader.p.any_outcome.search(text) is not None
    full = reader._none_dead(text, low)
    if not told and not counts._may_hold(text, reader.untold_none_dead):
        assert full == []  # what `read` skips finds nothing
    assert [c for c in reader.read(text) if c.outcome == "death" and c.value == 0] == full


def _without_skip(text: str, found: list[counts.Count]) -> list[counts.Count]:
    """`_without_earlier_events` as it read before its words were asked of the text: both searches at every death."""
    rules = counts._rules()
    out = []
    for c in found:
        m = rules.earlier.search(text, max(0, c.start - 80), c.start) if c.outcome == "death" else None
        if m is not None and any(o.outcome in counts._HURT and o.end <= m.start() for o in found):
            continue
        if c.outcome == "death" and rules.referenced.search(text, max(0, c.start - 80), c.start):
            continue
        out.append(c)
    return out


@pytest.mark.parametrize("text", [
    "Four medics were killed in Idlib, just days after dozens of aid workers were killed in Aleppo.",
    "Dozens were injured when helicopters hit the area, a day after more than 100 were killed.",
    "A day after more than 100 were killed, the army withdrew.",
    "They dropped bombs three times before an April 4 attack that killed dozens.",
    "Residents fled after an airstrike that killed 12 people.", "Five people were killed and 3 wounded.",
    "Prior to the attack which killed 7 fighters, 2 were arrested.", "DAYS AFTER 4 were wounded, 9 were killed.",
])
def test_earlier_events_are_left_out_as_without_the_skip(reader: CountReader, text: str) -> None:
    found = reader._after(text) + reader._before(text)
    assert found, text
    assert _without_earlier_events(text, found) == _without_skip(text, found)


@pytest.mark.parametrize("text", [
    "Gunmen shot him dead", "They shot a policeman, dead", "The army left the truck driver dead",
    "shot Yadav, a contractor, dead", "Nothing was said about it and then dead", "", "shot",
    "The patrol found the man at dawn. Shooting broke out and left him dead",
])
def test_the_verb_before_dead_matched_from_the_start_is_the_one_searched(text: str) -> None:
    pattern = _verb_before(tuple((counts._raw_rules().get("one_object_dead") or {}).get("verbs") or ()))
    for start in range(len(text) + 1):
        got, want = pattern.match(text, start, len(text)), pattern.search(text, start, len(text))
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_fewest_words_answer_as_all_of_them() -> None:
    words = ("condemn", "condemned", "killings", "killing", "death", "death", "deaths", "over")
    fewest = counts._fewest(words)
    assert fewest == ("condemn", "killing", "death", "over")
    assert counts._fewest(None) is None
    for text in ("They condemned it", "the killings went on", "no word here", "Deaths rose", "overall",
                 "KILLING", "dea th", ""):
        assert counts._may_hold(text, fewest) is counts._may_hold(text, words)
