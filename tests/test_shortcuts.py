"""The hot path's shortcuts (a cheap search that spares a pattern, answers remembered per document or per name)
give exactly what the full work gives."""

from __future__ import annotations

import re

import pytest

from warscribe import timex
from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.places.countries import CountryHints

# Our own sentences: with and without digits, month names, weekday names, relative dates and counts.
SENTENCES = [
    "Gunmen killed two soldiers at a checkpoint near the town on Monday, the army said.",
    "On 4 March 2019 a car bomb killed 12 people and wounded 30 in the market.",
    "Three villagers were shot dead late on Tuesday; no arrests were made.",
    "In early February, rebels shelled the outskirts, killing at least seven civilians.",
    "Police detained 45 protesters on March 4, 2020, a spokesman said yesterday.",
    "The death toll rose to 19 after two of the injured died in hospital two days ago.",
    "Nobody was hurt when the 12-year-old boy found a shell at 10:30 near Route 5.",
    "Fighters of the group stormed the base last week and seized weapons.",
    "A May 2021 report said 300 people had died since 2011 in the province.",
    "Protesters marched peacefully through the capital.",
    "Troops shelled the area the day before yesterday and again last night; earlier this week 3 died.",
    "Rebels said three days ago that the town fell LAST MONTH, not this morning.",
    "Éléments armés attaqués hier; 2 days ago in Ségou, yesterday too.",
    "",
]


def test_dates_found_with_the_pre_checks_are_the_dates_found_without(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [timex.find_dates(s) for s in SENTENCES]
    # Every kind of expression looked for in every text:
    monkeypatch.setattr(timex, "_needs", lambda: dict.fromkeys(("digit", "month", "weekday", "relative", "week"),
                                                              lambda chunk: True))
    assert [timex.find_dates(s) for s in SENTENCES] == gated
    assert any(gated) and not all(gated)  # the sentences exercise both sides of the pre-checks


def test_dates_in_a_span_are_offset_into_the_whole_text() -> None:
    text = "Preamble of 2 May. Jets struck on 4 March. Nothing else on Friday."
    found = timex.find_dates(text, text.index("Jets"), text.index(" Nothing"))
    assert [d.text for d in found] == ["on 4 March."]  # an abbreviation's dot may follow a month
    assert all(text[d.start:d.end] == d.text for d in found)


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def test_counts_without_the_digit_pre_check_are_the_same(reader: CountReader,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shortcut = [reader.read(s) for s in SENTENCES]
    monkeypatch.setattr(counts, "_DIGIT", re.compile(""))  # every text then goes through the masking
    assert [reader.read(s) for s in SENTENCES] == shortcut
    assert any(shortcut)


def test_a_country_hint_is_the_same_remembered_or_not() -> None:
    hints = CountryHints()
    surfaces = ["Syria", "Syrian", "Kenya", "Nairobi", "Somewhere Else", "syria", "Syria"]
    first = [hints.hint(s) for s in surfaces]
    assert first == [hints._hint(s) for s in surfaces]
    assert first == [hints.hint(s) for s in surfaces]
    assert first[0] is not None and first[4] is None


def test_the_outcome_words_as_one_trie_find_what_their_alternation_finds() -> None:
    words = ["kill", "killed", "shot dead", "shot and killed", "death", "hacked to death", "x-ray"]
    trie = re.compile(rf"\b{counts._trie(words)}\b", re.I)
    plain = re.compile(rf"\b(?:{counts._alt(words)})\b", re.I)
    for text in ["He was KILLED", "shot  dead", "shot and\nKilled", "a killer", "deaths", "the death", "x-rays",
                 "x-ray", "hacked to  death.", "shot", "", "Killkill"]:
        assert bool(trie.search(text)) == bool(plain.search(text)), text


@pytest.mark.parametrize("text", ["no  one", "There were no 3 deaths", "No\n4 killed", "casino 5", "no", "o 1",
                                  "say no\t\n7", "nono 2", "NO 9", " no"])
def test_negation_read_from_its_start_is_negation_read_from_the_text_start(text: str) -> None:
    for end in range(len(text) + 1):
        assert counts._negated(text, end) == bool(counts._NEGATED.search(text, 0, end)), (text, end)


def test_the_near_duplicate_index_does_not_sync_its_private_file() -> None:
    from warscribe.cleaning.dedup import NearDuplicateIndex

    index = NearDuplicateIndex(0.8)
    try:
        assert index._db.execute("PRAGMA synchronous").fetchone()[0] == 0
        assert index._db.execute("PRAGMA journal_mode").fetchone()[0] == "memory"
    finally:
        index.close()


@pytest.mark.parametrize(("tail", "status"), [
    (" and claimed to have killed three militants.", "claimed"),  # a government outlet that claims
    (", killing three militants.", "reported"),  # one that only reports
])
def test_a_state_outlet_claims_only_with_a_claim_verb(tail: str, status: str) -> None:
    from warscribe.model import Document
    from warscribe.pipeline import Pipeline

    text = "According to SANA, army units shelled rebel positions near the town of Morek on Monday" + tail
    doc = Pipeline().run(Document(id="claim", text=text, published="2020-05-06"))
    assert [(e.claim_status, e.attributed_to) for e in doc.events] == [(status, ["SANA"])]


PLACE_TEXTS = [
    "Shelling hit the village of Tell Zaghrun and the town of Kafr Nabl on Monday.",
    "Clashes broke out near the southern outskirts of Morek, in the Hama countryside.",
    "Jets struck Idlib city and the eastern countryside of Aleppo.",
    "Fighting between Dara and Busra continued; the villages of Abdita and Kansafra were shelled.",
    "Militants attacked Ouenra town, near Deou, and moved into northern Mali.",
    "Troops advanced through the town of Hama countryside and the city of Homs.",
    "A raid on al-Sukhnah left the road to Palmyra closed.",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_the_light_frame_reads_the_cue_the_full_mention_reads(text: str) -> None:
    from warscribe.places import recognize

    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*", text)]
    cues = []
    for a, b in spans:
        cue, cue_text, _ = recognize._frame(text, a, b)
        full = recognize._mention(text, a, b, False)
        assert cue == full.cue or (cue is None and full.cue == "region"), text[a:b]  # "region of X": _mention's
        assert cue_text == full.data.get("cue_text"), text[a:b]
        assert recognize._framed(text, (a, b)) == (full.cue == "settlement"), text[a:b]
        cues.append(cue)
    assert any(cues) or "raid" in text  # all but the last text frame some name
