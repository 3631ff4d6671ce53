"""Round 29 (s29f, issue 14): the near-duplicate signature's words read without a regex, the same shingles."""

from __future__ import annotations

import re

from warscribe.cleaning import dedup

# ASCII texts with every kind of byte between words: punctuation, digits, underscores, apostrophes, tabs, line
# breaks, control characters (some of which str.split, not bytes.split, treats as white space)
_TEXTS = [
    "Gunmen killed two soldiers at a checkpoint near Maiduguri on Monday, the army said.",
    "AL-BAB, Syria (Reuters) - 12 people were killed;\tsnake_case words\nand 3.5% of 2,000\x0bhomes\x1c\x1dgone",
    "it's the 'group's' fault -- (\"quoted\") [bracketed] {braced} a/b c\\d e|f #tag @name ~x ^y `z` \x00\x7f end",
    "one two three", "one two", "",
]


def _regex_shingles(text: str) -> set[bytes]:
    """The shingles as the regex read the words (`\\w+` over the lower-case text's bytes)."""
    raw = re.findall(rb"\w+", text.lower().encode())
    if len(raw) <= 3:
        return {b" ".join(raw)} if raw else set()
    return {b" ".join(raw[i:i + 3]) for i in range(len(raw) - 2)}


def test_shingles_read_the_words_the_regex_reads() -> None:
    for text in _TEXTS:
        assert dedup.shingles(text) == _regex_shingles(text), text


def test_the_word_table_keeps_the_word_bytes_alone() -> None:
    kept = {c for c in range(256) if dedup._WORD_OR_SPACE[c] != 0x20}
    assert kept == {c for c in range(256) if re.fullmatch(rb"\w", bytes((c,)))}
    assert all(dedup._WORD_OR_SPACE[c] == c for c in kept)
