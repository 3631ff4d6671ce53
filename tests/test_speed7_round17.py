"""Round 17 (speed7): what is built once per process stays built, and the cheaper searches answer as before."""

from __future__ import annotations

import re

import warscribe
from warscribe.config import Context
from warscribe.knowledge import counts, roles
from warscribe.knowledge.patterns import alternation
from warscribe.stages import recognize


def test_batch_pipeline_is_built_once_per_cache_folder(monkeypatch, tmp_path) -> None:
    first = warscribe._batch_pipeline()
    assert warscribe._batch_pipeline() is first  # a second `process` call reuses it
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path))
    assert warscribe._batch_pipeline() is not first  # another cache folder: its own resources


def test_contexts_share_the_recognizers() -> None:
    one, two = Context(), Context()
    assert one.lexicon is two.lexicon and one.actors is two.actors
    assert one.recognizers is two.recognizers  # not a second reading of the phrases and 2,110 matcher keys


def test_shared_recognizers_keep_their_keys_alive() -> None:
    ctx = Context()
    held = recognize._SHARED[(id(ctx.lexicon), id(ctx.actors))]
    assert held[0] is ctx.lexicon and held[1] is ctx.actors and held[2] is ctx.recognizers


def test_process_twice_gives_the_same_events() -> None:
    doc = {"id": "s7-1", "text": "Gunmen killed three farmers in the village of Kafr Nabl on Monday, police said.",
           "published": "2026-03-02"}
    first = [r.document.events for r in warscribe.process([doc])]
    second = [r.document.events for r in warscribe.process([doc])]
    assert [[e.to_dict() for e in evs] for evs in first] == [[e.to_dict() for e in evs] for evs in second]


def _role_words_as_before() -> re.Pattern[str]:
    data = roles._data()
    statements, accusers = data.get("statements") or {}, data.get("accusers") or {}
    words = ["between", *(statements.get("nouns") or ()), *(accusers.get("verbs") or ()), *roles._words("deniers")]
    return re.compile(alternation(words), re.I)


def test_role_words_trie_answers_as_the_alternation() -> None:
    old, new = _role_words_as_before(), roles._role_words()
    assert new.pattern.startswith("(?:(?=")  # a first-letter test before the trie
    texts = ["the talks between the two sides", "A SPOKESMAN said", "the army Denied it", "rebels blamed",
             "nothing here at all", "a communiqué of the ministry", "she insists", "Betweenness", "ACCUSING them",
             "the statementless crowd", "spokes man", "the Ministry's disputed figure", ""]
    for text in texts:
        assert (new.search(text) is not None) == (old.search(text) is not None), text
        assert roles.may_name_role(text) == (old.search(text) is not None), text


def test_negation_searched_back_a_window_only() -> None:
    pad = "The men arrived at dawn and talked for hours about the harvest and the rain " * 5
    for tail in ("no one was killed", "nobody among the villagers was killed", "they were killed",
                 "almost all the wounded were killed", "not, as reported, killed", "without a shot killed"):
        text = pad + tail
        at = text.rindex("killed")
        whole = counts._NEGATED_NEAR.search(text, 0, at) is not None
        window = counts._NEGATED_NEAR.search(text, max(0, at - counts._NEGATED_REACH), at) is not None
        assert whole == window, tail


def test_bare_death_negated_near_is_still_no_death() -> None:
    ctx = Context()
    reader = ctx.recognizers.counts
    pad = "Villagers gathered in the square and spoke with the elders about the long winter. "
    assert [c.outcome for c in reader.read(pad + "Soldiers were killed.")] == ["death"]
    assert [c.value for c in reader.read(pad + "Nobody was killed.")] in ([], [0])  # (none told: a toll of 0)


def _brute(patterns, words):
    """Every pattern's longest match at every start, by the recursive reader alone."""
    from warscribe.knowledge.patterns import _match_from

    out = []
    for i, word in enumerate(words):
        for p in patterns:
            if word in p.first_words:
                end = _match_from(p.elements, 1, words, i + 1)
                if end is not None:
                    out.append((p.payload, i, end))
    return sorted(out)


