"""Round 14 speed work (issue 14): the faster paths answer exactly what the slower ones did."""

from __future__ import annotations

import unicodedata

import pytest
import spacy

from places_support import fold_long_way
from warscribe.places.gazetteer import Gazetteer, PlaceRecord
from warscribe.places.normalize import _skeleton_word, fold, skeleton
from warscribe.stages.recognize import _before


@pytest.mark.parametrize("name", ["Jisr al-Shughour", "Ma'arrat  an-Nu`man", "Deir Ezzor ", "Ḩārim", "Şanlıurfa",
                                  "Tromsø", "Straße 5", "", "  ", "O'Neill's Town", "ﬁne", "Côte d’Ivoire"])
def test_fold_ascii_shortcut_answers_as_before(name: str) -> None:
    assert fold(name) == fold_long_way(name)


def test_skeleton_word_memo_keeps_the_classes() -> None:
    assert _skeleton_word("shughour") == _skeleton_word("shughour") == "Skr"
    assert skeleton("Maaret al-Nauman") == skeleton("Ma'arrat an-Numan")


def _places() -> list[PlaceRecord]:
    return [PlaceRecord("Kafr Nabl", 35.6, 36.5, country="SY", names=["Kafranbel"]),
            PlaceRecord("Kafr Zita", 35.3, 36.6, country="SY"),
            PlaceRecord("Abu Kamal", 34.4, 40.9, country="SY"),
            PlaceRecord("Kafr Nabl", 33.0, 35.0, country="LB"),
            PlaceRecord("Zabadani", 33.7, 36.1, country="SY", names=["Az Zabadani"])]


def test_fuzzy_choices_are_the_distinct_keys_in_key_order(tmp_path) -> None:
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add(_places(), "test")
    for country in ("SY", "LB", None, "XX"):
        rows = (gaz.db.execute("SELECT DISTINCT key FROM names") if country is None else
                gaz.db.execute("SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place"
                               " WHERE p.country = ?", (country,)))
        assert gaz._fuzzy_choices(country) == sorted(k for (k,) in rows)
    assert gaz._fuzzy_choices("SY") == ["abu kamal", "kafr nabl", "kafr zita", "kafranbel", "zabadani"]


def test_probes_are_remembered_and_forgotten_when_places_change(tmp_path) -> None:
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add(_places(), "test")
    assert gaz.has_key("zabadani") and not gaz.has_key("maarat")
    assert gaz._probes[("maarat", None)] is False  # remembered: asked again, no query
    assert gaz.has_skeleton(skeleton("Zabadany"), "SY") and not gaz.has_skeleton(skeleton("Zabadany"), "LB")
    # a key and a skeleton spelled alike are asked apart
    assert not gaz.has_key(skeleton("Zabadany"))
    gaz.add([PlaceRecord("Maarat", 35.0, 36.0, country="LB", names=["Zabadany"])], "more")
    assert gaz.has_key("maarat") and gaz.has_skeleton(skeleton("Zabadany"), "LB")
    gaz.remove_source("more")
    assert not gaz.has_key("maarat")


def test_text_before_a_token_is_read_from_the_document_as_from_the_doc() -> None:
    nlp = spacy.blank("en")
    document = "Intro line.\n\nThe strike, which Washington blames on Damascus, killed five."
    offset = document.index("The")
    doc = nlp.tokenizer(document[offset:])
    for i in range(len(doc)):
        for width in (5, 80):
            assert _before(doc, i, document, offset, width) == _before(doc, i, None, 0, width)
    assert _before(doc, 7, document, offset).endswith("blames on ")


def test_lookups_of_any_limit_cut_one_ranking(tmp_path) -> None:
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add(_places(), "test")
    whole = gaz.lookup("Kafr Nabl", limit=10)
    assert [p.country for p in whole] == ["LB", "SY"] or [p.country for p in whole] == ["SY", "LB"]
    assert gaz.lookup("Kafr Nabl", limit=1) == whole[:1]
    assert gaz.lookup("Kafr Nabl", "SY", limit=1)[0].country == "SY"
    assert len(gaz._lookups) == 2  # one entry per name and country, whatever the limits asked
    first = gaz.lookup("Kafr Nabl", limit=10)
    first.clear()  # a caller's list is its own
    assert gaz.lookup("Kafr Nabl", limit=10) == whole


