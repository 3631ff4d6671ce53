"""Round 33 (s33e, issue 14): the words the four tests after `may_name_role` need, the links of a news outlet's
owner and the casualty words of an owned offensive are looked for once in the window all the sentence's (or the
draft's) sides are asked in, and `may_name_role` and `owns_offensive` search a window's lower-case form for their
words before their case-blind patterns. Each gate holds wherever the test it spares could."""

from __future__ import annotations

import itertools

from warscribe.knowledge import roles

_ROLE_TEXTS = [
    "a deal reached between the regime and rebels, citing an Ahrar al-Sham statement, the opposition has accused",
    "police officers LEARNED that; the government insists; a Communiqu\u00c9 by the committee; Spokesman Denies",
    "the K\u212anow of it, \u0130nformed sources, \u017fource said; officials were told; BETWEEN",
    "\u00c9t\u00e9: the army shelled the town",
    "",
]


def test_role_words_hold_wherever_may_name_roles_pattern_does() -> None:
    """Wherever the case-blind pattern of `may_name_role` finds a word in a window of hand-built texts (ASCII,
    accented, with characters that match an ASCII letter case-blind), the window holds one of `role_words`; and
    `may_name_role` answers as that pattern alone."""
    words = roles.role_words()
    found = 0
    for text in _ROLE_TEXTS:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            slow = roles._role_words().search(text, start, end) is not None
            if slow:
                found += 1
                assert roles.window_holds(text, start, end, words), (text, start, end)
            assert roles.may_name_role(text, start, end) == slow, (text, start, end)
    assert found
    assert not roles.window_holds("the army shelled the town", 0, 25, words)


_OFFENSIVE_TEXTS = [
    "a Nusra leader and eight more killed in Syrian army offensive",
    "fighters DIED during a regime assault on the town",
    "two were wounded Sunday in northern Syria in a Turkish army operation",
    "civilians slain amid the rebels' shelling; the army's push",
    "the army shelled the town",
]


def _owns_offensive_slow(text: str, start: int, end: int) -> bool:
    """`owns_offensive` as it read before the window's words were looked for."""
    before, after = roles._offensive_owner()
    return after.match(text, end) is not None and before.search(text, max(0, start - 80), start) is not None


def test_owns_offensive_answers_as_its_patterns() -> None:
    """`owns_offensive` answers as its two patterns alone at every side's bounds of hand-built texts, and the window
    before a side it holds for holds one of `offensive_words`."""
    found = 0
    for text in _OFFENSIVE_TEXTS:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            slow = _owns_offensive_slow(text, start, end)
            assert roles.owns_offensive(text, start, end) == slow, (text, start, end)
            if slow:
                found += 1
                assert roles.window_holds(text, max(0, start - 80), start, roles.offensive_words())
    assert found


_HOLDER_TEXTS = [
    "a town held by the rebels and the other by IS, an area controlled by another by ",
    "villages Occupied BY the army, THE OTHER   BY the militia of ",
    "districts run by the council, ruled by ANOTHER by; held by ",
]


def _holder_before_slow(text: str, start: int) -> int | None:
    """`holder_before` as it read before the other's "by" was looked for by its word."""
    if not roles._by_before(text, start, 140):
        return None
    found = roles._holder().search(text, max(0, start - 40), start) \
        or roles._holder_other().search(text, max(0, start - 140), start)
    return found.start() if found else None


def test_holder_before_answers_as_both_patterns() -> None:
    """`holder_before` answers as its two patterns searched in turn at every offset of hand-built texts."""
    found = 0
    for text in _HOLDER_TEXTS:
        for start in range(len(text) + 1):
            slow = _holder_before_slow(text, start)
            found += slow is not None
            assert roles.holder_before(text, start) == slow, (text, start)
    assert found


_BEFORE_TEXTS = [
    "after this attack and these raids, those strikes,  such\tbombings and the shelling, its attack ",
    "THESE   deadly raids; Such\\tattacks, hit by its own; whose blast, atheist these\nstrikes their_x  ",
    "clothes such, the the this  attack, their twin blasts \u017fuch raids, the 2 \u0130ts new thoſe \x1cthe\x1c",
    "the\u00a0deadly\u2003 Their caf\u00e9 the_ their ",
]


def test_definite_ends_answers_as_the_definite_pattern() -> None:
    """`_definite_ends` answers as `_DEFINITE`'s search of every slice of hand-built texts (ASCII, with other
    white space, with characters that match an ASCII letter case-blind)."""
    from warscribe.stages import assemble

    found = 0
    for text in _BEFORE_TEXTS:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            before = text[start:end]
            slow = assemble._DEFINITE.search(before) is not None
            found += slow
            assert assemble._definite_ends(before) == slow, before
    assert found
