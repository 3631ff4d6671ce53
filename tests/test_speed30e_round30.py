"""Round 30 (s30e, issue 14): `window_holds`' trie is built of the fewest words (none holding another), the premises
test before a side searches only a window holding a premises word, the "according to" phrases are searched only in a
sentence holding "according", a side's speaking verb is read as the first word alone, a pair of words is made only
of a word that opens a two-word phrase of the victims' nationality, and a sentence with no protest and no arrest
has no topic cues. Each shortcut answers as the slower reading it replaced."""

from __future__ import annotations

import itertools

from coding_support import mention_at, one_sentence
from warscribe.knowledge import roles
from warscribe.knowledge.lexicon import Lexicon
from warscribe.stages import assemble, retell

_TEXTS = [
    "A blast near the headquarters of the Islamic State killed five; IS's HQ was hit.",
    "Strikes on a school used as a base by the rebels, the offices of Jaish al-Islam and the group's posts.",
    "Nusra targets were also hit, and Jund al-Aqsa positions were shelled near the home of a member of the SDF.",
    "ACCORDING TO the monitor, the army, according to sources, and Accordingly the rebels said it hit a base.",
    "K\u212a near the Headquarters of X",
    "",
]


def test_fewest_words_hold_what_all_the_words_hold() -> None:
    """A window holds one of the fewest words exactly where it holds one of the words (duplicates, words inside
    others, empty words)."""
    lists = [("base", "bases", "a base", "hq", "hqs"), ("a", "a", "", "ab", "b"), roles.identifying_words(),
             roles._premises_words(), ("x",)]
    low = "the bases of a base hqs ab xb near abba"
    for words in lists:
        fewest = roles.fewest_words(words)
        assert set(fewest) <= set(words) and len(set(fewest)) == len(fewest)
        for start, end in itertools.combinations(range(len(low) + 1), 2):
            window = low[start:end]
            assert any(w in window for w in fewest) == any(w and w in window for w in words), (words, window)
    assert roles.fewest_words(("a", "a", "b", "", "ab")) == ["a", "b"]


def _owns_premises_ungated(text: str, start: int, end: int) -> bool:
    before, after = roles._premises()
    return before.search(text, max(0, start - 60), start) is not None or after.match(text, end) is not None


def test_premises_gate_changes_no_answer() -> None:
    for text in _TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 12) + 1, 3):
                assert roles.owns_premises(text, start, end) == _owns_premises_ungated(text, start, end), \
                    (text, start, end)
    text = _TEXTS[0]
    assert roles.owns_premises(text, text.index("Islamic"), text.index(" killed"))


def test_according_gate_finds_every_phrase() -> None:
    """Each "according to" the pattern finds in a sentence lies in a window `window_holds` says holds "according"
    (any case), and none is found where it says no."""
    for text in _TEXTS:
        for start, end in itertools.combinations(range(0, len(text) + 1, 2), 2):
            found = list(assemble._ACCORDING.finditer(text, start, end))
            if not roles.window_holds(text, start, end, assemble._ACCORDING_WORDS):
                assert not found, (text, start, end)
    assert roles.window_holds(_TEXTS[3], 0, 20, assemble._ACCORDING_WORDS)


def test_speaks_reads_the_first_word_as_the_word_list_did() -> None:
    lexicon = Lexicon.load()
    for text in ["ISIS announced it", "rescue workers said", "the army, 'said' one", "IS 2 said", "IS",
                 "the group (according to a monitor) said", "rebels SAID on Monday"]:
        doc, _ = one_sentence(text)
        first = text.split()[0]
        m = mention_at(text, "actor", first, "x")
        words = assemble._words_after(doc, m)
        expected = bool(words) and words[0] in lexicon.reporting_verbs \
            and not roles.cites_after(text[m.end:m.end + 30])
        assert assemble._speaks(doc, m, lexicon) == expected, text


def test_victim_countries_read_pairs_as_before() -> None:
    """Pairs of words are made only where a two-word phrase may open: the foreign words and nouns of two words
    are still found, single ones too."""
    country_of = {"somali": "Somalia", "ugandan": "Uganda", "chinese": "China"}.get
    named = {"mali": "Mali"}.get

    def of(words: str) -> str | None:
        return country_of(words.casefold())

    def country_named(words: str) -> str | None:
        return named(words.casefold())

    assert roles.victim_countries("two foreign nationals were", of, country_named) == {roles.INTERNATIONAL}
    assert roles.victim_countries("a Chinese aid worker", of, country_named) == {"China"}
    assert roles.victim_countries("foreigners", of, country_named) == {roles.INTERNATIONAL}
    assert roles.victim_countries("two Somali refugees and foreign", of, country_named) == {"Somalia"}
    assert roles.victim_countries("a foreign", of, country_named) == set()
    firsts = roles._nationality_pair_firsts()
    nouns, foreign, _ = roles._nationality_words()
    assert all(p.split()[0] in firsts for p in nouns | foreign if len(p.split()) == 2)


def test_no_topic_cues_without_a_protest_or_an_arrest() -> None:
    lexicon = Lexicon.load()
    text = "demanding justice for those killed over the killing"
    cues = [mention_at(text, "cue", "demanding", "demanding"), mention_at(text, "cue", "over", "over")]
    kill = mention_at(text, "trigger", "killed", "kill")
    assert assemble._topic_cues([*cues, kill], lexicon) == []
    assert assemble._topic_cues([], lexicon) == []


def _refers_back_by_pattern(text: str, start: int) -> bool:
    """`retell.refers_back` before round 30: the slice's last word matched in full by the case-blind pattern."""
    before = retell._LAST_WORD.search(text[max(0, start - 20):start])
    return before is not None and bool(retell._words("refers_back").fullmatch(before.group(1)))


def test_refers_back_answers_as_the_pattern() -> None:
    texts = ["After THE bombing, this attack and Saturday's blast; Mondays raid", "these  strikes, those\nraids",
             "the'  blast", "_the blast", "Saturday\u2019s blast", "\u017fhe the \u212aill", "ThE\tstrike", "x the"]
    for text in texts:
        for start in range(len(text) + 1):
            assert retell.refers_back(text, start) == _refers_back_by_pattern(text, start), (text, start)
    assert retell.refers_back("After the bombing", 10) and not retell.refers_back("After a bombing", 8)
