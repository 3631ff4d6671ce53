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
    assert reader.read(pad + "Nobody was killed.") == []
