"""Tests for the actor base: data validity, alias resolution, former names, user files and ACLED codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warscribe.knowledge.actors import (
    INTER_CODES,
    KINDS,
    ActorBase,
    ActorBaseError,
    SurfaceForm,
    inter_for,
    interaction,
)

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "seeds_events.jsonl"


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return ActorBase.load()


@pytest.fixture(scope="module")
def forms(base: ActorBase) -> dict[str, list[SurfaceForm]]:
    index: dict[str, list[SurfaceForm]] = {}
    for form in base.surface_forms():
        index.setdefault(form.text if form.case_sensitive else form.text.casefold(), []).append(form)
    return index


def lookup(base: ActorBase, forms: dict[str, list[SurfaceForm]], text: str, country: str = "Syria") -> str:
    """The ACLED name a phrase denotes in an event in ``country``: best priority, actors of that country first."""
    found = [f for f in forms.get(text.casefold(), []) if not f.case_sensitive]
    found += [f for f in forms.get(text, []) if f.case_sensitive]
    assert found, f"no surface form for {text!r}"

    def rank(form: SurfaceForm) -> tuple[bool, int]:
        actor = base.resolve(form, country)
        return country in actor.countries(), form.priority

    return base.name_on(base.resolve(max(found, key=rank), country).id)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- the bundled data


def test_syria_is_complete(base: ActorBase) -> None:
    syria = base.in_country("Syria")
    assert len(syria) >= 80
    assert len([a for a in syria if not a.generic]) >= 80


def test_every_actor_is_well_formed(base: ActorBase) -> None:
    for actor in base:
        assert actor.inter in INTER_CODES, actor.id
        assert actor.kind in KINDS, actor.id
        for ref in (actor.parent, actor.coded_as, *actor.associated):
            assert ref is None or ref in base, (actor.id, ref)


def test_second_tier_has_state_forces_and_armed_groups(base: ActorBase) -> None:
    countries = ["Iraq", "Yemen", "Lebanon", "Israel", "Palestine", "Ukraine", "Russia", "Sudan", "Libya", "Mali",
                 "Burkina Faso", "Niger", "Somalia", "Nigeria", "Democratic Republic of Congo", "Myanmar",
                 "Afghanistan"]
    for country in countries:
        actors = [a for a in base.in_country(country) if not a.generic]
        assert len(actors) >= 3, country
    for country in ["Iraq", "Ukraine", "Sudan", "Mali", "Somalia", "Nigeria", "Myanmar", "Afghanistan"]:
        assert base.state(country).name.startswith("Military Forces of "), country
        assert not base.state(country).generic, country


@pytest.mark.parametrize(("text", "name"), [
    ("Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al Sham"),
    ("Hay'at Tahrir al-Sham", "HTS: Hayat Tahrir al Sham"),
    ("Hay’at Tahrir al-Sham", "HTS: Hayat Tahrir al Sham"),
    ("Hayyaat Tahrir Al-Sham", "HTS: Hayat Tahrir al Sham"),
    ("Tahrir al-Sham al-Hay'at", "HTS: Hayat Tahrir al Sham"),
    ("Levant Liberation Board", "HTS: Hayat Tahrir al Sham"),
    ("HTS", "HTS: Hayat Tahrir al Sham"),
    ("Islamic Party of Liberation", "Hizb ut-Tahrir"),
    ("Hizb al-Tahrir", "Hizb ut-Tahrir"),
    ("Russian warplanes", "Military Forces of Russia (2000-)"),
    ("Russian Aerospace Forces", "Military Forces of Russia (2000-)"),
    ("Russia's airstrikes", None),
    ("the Kremlin", "Military Forces of Russia (2000-)"),
    ("regime forces", "Military Forces of Syria (2000-)"),
    ("Syrian Arab Army", "Military Forces of Syria (2000-)"),
    ("Syrian army", "Military Forces of Syria (2000-)"),
    ("Syria's army", "Military Forces of Syria (2000-)"),
    ("Syrian Air Force", "Military Forces of Syria (2000-)"),
    ("Tiger Forces", "Military Forces of Syria (2000-)"),
    ("Ankara-backed militants", "Opposition Rebels (Syria)"),
    ("Turkey-backed militants", "Opposition Rebels (Syria)"),
    ("TIP", "TIP: Turkistan Islamic Party"),
    ("Horas al-Din", "Hurras al Din"),
    ("Fa Ithbatu", "Fa Ithbatu Operations Room"),
    ("National Front for Liberation", "NLF: National Liberation Front"),
    ("ISIS cells", "Islamic State (Syria)"),
    ("Ajnad al-Qoqaz", "Ajnad al Kavkaz"),
    ("Turkish drones", "Military Forces of Turkey (2002-)"),
    ("Kurdish fighters", "YPG: Peoples Protection Units"),
    ("gunmen", "Unidentified Armed Group (Syria)"),
    ("civilians", "Civilians (Syria)"),
    ("protesters", "Protesters (Syria)"),
    ("rebels", "Opposition Rebels (Syria)"),
    ("government forces", "Military Forces of Syria (2000-)"),
    # misspellings common in incident logs
    ("goverment troops", "Military Forces of Syria (2000-)"),
    ("governemnt helicopters", "Military Forces of Syria (2000-)"),
    ("Turkish warpanes", "Military Forces of Turkey (2002-)"),
])
def test_phrases_resolve(base: ActorBase, forms: dict, text: str, name: str | None) -> None:
    if name is None:  # not a form: "Russia's" alone must not become an actor without a force noun
        assert text.casefold() not in forms
        return
    assert lookup(base, forms, text) == name


def test_country_decides_shared_names(base: ActorBase, forms: dict) -> None:
    assert lookup(base, forms, "SNA", "Syria") == "SNA: Syrian National Army"
    assert lookup(base, forms, "SNA", "Somalia") == "Military Forces of Somalia (2022-)"
    assert lookup(base, forms, "ISIS", "Iraq") == "Islamic State (Iraq)"
    assert lookup(base, forms, "government forces", "Iraq") == "Military Forces of Iraq (2022-)"
    assert lookup(base, forms, "gunmen", "Chad") == "Unidentified Armed Group (Chad)"


def test_specific_names_outrank_descriptions(forms: dict) -> None:
    def best(text: str) -> int:
        return max(f.priority for f in forms[text.casefold()])

    assert best("Hayat Tahrir al-Sham") > best("Russian warplanes") > best("regime forces") > best("gunmen")
    assert best("gunmen") > best("militants")
    assert best("Ankara-backed militants") > best("militants")


def test_acronyms_match_case_sensitively(forms: dict) -> None:
    assert all(f.case_sensitive for f in forms["HTS"] if f.kind == "acronym")
    assert "us forces" not in forms  # "US forces" must not match the pronoun
    assert any(f.actor_id == "us-military" for f in forms["US forces"])


def test_ankara_backed_offers_the_sna_as_alternative(base: ActorBase, forms: dict) -> None:
    form = next(f for f in forms["ankara-backed militants"] if f.actor_id == "generic:rebels")
    assert [base.resolve(a, "Syria").name for a in form.alternatives] == ["SNA: Syrian National Army"]


def test_demonyms_map_to_militaries(base: ActorBase) -> None:
    demonyms = base.demonyms()
    assert demonyms["russian"] == "russia-military"
    assert demonyms["syrian"] == "syria-military"
    assert "warplanes" in base.force_nouns("military")


# ---- names over time, generics, ACLED codes


def test_former_names_by_date(base: ActorBase) -> None:
    assert base.name_on("hts", "2015") == "Jabhat al Nusra"
    assert base.name_on("hts", "2015-06-01") == "Jabhat al Nusra"
    assert base.name_on("hts", "2016-10") == "JFS: Jabhat Fatah al Sham"
    assert base.name_on("hts", "2020-02-12") == "HTS: Hayat Tahrir al Sham"
    assert base.name_on("hts", None) == "HTS: Hayat Tahrir al Sham"
    assert base.name_on("hts", "--02") == "HTS: Hayat Tahrir al Sham"
    assert base.name_on("israel-military", "2021-08-01") == "Military Forces of Israel (2021-2022)"
    assert base.name_on("taliban", "2019-01-01") == "Taliban"
    assert base.name_on("taliban", "2023-01-01") == "Military Forces of Afghanistan (2021-)"
    with pytest.raises(ValueError):
        base.name_on("hts", "February 2020")


def test_generic_actors_for_any_country(base: ActorBase) -> None:
    assert base.generic("armed_group", "Syria").name == "Unidentified Armed Group (Syria)"
    assert base.generic("refugees", "Syria").name == "Refugees/IDPs (Syria)"
    assert base.generic("rebels", "Syria").name == "Opposition Rebels (Syria)"
    chad = base.generic("civilians", "Chad")
    assert (chad.name, chad.inter, chad.generic) == ("Civilians (Chad)", 7, True)
    assert base.name_on(base.generic("journalists", "Syria").id) == "Civilians (Syria)"
    with pytest.raises(KeyError):
        base.generic("aliens", "Syria")


def test_by_name(base: ActorBase) -> None:
    assert base.by_name("Hizb ut Tahrir").id == "hizb-ut-tahrir"
    assert base.by_name("hts: hayat tahrir al sham").id == "hts"
    assert base.by_name("Jabhat al Nusra").id == "hts"
    assert base.by_name("Protesters (Libya)").name == "Protesters (Libya)"
    assert base.by_name("No Such Group") is None


def test_inter_and_interaction(base: ActorBase) -> None:
    assert inter_for(base.get("russia-military"), "Syria") == 8
    assert inter_for(base.get("syria-military"), "Syria") == 1
    assert inter_for(base.get("hts"), "Syria") == 2
    assert inter_for(base.get("russia-military"), None) == 1
    assert interaction(1, 2) == 12
    assert interaction(2, 1) == 12
    assert interaction(8, 2) == 28
    assert interaction(7, None) == 70
    assert interaction(None, None) is None


def test_gold_actor_names_are_known(base: ActorBase) -> None:
    if not GOLD.exists():
        pytest.skip("shared gold not available")
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        for participant in json.loads(line)["actors"]:
            assert any(base.by_name(name) for name in participant), participant


# ---- user files


def test_user_file_adds_an_actor(tmp_path: Path) -> None:
    extra = write(tmp_path, "mine.yaml", """