def test_template_names_are_compiled_once_and_read_as_before() -> None:
    from warscribe.knowledge.actors import ActorBase

    base = ActorBase.load()
    patterns = base._template_patterns()
    assert patterns is base._template_patterns()  # kept
    assert {k for k, _ in patterns} == {t.kind for t in base._templates.values()}
    for template in base._templates.values():
        name = template.name.replace("{country}", "Syria")
        found = base.by_name(f"  {name.upper()} ")
        assert found is not None and found.id == base.generic(template.kind, "Syria").id


@pytest.mark.parametrize("sentence", ["The ministry claimed the raid.", "It CLAIMS so", "reclaimed land",
                                      "the claimant", "she alleged", "no claim-like word", "claims"])
def test_claim_verbs_in_one_pattern_match_where_each_did(sentence: str) -> None:
    import re

    from warscribe.stages.assemble import _claim_verbs

    verbs = frozenset({"claimed", "claims", "claim", "boasted", "alleged", "alleges"})
    each = any(re.search(rf"\b{v}\b", sentence, re.I) for v in verbs)
    assert (_claim_verbs(verbs).search(sentence) is not None) == each


def test_short_skeletons_keep_only_look_alikes_and_long_ones_all(tmp_path) -> None:
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord("Barak", 36.0, 37.0, country="TR"), PlaceRecord("Birka", 30.0, 31.0, country="EG"),
             PlaceRecord("Abu Rukba", 33.0, 34.0, country="IQ"),
             PlaceRecord("Maarat Misrin", 36.0, 36.6, country="TR")], "test")
    # "Burk": skeleton b-r-k, three letters: only spellings that look alike come back, made as Places
    names = [p.name for p in gaz.lookup("Burk", fuzzy=False)]
    assert names == [n for n in ("Barak", "Birka") if n in names] and "Abu Rukba" not in names
    assert all(p.match == "skeleton" for p in gaz.lookup("Burk", fuzzy=False))
    # a longer skeleton needs no look-alike test: every spelling of it is kept
    assert [p.name for p in gaz.lookup("Maaret Mesreen", "SY", fuzzy=False)] == ["Maarat Misrin"]


@pytest.mark.parametrize("name", ["Ma‘arrat an Nu‘mān", "Kafr `Awid ", "Idlib", " Al Bab", "Ḩārim", "Şanlıurfa"])
def test_display_name_ascii_shortcut(name: str) -> None:
    from warscribe.places.resolve import display_name

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    assert display_name(name) == "".join(ch for ch in text if ch not in "‘’ʿʾʻ`´").strip()


def test_the_stored_key_of_a_spelling_is_its_key(tmp_path) -> None:
    """The look-alike test of short skeletons reads each spelling's stored key instead of computing it."""
    from warscribe.places.normalize import key

    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([*_places(), PlaceRecord("Ḩārim", 36.2, 36.5, country="SY", names=["Harem", "Ma‘arrat-al Bab"])], "t")
    rows = gaz.db.execute("SELECT key, name FROM names").fetchall()
    assert len(rows) >= 8 and all(k == key(name) for k, name in rows)


def test_fold_of_any_ascii_text_answers_as_before() -> None:
    import random
    import string

    rng = random.Random(14)
    alphabet = string.printable + "'`"
    for _ in range(2000):
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert fold(name) == fold_long_way(name), name


def test_name_words_read_as_before() -> None:
    # (run_words is checked against its definition, the capitalised and inner words of `_TOKEN`, in
    # tests/test_speed10_round18.py: its pattern now names the word it reads, group "w")
    from warscribe.places.countries import _NAME_WORD, name_words

    text = ("Shelling hit Kafr Nabl and al-Bab in Aleppo's countryside on Monday, the Syrian Observatory said; "
            "residents of Deir ez-Zor fled to the Turkish border near Tal Abyad.")
    for start, end in ((0, len(text)), (13, 60), (5, 90)):
        assert name_words(text, start, end) == [(m.start("w"), m.end("w"), m.group("w"))
                                                for m in _NAME_WORD.finditer(text, start, end)
                                                if m.group("w") is not None]