def test_words_gap_words_patterns_read_in_loops_match_as_the_recursion() -> None:
    import random

    from warscribe.knowledge.patterns import PatternMatcher, _gapped, compile_pattern

    texts = ["open~ *2 fire", "opened fire *3 on", "set fire *2 to", "a b *1 c d", "a b c *2 d", "a *2 b",
             "b ?c d", "a *3 b c *1 d", "c d *4 a a", "d a|b *2 c|d"]
    patterns = [compile_pattern(t, t) for t in texts]
    assert _gapped(patterns[1].elements) is not None and _gapped(patterns[7].elements) is None
    matcher = PatternMatcher(patterns)
    rng = random.Random(7)
    vocab = ["a", "b", "c", "d", "opened", "open", "fire", "on", "set", "to", "x"]
    for _ in range(400):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        assert sorted(matcher(words)) == _brute(patterns, words), words


def _title_run_as_before(text: str, title: str | None) -> bool:
    """segment.holds_title_run's word loop as it was (lengths read with len() at every word)."""
    from warscribe.stages import segment

    run: list[str] = []
    longest: list[str] = []
    lower, last = 0, 0
    for m in segment._TOKEN.finditer(text):
        word = m.group(0)
        if text[last:m.start()].strip():
            run = []
        last = m.end()
        if word[0].isupper():
            run.append(word.lower())
        elif word[0].isdigit() or (run and word in segment._minor_words()):
            continue
        else:
            lower += 1
            run = []
        if len(run) > len(longest):
            longest = run
    if len(longest) < segment._TITLE_RUN_WORDS or lower < segment._PROSE_WORDS:
        return False
    own = set(segment._normal(title).split())
    return sum(w in own for w in longest) * 2 < len(longest)


def test_title_run_counts_as_the_lengths_did() -> None:
    from warscribe.stages.segment import holds_title_run

    glued = ("Farmers said the harvest was poor this year and prices rose Army Units Say They Found Twelve Old "
             "Wells Near The River And The Hills Beyond The Town, officials added.")
    names = "The talks in the town hall went on until late, with Ann, Bob, Cal, Dan, Eve, Fay, Gus, Hal and Ivy there."
    title = "Army Units Say They Found Twelve Old Wells Near The River And The Hills Beyond The Town"
    short = "Villagers met the mayor of Green Hill Town on Monday to talk about the roads and the school."
    for text, own in ((glued, None), (glued, title), (names, None), (short, None), (glued + " " + glued, "Other")):
        assert holds_title_run(text, 0, len(text), own) == _title_run_as_before(text, own), text[:30]
    assert holds_title_run(glued, 0, len(glued), None)  # the case the test is for: a glued headline found


def test_group_puts_mentions_in_their_sentences() -> None:
    from warscribe.model import Mention, Sentence
    from warscribe.stages.assemble import _group

    sentences = [Sentence(0, 10, 0), Sentence(12, 20, 1), Sentence(25, 30, 2)]
    mentions = [Mention("trigger", s, s + 1, "x", "attack") for s in (26, 0, 11, 13, 31, 9)]
    grouped = _group(mentions, sentences)
    assert {i: [m.start for m in ms] for i, ms in grouped.items()} == {0: [0, 9], 1: [13], 2: [26]}


def test_batch_pipeline_reads_an_edited_actor_base_again(monkeypatch) -> None:
    from warscribe.knowledge.actors import ActorBase

    first = warscribe._batch_pipeline()
    actors = first.context.actors
    assert warscribe._batch_pipeline() is first
    other = object()  # what ActorBase.load gives once an actor file's time changed
    monkeypatch.setattr(ActorBase, "load", classmethod(lambda cls, extra=(): other))
    assert warscribe._batch_pipeline() is not first
    assert actors is not other


def test_retell_word_tests_read_as_before() -> None:
    from warscribe.stages import retell
    from warscribe.timex import _num

    text = "Later, in another air strike on the town, jets hit the market."
    at = text.index("air strike")
    assert retell.tells_another(text, at)
    assert not retell.tells_another("Jets hit the market in an air strike.", 30)
    plain = "Residents said the bombing destroyed two homes."
    assert retell.refers_back(plain, plain.index("bombing"))
    assert not retell.refers_back("Two bombings destroyed homes.", 4)
    assert retell.listed_together(" and ") and not retell.listed_together(" " + "word " * 30)
    assert _num("12th") == 12 and _num("3") == 3


def test_lacks_words_reads_as_substring_tests() -> None:
    from warscribe.knowledge.patterns import lacks_words

    assert lacks_words("Jets struck the market.", ["airstrike", "shelling"])
    assert not lacks_words("An AIRSTRIKE hit the market.", ["airstrike", "shelling"])
    assert not lacks_words("The \u0130stanbul office said.", ["nothing"])  # a dotted I: no answer from lower()
    assert lacks_words("", ["x"])