actors:
  - id: my-brigade
    name: My Test Brigade
    inter: 3
    country: Syria
    kind: militia
    aliases: [Brigade of the Test]
    parent: sna
""")
    base = ActorBase.load([extra])
    assert base.get("my-brigade").parent == "sna"
    assert any(f.actor_id == "my-brigade" for f in base.surface_forms() if f.text == "Brigade of the Test")
    assert base.get("hts").name == "HTS: Hayat Tahrir al Sham"
    assert len(base) == len(ActorBase.load()) + 1


def test_user_file_cannot_silently_override(tmp_path: Path) -> None:
    extra = write(tmp_path, "dup.yaml", """
actors:
  - {id: hts, name: Something Else, inter: 2, country: Syria, kind: rebel}
""")
    with pytest.raises(ActorBaseError, match=r"dup\.yaml:3: actor 'hts': duplicate id"):
        ActorBase.load([extra])
    stolen = write(tmp_path, "alias.yaml", """
actors:
  - {id: thief, name: Thief Group, inter: 2, country: Syria, kind: rebel, aliases: [Levant Liberation Board]}
""")
    with pytest.raises(ActorBaseError, match=r"alias\.yaml:3: actor 'thief': alias 'Levant Liberation Board'"):
        ActorBase.load([stolen])


def test_user_file_overrides_and_extends_explicitly(tmp_path: Path) -> None:
    extra = write(tmp_path, "explicit.yaml", """
