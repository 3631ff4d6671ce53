"""Small counting types and statistics shared by the evaluations: ratios, F1, percentiles, name folding."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# A leading Arabic article is dropped so "al-Bab" and "Bab" compare equal (the seed scorer's rule).
_LEADING_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|an|at|az|ash) ")


@dataclass
class Ratio:
    """`ok` of `n` cases right."""

    ok: int = 0
    n: int = 0

    def add(self, good: bool) -> None:
        self.ok += int(good)
        self.n += 1

    @property
    def rate(self) -> float | None:
        return self.ok / self.n if self.n else None

    def __str__(self) -> str:
        return f"{self.ok}/{self.n}"

    def to_dict(self) -> dict[str, float | int | None]:
        return {"ok": self.ok, "n": self.n, "rate": self.rate}


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold_name(value: object) -> str:
    """ASCII lower case, punctuation as single spaces, a leading Arabic article dropped: how names compare."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode().lower()
    text = _NON_ALNUM.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation between closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)
