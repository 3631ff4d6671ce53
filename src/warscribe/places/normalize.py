"""Transliteration-tolerant keys for place names: fold, strip Arabic articles, reduce to a consonant skeleton."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

# Romanisations of the Arabic article, written alone ("al Bab") or hyphenated ("ash-Shughur").
ARTICLES = frozenset(
    ["al", "el", "il", "ul", "l", "as", "es", "ash", "esh", "ad", "ed", "adh", "an", "en", "ar", "er", "at",
     "et", "ath", "az", "ez"]
)
# Characters that stand for ʿayn or hamza, or are apostrophes: dropped, never a word boundary.
_APOSTROPHES = "'’‘`´ʿʾʼʻ′"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
# An article fused with a doubled sun letter, as in "Ezzor" or "Assukhna" (only after the first word).
_FUSED_ARTICLE = re.compile(r"^[ae]([tdrzsnl])(?=\1[a-z]{2})")
# Nisba / feminine endings: -iyah, -iyeh, -ieh, -iya, -ia, -iye ... all one sound.
_NISBA = re.compile(r"(?:iy{1,2}[ae]h?|ie?h|ia|iye|iyya|yah|yeh)$")
# Ordered digraph and letter classes of the skeleton; order matters ("dh" before "d", "sh" before "s").
_CLASSES: tuple[tuple[str, str], ...] = (
    ("dj", "j"), ("tch", "S"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "X"), ("gh", "k"),
    ("dh", "z"), ("th", "z"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("g", "k"),
    ("v", "f"), ("p", "b"), ("x", "X"),
)
_VOWELS = set("aeiou")
_DOUBLED = re.compile(r"(.)\1+")
_MARBUTA = re.compile(r"(?<=[aeiou])h$")  # tāʾ marbūṭa: -ah / -eh


@lru_cache(maxsize=65536)
def unaccented(name: str) -> str:
    """The name without accents or ʿayn/hamza marks ("Ma‘arrat an Nu‘mān" -> "Maarrat an Numan"), case kept: how
    English text and conflict datasets write it (a gazetteer build asks for 300,000 names, most of them ASCII)."""
    if name.isascii():  # nothing to decompose, and of the marks dropped only the backtick is ASCII
        return name.replace("`", "").strip()
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ch not in "‘’ʿʾʻ`´").strip()


def fold(name: str) -> str:
    """Lower-case ASCII: accents stripped, apostrophes/ʿayn dropped, hyphens and punctuation made spaces."""
    if name.isascii():  # nothing to decompose or transliterate: no combining mark, no call per character
        return _SPACES.sub(" ", _NON_WORD.sub(" ", _APOS_RE.sub("", name.lower()))).strip()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOS_RE.sub("", text.lower())
    text = text.replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    text = _NON_WORD.sub(" ", text.encode("ascii", "ignore").decode())
    return _SPACES.sub(" ", text).strip()


def strip_articles(words: list[str]) -> list[str]:
    """A name's folded words without its articles: one standing alone before the last word, and one fused to a word
    after the first ("arraqqa" read as "raqqa")."""
    if len(words) == 1:
        return words  # a last word is never dropped, and a first one never loses a fused article
    kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)]
    out = [kept[0]] if kept else []
    # (a fused article starts with "a" or "e": other words are not searched)
    out += [_FUSED_ARTICLE.sub("", w) if w[0] in "ae" else w for w in kept[1:]]
    return out or words


def _folded_words(name: str) -> list[str]:
    """The words of `fold(name)`: of an ASCII name, split before the spaces are squeezed, which changes no word."""
    if name.isascii():
        return _NON_WORD.sub(" ", _APOS_RE.sub("", name.lower())).split()
    return fold(name).split()


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The exact-match key: folded, articles removed ("Jisr al-Shughour" -> "jisr shughour")."""
    words = _folded_words(name)
    return " ".join(strip_articles(words)) if words else ""


@lru_cache(maxsize=100_000)
def _skeleton_word(word: str) -> str:
    # remembered: words repeat across names (a gazetteer build reduces 350,000 of them, most seen before)
    word = _DOUBLED.sub(r"\1", word)
    word = _NISBA.sub("Y", word)
    word = _MARBUTA.sub("", word)
    for src, dst in _CLASSES:
        word = word.replace(src, dst)
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(word):
        # y and w inside a word are mostly long vowels or diphthongs (Dayr/Deir, Zawr/Zor, Suwayda/Sweida)
        vowel = ch in _VOWELS or (ch in "yw" and i > 0)
        if vowel and i == 0:
            out.append("'")  # a leading vowel stands for ʿayn/alif: keep one marker
        elif not vowel and ch != prev:
            out.append(ch)
        prev = ch
    return "".join(out)


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """The consonant skeleton: vowels, doubled letters and spelling classes folded ("Maaret" == "Ma'arrat")."""
    return key_skeleton(key(name))


def key_skeleton(k: str) -> str:
    """The consonant skeleton of a name whose key (`key`) is `k`: its words' skeletons."""
    return " ".join(s for s in (_skeleton_word(w) for w in k.split()) if s)


def similarity(a: str, b: str) -> float:
    """0-100 similarity of two names for the fuzzy fallback (rapidfuzz ratio of the keys)."""
    if not a or not b:
        return 0.0
    ka, kb = key(a), key(b)
    if ka == kb or skeleton(a).replace(" ", "") == skeleton(b).replace(" ", ""):
        return 100.0
    # Skeletons are too short for edit ratios ("dlb"/"lb"): fuzzy-compare the keys, spaces ignored too.
    return max(fuzz.ratio(ka, kb), fuzz.ratio(ka.replace(" ", ""), kb.replace(" ", "")))


def same_place_name(a: str, b: str, threshold: float) -> bool:
    """Whether two spellings name the same place: equal keys, equal skeletons, or similar above threshold."""
    return similarity(a, b) >= threshold


def tune_threshold(positives: Sequence[Sequence[str]], negatives: Sequence[Sequence[str]]) -> tuple[float, float]:
    """The fuzzy threshold that classifies the most pairs right, and that accuracy (each pair two spellings: a
    tuple, or a list as the YAML table gives them).

    Among equally accurate cuts the middle of the widest gap between scores is taken: the widest margin.
    """
    scored = [(similarity(a, b), True) for a, b in positives] + [(similarity(a, b), False) for a, b in negatives]
    values = sorted({s for s, _ in scored} | {0.0, 100.0})
    cuts = [(lo + hi) / 2 for lo, hi in itertools.pairwise(values)] + [100.0]
    ranked = []
    for cut in cuts:
        right = sum((score >= cut) == same for score, same in scored)
        below = max((v for v in values if v < cut), default=0.0)
        above = min((v for v in values if v >= cut), default=100.0)
        ranked.append((right, above - below, cut))
    right, _, cut = max(ranked)
    return round(cut, 1), right / len(scored)
