"""How things run, not what they find: the gazetteer's name probes, worker processes that keep what the
parent loaded, and coding in several processes giving what one process gives, in the same order."""

from __future__ import annotations

import pytest

from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.places.gazetteer import Gazetteer, PlaceRecord


@pytest.fixture
def small(tmp_path) -> Gazetteer:
    gaz = Gazetteer(tmp_path / "small.sqlite", create=True)
    gaz.add([PlaceRecord("Zeta Town", 1.0, 1.0, country="AA", names=["Zetaville"]),
             PlaceRecord("Alpha", 2.0, 2.0, country="AA"),
             PlaceRecord("Alphaburg", 3.0, 3.0, country="BB", names=["Zeta Town"]),
             PlaceRecord("Nowhere", 4.0, 4.0, country=None)], "test")
    return gaz


def _sql_choices(gaz: Gazetteer, country: str | None) -> list[str]:
    if country is None:
        return [r[0] for r in gaz.db.execute("SELECT DISTINCT key FROM names")]
    return [r[0] for r in gaz.db.execute("SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.place"
                                         " WHERE p.country = ?", (country,))]


def test_name_index_answers_as_the_queries_did(small: Gazetteer) -> None:
    for country in ("AA", "BB", "CC", None):
        assert small._fuzzy_choices(country) == _sql_choices(small, country)
    assert small.has_key("zetaville") and small.has_key("nowhere") and not small.has_key("omega")
    skel = small.db.execute("SELECT skel FROM names WHERE key = 'alphaburg'").fetchone()[0]
    assert small.has_skeleton(skel, "BB") and not small.has_skeleton(skel, "AA")
    assert not small.has_skeleton(skel, None)  # a null country has no places


def test_adding_places_refreshes_the_index(small: Gazetteer) -> None:
    assert not small.has_key("omega")
    small.add([PlaceRecord("Omega", 5.0, 5.0, country="CC")], "more")
    assert small.has_key("omega") and small._fuzzy_choices("CC") == ["omega"]


def test_reconnect_keeps_what_was_read(small: Gazetteer) -> None:
    small.warm()
    hints, before = small.country_hints(), small.db
    small.reconnect()
    assert small.db is not before and small.country_hints() is hints  # a worker shares what the parent read
    assert small.best("Alpha").name == "Alpha"  # and reads through its own connection


def test_country_tables_come_from_the_cache_until_the_gazetteer_changes(small: Gazetteer, tmp_path,
                                                                       monkeypatch) -> None:
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    small.add([PlaceRecord("Kalo", 6.0, 6.0, country="AA", feature="admin2"),
               PlaceRecord("Mira", 7.0, 7.0, country="BB", feature="admin1")], "areas")
    built = Gazetteer(small.path).country_tables()
    assert built[2] == {"kalo": frozenset({"AA"})} and built[1] == {"mira": frozenset({"BB"})}

    def scan(_self: Gazetteer) -> None:
        raise AssertionError("scanned the file again")

    with monkeypatch.context() as patched:
        patched.setattr(Gazetteer, "admin2_countries", scan)
        again = Gazetteer(small.path)
        assert again.country_tables() == built  # read from the cache folder
        assert [p.name for p in again.admin1_areas("Mira")] == ["Mira"]  # the areas came with them
    small.add([PlaceRecord("Kalo", 8.0, 8.0, country="BB", feature="admin2")], "more")
    assert Gazetteer(small.path).country_tables()[2] == {}  # two countries' district now: a new file, new tables


def test_warming_reads_no_spellings_into_memory(small: Gazetteer) -> None:
    small.warm()
    assert not small._fuzzy and not small._lookups  # spellings stay in the file until a lookup asks
    assert small.has_key("zeta town") and not small._fuzzy


_TEXTS = [
    "Gunmen killed four soldiers near Aleppo on Monday, the army said.",
    "Police arrested twelve protesters in Nairobi on Tuesday.",
    "Nothing happened anywhere today, said the mayor.",
    "An air strike killed 3 civilians in the village of Kafr Nabl in Idlib on Friday.",
    "Protesters burned tyres on the main road in Kisumu on 3 May 2021.",
]