actors:
  - {id: ndf, override: true, name: "NDF: National Defence Forces", inter: 3, country: Syria, kind: militia,
     aliases: [Difa Watani]}
  - {id: hts, extend: true, aliases: [Tahrir Sham Test Alias]}
""")
    base = ActorBase.load([extra])
    assert base.get("ndf").aliases == ("Difa Watani",)
    assert "Tahrir Sham Test Alias" in base.get("hts").aliases
    assert "Levant Liberation Board" in base.get("hts").aliases


@pytest.mark.parametrize(("body", "message"), [
    ("- {id: broken, name: Broken, inter: 9, country: Syria, kind: rebel}", "actor 'broken': bad inter 9"),
    ("- {id: broken, name: Broken, inter: 2, kind: rebel}", "actor 'broken': missing field(s) ['country']"),
    ("- {id: broken, name: Broken, inter: 2, country: Syria, kind: rebel, parent: nowhere}",
     "actor 'broken': unknown parent id 'nowhere'"),
    ("- {id: broken, name: Broken, inter: 2, country: Syria, kind: wizard}", "actor 'broken': bad kind"),
    ("- {id: broken, name: Broken, inter: 2, country: Syria, kind: rebel, allies: [hts]}",
     "actor 'broken': unknown field(s) ['allies']"),
    ("- {id: broken, name: Broken, inter: 2, country: Syria, kind: rebel,\n"
     "   former_names: [{name: Old, start: 2019, end: 2018}]}", "actor 'broken': former name 'Old' ends"),
])
def test_malformed_user_file_names_file_and_actor(tmp_path: Path, body: str, message: str) -> None:
    extra = write(tmp_path, "broken.yaml", "actors:\n  " + body.replace("\n", "\n  ") + "\n")
    with pytest.raises(ActorBaseError) as caught:
        ActorBase.load([extra])
    assert str(extra) in str(caught.value)
    assert message in str(caught.value)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    extra = write(tmp_path, "syntax.yaml", "actors:\n  - id: a\n    aliases: [one, two\n  - id: b\n")
    with pytest.raises(ActorBaseError, match=r"syntax\.yaml:\d+: not valid YAML"):
        ActorBase.load([extra])


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(ActorBaseError, match="not found"):
        ActorBase.load([tmp_path / "nowhere.yaml"])
