"""Round 29 (s29b): the places stage's tables read from the cache folder answer as the file's queries did."""

from __future__ import annotations

import random

from warscribe.places.gazetteer import Gazetteer, PlaceRecord


def _sql_choices(gaz: Gazetteer, country: str | None) -> list[str]:
    """The keys `_fuzzy_choices` gave before round 29: asked of the file for each country."""
    rows = (gaz.db.execute("SELECT DISTINCT key FROM names") if country is None else
            gaz.db.execute("SELECT n.key FROM places p CROSS JOIN names n ON n.place = p.id WHERE p.country = ?",
                           (country,)))
    return sorted({k for (k,) in rows})


def test_fuzzy_keys_from_the_cache_folder_are_the_files(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    rng = random.Random(29)
    letters = "abdeiklmnorstuyé'- "
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord("".join(rng.choice(letters) for _ in range(rng.randint(1, 14))).title() or "X", 1.0, 1.0,
                         country=rng.choice(["SY", "IQ", "YE", None]),
                         names=["".join(rng.choice(letters) for _ in range(rng.randint(2, 9)))
                                for _ in range(rng.randint(0, 3))])
             for _ in range(800)], "test")
    for country in ("SY", "IQ", "YE", None, "ZZ"):
        assert gaz._fuzzy_choices(country) == _sql_choices(gaz, country)
    assert gaz._fuzzy_choices("ZZ") == []  # a country without places has no keys
    # another process reads the table the first one stored, not the file
    again = Gazetteer(gaz.path)
    again.db.execute("DELETE FROM names")  # (in its transaction only: what it reads from the file now is nothing)
    assert again._fuzzy_choices("SY") == _sql_choices(gaz, "SY") and again._fuzzy_choices("SY")
    again.db.rollback()
    # a change to the places is a new table
    gaz.add([PlaceRecord("Omega Town", 5.0, 5.0, country="SY")], "more")
    assert "omega town" in gaz._fuzzy_choices("SY") and gaz._fuzzy_choices("SY") == _sql_choices(gaz, "SY")
    assert "omega town" in Gazetteer(gaz.path)._fuzzy_choices("SY")