def _docs() -> list[Document]:
    return [Document(id=f"d{i}", text=t, published="2021-05-10") for i, t in enumerate(_TEXTS * 3)]


def _summary(docs) -> list[tuple]:
    return [(d.id, d.status, [(e.event_type, e.sub_event_type, e.actor1, e.fatalities, e.location)
                              for e in d.events]) for d in docs]


def test_workers_code_as_one_process_does_in_input_order() -> None:
    one = _summary(Pipeline().code(_docs()))
    assert sum(len(events) for *_, events in one) >= 6  # the texts give events to compare
    with Pipeline(keep_workers=True) as pipeline:
        assert _summary(pipeline.code(_docs(), workers=2)) == one
        pool = pipeline._pool
        assert pool is not None  # kept for the next run ...
        assert _summary(pipeline.code(_docs(), workers=2, serial_first=4)) == one
        assert pipeline._pool is pool  # ... and reused
    assert pipeline._pool is None  # closed with the pipeline
    assert _summary(Pipeline().code(_docs(), workers=2, serial_first=100)) == one  # all here: no pool


_STORY = ("Government forces shelled the town of Kafr Nabl in Idlib on Monday, killing four civilians, a "
          "monitor said. Rebels fired rockets at an army checkpoint near Saraqib the same day.")
_HTML = ("<html><body><article><h1>Clashes in Daraa</h1><p>Gunmen attacked a police station in Daraa on "
         "Sunday and killed two policemen, the interior ministry said in a statement.</p><p>The attackers "
         "fled towards the border before reinforcements arrived, residents told reporters.</p></article>"
         "</body></html>")


def _batch() -> list:
    from warscribe.model import Rejection

    docs: list = []
    for n in range(6):  # copies of one story, the later published first: they supersede the earlier-seen ones
        docs.append(Document(id=f"copy{n}", text=_STORY + (" Reporting by our correspondent." if n % 2 else ""),
                             published=f"2021-05-{20 - n:02d}"))
        docs.append(Document(id=f"other{n}", text=_TEXTS[n % len(_TEXTS)], published="2021-05-10"))
    docs.append(Document(id="retold", text="Four soldiers were killed by gunmen near Aleppo on Monday, state "
                                            "media reported.", published="2021-05-10"))
    docs.append(Document(id="page", text="", html=_HTML, published="2021-05-10"))
    docs.append(Rejection(origin="in.jsonl:9", reason="not JSON"))
    return docs


def _settled(results) -> list[tuple]:
    out = []
    for r in results:
        if r.rejection is not None:
            out.append(("rejected", r.rejection.reason))
            continue
        d = r.document
        out.append((d.id, d.status, d.reason, d.duplicate_of, d.text, d.title, d.kept, r.superseded,
                    [e.to_dict() for e in d.events]))
    return out


def test_workers_process_as_one_process_does() -> None:
    one = _settled(Pipeline().process(_batch()))
    assert any(r[1] == "skipped" for r in one) and any(r[7] for r in one)  # copies skipped and superseded
    assert any(e["duplicate_of"] for r in one if len(r) > 2 for e in r[8])  # events linked across documents
    page = next(r for r in one if r[0] == "page")
    assert "police station" in page[4] and page[8]  # the text came from the HTML
    assert _settled(Pipeline().process(_batch(), workers=2)) == one


def test_workers_end_with_the_run_unless_kept() -> None:
    pipeline = Pipeline()
    assert len(list(pipeline.code(_docs(), workers=2))) == len(_TEXTS) * 3
    assert pipeline._pool is None


def _budget_case(name: str):
    import json
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        import op_budget
    finally:
        sys.path.remove(str(root / "benchmarks"))
    budget = json.loads(op_budget.BUDGET.read_text(encoding="utf-8"))
    return op_budget.available(name), budget["calls"][name], budget["tolerance"]


@pytest.mark.parametrize("name", ["samples", "seeds"])
def test_coding_stays_within_its_operation_budget(name: str) -> None:
    from warscribe.evaluate.opcount import measure

    paths, allowed, tolerance = _budget_case(name)
    if paths is None:
        pytest.skip(f"the {name} are not here (../shared)")
    found = measure(paths)
    assert found.docs > 0
    # Over budget: find the new cost (benchmarks/op_budget.py, cProfile) and remove it, or record a new budget
    # with the change that is worth it.
    assert found.calls <= allowed * (1 + tolerance), f"{found.calls:,} calls, budget {allowed:,}"


