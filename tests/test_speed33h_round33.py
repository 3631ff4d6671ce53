"""Round 33 (s33h, issue 14): the shingles' SHA-1 digests read by the digest method itself (no method looked up per
shingle); a long block's rest counted as words on its bytes (no string made per word)."""

from __future__ import annotations

import hashlib
import random

from warscribe.cleaning import dedup, lines

_TEXT = ("Gunmen killed two soldiers at a checkpoint near Maiduguri on Monday, the army said, and burnt three houses "
         "in the village before they fled towards the forest, residents told reporters on Tuesday morning.")


def test_digest_method_gives_each_shingles_sha1() -> None:
    grams = [*dedup.shingle_run(_TEXT), b"", b"caf\xc3\xa9 au lait", b"x" * 200]
    assert [dedup._DIGEST(dedup._SHA1(g)) for g in grams] == [hashlib.sha1(g).digest() for g in grams]


def test_hash_values_are_datasketchs() -> None:
    minhash = dedup._datasketch("minhash").MinHash(num_perm=dedup.NUM_PERM)
    minhash.update_batch(list(dedup.shingles(_TEXT)))
    values = dedup._hash_values(_TEXT)
    assert values is not None
    assert values.tolist() == minhash.hashvalues.tolist()


def test_token_count_is_the_splits_length() -> None:
    spaces = "".join(c for c in map(chr, range(0x3000)) if c.isspace())
    cases = ["", " ", "a", " a", "a ", "a  b", "\tword\nword\r\x0b\x0c\x1c\x1d\x1e\x1fword ", "é à", "a\xa0b c",
             "\x85a", "a\u2003b", _TEXT, _TEXT[1200:], "x" * 50]
    rng = random.Random(33)
    alphabet = " \t\n.ab'é" + spaces
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(16))) for _ in range(3000)]
    for text in cases:
        assert lines._token_count(text) == len(text.split()), repr(text)