def test_signatures_from_the_shared_permutations_are_a_fresh_minhash() -> None:
    import numpy as np
    from datasketch import MinHash

    from warscribe.cleaning.dedup import NUM_PERM, _empty, shingles, signature

    text = "Two convoys left the port at dawn; one reached the camp by noon and the other turned back."
    fresh = MinHash(num_perm=NUM_PERM)
    fresh.update_batch(list(shingles(text)))
    ours = signature(text)
    assert ours is not None and np.array_equal(ours.hashvalues, fresh.hashvalues)
    assert signature("Another text, other words entirely, nothing shared.") is not None
    assert np.array_equal(_empty().hashvalues, MinHash(num_perm=NUM_PERM).hashvalues)  # the template stays empty


def test_coding_one_document_loads_no_library_it_does_not_use(tmp_path) -> None:
    import os
    import subprocess
    import sys

    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord("Kidal", 18.44, 1.41, country="ML")], "test")
    gaz.close()
    code = ("import sys; from warscribe.config import Config; from warscribe.pipeline import Pipeline; "
            "from warscribe.model import Document; "
            f"p = Pipeline(Config(gazetteer_path={str(tmp_path / 'g.sqlite')!r})); "
            "d, = p.process([Document(id='a', text='Gunmen killed two soldiers in Kidal on Monday.', "
            "published='2021-05-10')]); assert d.document.events; "
            "print(sorted(m for m in ('datasketch', 'scipy', 'shapely') if m in sys.modules))")
    env = {**os.environ, "WARSCRIBE_CACHE": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    # no near-duplicate to look for (MinHash, scipy), no boundaries imported (shapely)
    assert out.strip() == "[]"


def test_the_command_line_codes_without_importing_spacys_command_line(tmp_path) -> None:
    import os
    import subprocess
    import sys

    doc = tmp_path / "in.jsonl"
    doc.write_text('{"id": "a", "text": "Gunmen killed two soldiers in Kidal on Monday.", "published": "2021-05-10"}\n')
    code = ("import sys; from warscribe.cli import main; "
            f"sys.argv = ['warscribe', 'extract', {str(doc)!r}, '--out', {str(tmp_path / 'out.jsonl')!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('spacy' in sys.modules, 'spacy.cli.download' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                         check=True).stdout
    assert out.split()[-2:] == ["True", "False"]
    assert (tmp_path / "out.jsonl").read_text().count("\n") >= 1


def test_spacy_command_line_loads_when_used_after_deferring() -> None:
    import subprocess
    import sys

    code = ("import sys; from warscribe import _spacy_cli; _spacy_cli.defer(); import spacy; "
            "assert 'spacy.cli.download' not in sys.modules; "
            "import spacy.cli; from spacy.cli.info import info; "
            "print(callable(spacy.cli.download), callable(info), type(sys.modules['spacy.cli']).__name__, "
            "spacy.cli.app is sys.modules['spacy.cli'].app)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "module", "True"]


def test_cue_patterns_skipped_before_a_name_could_not_have_matched() -> None:
    from warscribe.places.recognize import _cue_patterns, _cues_possible

    texts = ["Shelling hit the village of Kafr Nabl and the towns of Ariha and Saraqib overnight.",
             "A convoy was ambushed on the road south of the camp, near the northern outskirts of Hama.",
             "Troops moved into eastern Deir Ezzor, then around the city, from the west\u00a0side to the Old Town.",
             "Fighting broke out (near Tal Abyad) and in the ſettlement of Ain Issa; the KELVIN of İdlib.",
             "They fired at the road south", "between the two hamlets and\n", "2near the plain", "é of "]
    patterns = _cue_patterns()
    skipped = 0
    for text in texts:
        for end in range(len(text) + 1):
            before = text[max(0, end - 60):end]
            possible = _cues_possible(before)
            for name in ("near_before", "settle_before", "plural_and", "region_before", "prep"):
                if name not in possible:
                    skipped += 1
                    assert patterns[name].search(before) is None, (name, before)
    assert skipped > 0
