"""The actor base: ACLED actors with aliases, acronyms, former names and descriptions, loaded from YAML and validated.

Files (bundled under data/actors/, plus any the user passes) may hold five sections:
``actors`` (one mapping per actor), ``generics`` (templates such as "Civilians ({country})"), ``force_nouns``
(nouns that follow a demonym: "Russian warplanes"), ``descriptions`` (phrases that denote an actor:
"regime forces", "gunmen") and ``states`` (a country's military, police and government with ACLED's period
names, built into actors: see ``_add_state``). A user file adds actors; redefining a bundled id needs
``override: true`` and adding aliases to one needs ``extend: true`` -- nothing is replaced silently.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml
from mypy_extensions import mypyc_attr

ACTOR_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"

INTER_CODES = {
    1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}
KINDS = frozenset({"state", "rebel", "militia", "identity", "rioters", "protesters", "civilians", "external",
                   "generic", "political"})
ROLES = frozenset({"military", "police", "government", "intelligence"})

# Base priorities of surface forms: a specific name always beats a description, a description a bare noun.
PRIORITY = {"name": 100, "acronym": 90, "former": 80, "demonym_force": 70, "metonym": 30, "country_metonym": 30}

_LIST_FIELDS = ("aliases", "acronyms", "associated", "demonyms", "metonyms", "country_metonyms", "active_in",
                "acled_names")
_ACTOR_KEYS = frozenset({"id", "name", "inter", "country", "kind", "former_names", "parent", "coded_as", "role",
                         "priority", "override", "extend", "notes", "unit", "wars_abroad", *_LIST_FIELDS})
_REQUIRED = ("id", "name", "inter", "kind", "country")
_FORMER_KEYS = frozenset({"name", "aliases", "acronyms", "start", "end"})
_WAR_KEYS = frozenset({"country", "start", "end"})
_TEMPLATE_KEYS = frozenset({"kind", "name", "inter", "actor_kind", "coded_as_kind", "acled_names", "countryless"})
_DESCRIPTION_KEYS = frozenset({"phrases", "actor", "generic", "state", "country", "priority", "alternatives",
                               "case_sensitive", "notes"})
_SECTIONS = frozenset({"actors", "generics", "force_nouns", "origin_nouns", "descriptions", "states", "state_nouns"})
_STATE_KEYS = frozenset({"country", "of", "names", "demonyms", "periods", "capital", *ROLES, "notes"})
_ROLE_KEYS = frozenset({"aliases", "acronyms", "units", "name"})
_UNIT_KEYS = frozenset({"unit", "aliases", "acronyms"})
_ROLE_NAMES = {"military": "Military Forces of {of}", "police": "Police Forces of {of}",
               "government": "Government of {of}", "intelligence": "Military Forces of {of}"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LINE = "__line__"


class ActorBaseError(ValueError):
    """A data file of the actor base is malformed; the message names the file, line, actor and problem."""


def _by_fields(obj: Any) -> tuple[Any, ...]:
    """How a frozen dataclass of the actor base pickles (the base is kept in the cache folder): its class and its
    fields' values, given to __init__ when read back. (Compiled, an instance has no __dict__ for pickle to fill,
    and a frozen one refuses its attributes set one by one.)"""
    return type(obj), tuple(getattr(obj, f.name) for f in fields(obj))


@dataclass(frozen=True)
class FormerName:
    """An earlier name of an actor, valid from ``start`` (inclusive) to ``end`` (exclusive), ISO dates."""

    name: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None

    def covers(self, day: str) -> bool:
        return (self.start is None or _day(self.start) <= day) and (self.end is None or day < _day(self.end))

    def __reduce__(self) -> tuple[Any, ...]:
        return _by_fields(self)


@dataclass(frozen=True)
class Actor:
    """One actor as ACLED names it, with every way the news refers to it."""

    id: str
    name: str
    inter: int
    country: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    parent: str | None = None
    associated: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    generic: bool = False
    metonyms: tuple[str, ...] = ()
    # the country's name, standing for this force only as the subject of an event verb ("Russia bombed")
    country_metonyms: tuple[str, ...] = ()
    coded_as: str | None = None  # ACLED records this actor under that one (a unit under its army)
    active_in: tuple[str, ...] = ()  # countries where it fights besides its own
    role: str | None = None  # state forces: military | police | government | intelligence
    priority: int = 0  # added to every form of this actor; settles aliases shared within a country
    generic_kind: str | None = None  # for generic actors: armed_group, civilians, protesters ...
    alias_priority: tuple[tuple[str, int], ...] = ()  # per-alias priority offsets
    acled_names: tuple[str, ...] = ()  # other names ACLED has given it (older spellings), for comparing exports
    unit: str | None = None  # a unit of its parent state force: named "<parent's name on the day> <unit>"
    source: str = ""  # file:line it was defined at
    # (country, start, end): wars it fights abroad; on those days a report of its strikes is about them, not home
    wars_abroad: tuple[tuple[str, str | None, str | None], ...] = ()

    def abroad_on(self, when: str | None) -> tuple[str, ...]:
        """The countries of the wars it fights abroad on an ISO date (none for an unknown or year-less date)."""
        try:
            day = _iso_day(when)
        except ValueError:
            return ()
        if day is None:
            return ()
        return tuple(c for c, start, end in self.wars_abroad
                     if (start is None or _day(start) <= day) and (end is None or day < _day(end)))

    def countries(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for c in (self.country, *self.active_in) if c))

    def __reduce__(self) -> tuple[Any, ...]:
        return _by_fields(self)


@dataclass(frozen=True)
class SurfaceForm:
    """A string to look for in text and the actor it denotes.

    ``actor_id`` is an actor id, or for a description with a country slot "generic:<kind>" or "state:<role>"
    (resolve it with ``ActorBase.resolve(form, country)``); ``alternatives`` are acceptable other readings.
    """

    text: str
    actor_id: str
    case_sensitive: bool
    priority: int
    kind: str  # name | acronym | former | demonym_force | description | metonym | country_metonym
    country: str | None = None
    alternatives: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return _by_fields(self)


@dataclass(frozen=True)
class GenericTemplate:
    """ACLED's generic actor for a country, e.g. "Unidentified Armed Group ({country})"."""

    kind: str
    name: str
    inter: int
    actor_kind: str
    coded_as_kind: str | None = None
    acled_names: tuple[str, ...] = ()  # older exports' names for it ("Vigilante Militia ({country})")
    # named without its country (the name less " ({country})") when the text names no country: "unknown gunmen"
    # in a report that never says where is still an unidentified armed group, not no actor
    countryless: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        return _by_fields(self)


@dataclass(frozen=True)
class Description:
    """Phrases that denote an actor: a fixed one, or a slot filled with the event's country."""

    phrases: tuple[str, ...]
    target: str  # actor id, "generic:<kind>" or "state:<role>"
    priority: int
    country: str | None = None
    alternatives: tuple[str, ...] = ()
    case_sensitive: bool = False
    source: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return _by_fields(self)


# ---------------------------------------------------------------- reading files


_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line_loader(stream: Any) -> Any:
    """A safe YAML loader that records each mapping's line, so errors can point at it: the safe loader's own
    mapping construction, then the line. (A loader made by a function, not a subclass of the loader: compiled,
    this module's classes cannot extend libyaml's.)"""
    loader = _SAFE_LOADER(stream)
    construct = loader.construct_mapping

    def construct_mapping(node: Any, deep: bool = False) -> Any:
        mapping = construct(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        return mapping

    loader.construct_mapping = construct_mapping
    return loader


@functools.lru_cache(maxsize=64)
def _parse(path: str, mtime_ns: int) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_line_loader)  # a SafeLoader: no arbitrary objects
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise ActorBaseError(f"{path}:{line}: not valid YAML/JSON: {exc.problem}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ActorBaseError(f"{path}: cannot read: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ActorBaseError(f"{path}:1: expected a mapping with sections {sorted(_SECTIONS)}")
    unknown = set(data) - _SECTIONS - {_LINE}
    if unknown:
        raise ActorBaseError(f"{path}:1: unknown section(s) {sorted(unknown)}; expected {sorted(_SECTIONS)}")
    return data


def _data_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.suffix in (".yaml", ".yml", ".json")))
        elif p.is_file():
            out.append(p)
        else:
            raise ActorBaseError(f"{p}: actor file not found")
    return out


# ---------------------------------------------------------------- validating records


def _where(path: Path, raw: dict | None) -> str:
    line = raw.get(_LINE) if isinstance(raw, dict) else None
    return f"{path}:{line}" if line else str(path)


def _fail(where: str, actor_id: str | None, problem: str) -> ActorBaseError:
    who = f" actor '{actor_id}':" if actor_id else ""
    return ActorBaseError(f"{where}:{who} {problem}")


def _strings(value: Any, what: str, where: str, aid: str | None) -> list[tuple[str, int | None]]:
    """A list of strings, or of {text, priority} mappings; returns (text, priority or None) pairs."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _fail(where, aid, f"'{what}' must be a list")
    out: list[tuple[str, int | None]] = []
    for item in value:
        if isinstance(item, str) and item.strip():
            out.append((item.strip(), None))
        elif isinstance(item, dict) and isinstance(item.get("text"), str) and isinstance(item.get("priority"), int):
            out.append((item["text"].strip(), item["priority"]))
        else:
            raise _fail(where, aid, f"'{what}' entries must be non-empty strings or {{text, priority}}: {item!r}")
    return out


def _check_date(value: Any, what: str, where: str, aid: str) -> str | None:
    if value is None:
        return None
    text = str(value)  # YAML reads an unquoted 2016-07-28 as a date
    if not _DATE.match(text):
        raise _fail(where, aid, f"{what} date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _former(raw: Any, where: str, aid: str) -> FormerName:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise _fail(where, aid, "each former_names entry needs a 'name'")
    unknown = set(raw) - _FORMER_KEYS - {_LINE}
    if unknown:
        raise _fail(where, aid, f"unknown former_names field(s) {sorted(unknown)}")
    start = _check_date(raw.get("start"), "start", where, aid)
    end = _check_date(raw.get("end"), "end", where, aid)
    if start and end and _day(start) >= _day(end):
        raise _fail(where, aid, f"former name '{raw['name']}' ends ({end}) before it starts ({start})")
    return FormerName(raw["name"], tuple(t for t, _ in _strings(raw.get("aliases"), "aliases", where, aid)),
                      tuple(t for t, _ in _strings(raw.get("acronyms"), "acronyms", where, aid)), start, end)


def _wars(raw: Any, where: str, aid: str) -> tuple[tuple[str, str | None, str | None], ...]:
    wars = []
    for war in raw or ():
        if not isinstance(war, dict) or not isinstance(war.get("country"), str) or set(war) - _WAR_KEYS - {_LINE}:
            raise _fail(where, aid, "each wars_abroad entry is {country, start, end}")
        wars.append((war["country"], _check_date(war.get("start"), "start", where, aid),
                     _check_date(war.get("end"), "end", where, aid)))
    return tuple(wars)


def _check_actor_fields(raw: dict, where: str, aid: str | None, partial: bool) -> None:
    unknown = set(raw) - _ACTOR_KEYS - {_LINE}
    if unknown:
        raise _fail(where, aid, f"unknown field(s) {sorted(unknown)}")
    missing = [] if partial else [k for k in _REQUIRED if k not in raw]
    if missing:
        raise _fail(where, aid, f"missing field(s) {missing}")
    if not isinstance(aid, str) or not _ID.match(aid):
        raise _fail(where, aid, "'id' must be a lowercase slug (letters, digits, hyphens)")
    if partial:
        return
    inter = raw["inter"]
    if not isinstance(inter, int) or isinstance(inter, bool) or inter not in INTER_CODES:
        raise _fail(where, aid, f"bad inter {inter!r}: must be an ACLED inter code 1-8")
    if raw["kind"] not in KINDS:
        raise _fail(where, aid, f"bad kind {raw['kind']!r}: must be one of {sorted(KINDS)}")
    if raw.get("role") is not None and raw["role"] not in ROLES:
        raise _fail(where, aid, f"bad role {raw['role']!r}: must be one of {sorted(ROLES)}")
    if not isinstance(raw["name"], str) or not raw["name"].strip():
        raise _fail(where, aid, "'name' must be a non-empty string")
    if not isinstance(raw.get("priority", 0), int):
        raise _fail(where, aid, f"'priority' must be an integer, got {raw['priority']!r}")
    for key in ("country", "parent", "coded_as", "unit"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise _fail(where, aid, f"'{key}' must be a string or null, got {raw[key]!r}")


def _actor(raw: Any, path: Path) -> Actor:
    where = _where(path, raw)
    if not isinstance(raw, dict):
        raise _fail(where, None, f"an actor must be a mapping, got {raw!r}")
    aid = raw.get("id")
    _check_actor_fields(raw, where, aid, partial=False)
    assert isinstance(aid, str)  # (checked just above)
    lists = {k: _strings(raw.get(k), k, where, aid) for k in _LIST_FIELDS}
    demonyms = tuple(t for t, _ in lists["demonyms"])
    alias_priority = tuple((t, p) for k in ("aliases", "acronyms") for t, p in lists[k] if p is not None)
    return Actor(
        id=aid, name=raw["name"].strip(), inter=raw["inter"], country=raw["country"], kind=raw["kind"],
        aliases=tuple(p for t, _ in lists["aliases"] for p in _expand(t)),
        acronyms=tuple(t for t, _ in lists["acronyms"]),
        former_names=tuple(_former(f, where, aid) for f in raw.get("former_names") or ()),
        parent=raw.get("parent"), associated=tuple(t for t, _ in lists["associated"]), demonyms=demonyms,
        metonyms=tuple(t for t, _ in lists["metonyms"]), coded_as=raw.get("coded_as"),
        country_metonyms=tuple(t for t, _ in lists["country_metonyms"]),
        active_in=tuple(t for t, _ in lists["active_in"]),
        acled_names=tuple(t for t, _ in lists["acled_names"]), unit=raw.get("unit"),
        role=raw.get("role") or ("military" if demonyms else None), priority=int(raw.get("priority") or 0),
        alias_priority=alias_priority, source=where, wars_abroad=_wars(raw.get("wars_abroad"), where, aid),
    )


def _extend(base: Actor, raw: dict, path: Path) -> Actor:
    """Add a user file's aliases, acronyms, former names ... to an existing actor."""
    where = _where(path, raw)
    _check_actor_fields(raw, where, raw.get("id"), partial=True)
    allowed = {"id", "extend", "former_names", *_LIST_FIELDS, _LINE}
    if set(raw) - allowed:
        raise _fail(where, base.id, f"extend: true may only add {sorted(allowed - {_LINE})}")
    changes: dict[str, Any] = {}
    for key in _LIST_FIELDS:
        new = _strings(raw.get(key), key, where, base.id)
        changes[key] = tuple(dict.fromkeys((*getattr(base, key), *(t for t, _ in new))))
    extra_former = tuple(_former(f, where, base.id) for f in raw.get("former_names") or ())
    return replace(base, former_names=base.former_names + extra_former, **changes)


def _template(raw: Any, path: Path) -> GenericTemplate:
    where = _where(path, raw)
    if not isinstance(raw, dict) or set(raw) - _TEMPLATE_KEYS - {_LINE}:
        raise _fail(where, None, f"a generics entry takes only {sorted(_TEMPLATE_KEYS)}")
    kind, name, inter = raw.get("kind"), raw.get("name"), raw.get("inter")
    if not isinstance(kind, str) or not isinstance(name, str) or "{country}" not in name:
        raise _fail(where, None, "a generics entry needs 'kind' and a 'name' containing {country}")
    if inter not in INTER_CODES or isinstance(inter, bool):
        raise _fail(where, None, f"generic '{kind}': bad inter {inter!r}")
    actor_kind = raw.get("actor_kind", "generic")
    if actor_kind not in KINDS:
        raise _fail(where, None, f"generic '{kind}': bad actor_kind {actor_kind!r}")
    older = tuple(t for t, _ in _strings(raw.get("acled_names"), "acled_names", where, None))
    if any("{country}" not in t for t in older):
        raise _fail(where, None, f"generic '{kind}': each of acled_names needs {{country}}")
    countryless = raw.get("countryless", False)
    if not isinstance(countryless, bool):
        raise _fail(where, None, f"generic '{kind}': countryless takes true or false")
    return GenericTemplate(kind, name, inter, actor_kind, raw.get("coded_as_kind"), older, countryless)


_BRACES = re.compile(r"\{([^{}]*)\}")
_NO_COUNTRY = re.compile(r"\s*\(\{country\}\)")  # "Unidentified Armed Group ({country})" -> "... Group"


def _expand(phrase: str) -> list[str]:
    """Expand "{Ankara|Turkish}-backed {militants|factions}" into every combination."""
    match = _BRACES.search(phrase)
    if not match:
        return [phrase]
    head, tail = phrase[: match.start()], phrase[match.end():]
    return [out for alt in match.group(1).split("|") for out in _expand(head + alt + tail)]


def _description(raw: Any, path: Path) -> Description:
    where = _where(path, raw)
    if not isinstance(raw, dict) or set(raw) - _DESCRIPTION_KEYS - {_LINE}:
        raise _fail(where, None, f"a descriptions entry takes only {sorted(_DESCRIPTION_KEYS)}")
    targets = [k for k in ("actor", "generic", "state") if raw.get(k)]
    if len(targets) != 1:
        raise _fail(where, None, "a descriptions entry needs exactly one of 'actor', 'generic', 'state'")
    target = raw[targets[0]] if targets[0] == "actor" else f"{targets[0]}:{raw[targets[0]]}"
    if not isinstance(raw.get("priority"), int):
        raise _fail(where, None, f"description for {target}: 'priority' (an integer) is required")
    phrases = [p for text, _ in _strings(raw.get("phrases"), "phrases", where, None) for p in _expand(text)]
    if not phrases:
        raise _fail(where, None, f"description for {target}: no 'phrases'")
    alternatives = tuple(t for t, _ in _strings(raw.get("alternatives"), "alternatives", where, None))
    return Description(tuple(phrases), target, raw["priority"], raw.get("country"), alternatives,
                       bool(raw.get("case_sensitive", False)), where)


def _force_nouns(raw: Any, path: Path) -> dict[str, tuple[str, ...]]:
    where = _where(path, raw)
    if not isinstance(raw, dict):
        raise _fail(where, None, "'force_nouns' must map a role to a list of nouns")
    out = {}
    for role, nouns in raw.items():
        if role == _LINE:
            continue
        if role not in ROLES:
            raise _fail(where, None, f"force_nouns: unknown role {role!r}; expected one of {sorted(ROLES)}")
        out[role] = tuple(p for t, _ in _strings(nouns, f"force_nouns.{role}", where, None) for p in _expand(t))
    return out


# ---------------------------------------------------------------- states: a country's forces by period


@dataclass(frozen=True)
class _Period:
    start: str  # ISO date the government or regime took over
    year: str  # the year ACLED writes in the name (the start's year unless the file says otherwise)
    older: tuple[str, ...] = ()  # start years older ACLED exports wrote for this same period


_PERIOD_KEYS = frozenset({"start", "year", "older_years"})


def _periods(raw: Any, where: str, country: str) -> list[_Period]:
    """``[2002-12-30, {start: 2006-01-16, year: 2005, older_years: [2004]}, ...]`` in order; ACLED names each
    "(YYYY-YYYY)"."""
    out: list[_Period] = []
    for item in raw or ():
        if isinstance(item, dict) and set(item) - _PERIOD_KEYS - {_LINE}:
            raise _fail(where, None, f"state {country!r}: a period takes only {sorted(_PERIOD_KEYS)}")
        start, year = (item.get("start"), item.get("year")) if isinstance(item, dict) else (item, None)
        older = item.get("older_years") or () if isinstance(item, dict) else ()
        day = _check_date(start, "period start", where, country)
        if day is None:
            raise _fail(where, None, f"state {country!r}: a period needs a start date")
        if not isinstance(older, list | tuple) or not all(re.fullmatch(r"\d{4}", str(y)) for y in older):
            raise _fail(where, None, f"state {country!r}: older_years must be a list of years, got {older!r}")
        out.append(_Period(_day(day), str(year or day[:4]), tuple(str(y) for y in older)))
    if [p.start for p in out] != sorted(p.start for p in out):
        raise _fail(where, None, f"state {country!r}: periods must be in date order")
    return out


def _period_names(base: str, periods: list[_Period]) -> tuple[str, tuple[FormerName, ...]]:
    """The current name and the earlier ones with their ranges: "X (2013-)", "X (2002-2013)" ..."""
    if not periods:
        return base, ()
    former = tuple(FormerName(f"{base} ({p.year}-{q.year})", start=p.start, end=q.start)
                   for p, q in itertools.pairwise(periods))
    return f"{base} ({periods[-1].year}-)", former


def _older_labels(base: str, periods: list[_Period]) -> dict[str, str]:
    """An older export's label of a period -> the period's open name: ACLED once wrote Ethiopia's 1995 period
    as "(1991-)"; both denote the same force in the same period."""
    return {_norm_name(f"{base} ({old}-)"): _norm_name(f"{base} ({p.year}-)") for p in periods for old in p.older}


def _state_forms(raw: Any, what: str, where: str, country: str) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - _ROLE_KEYS - {_LINE}:
        raise _fail(where, None, f"state {country!r}: '{what}' takes only {sorted(_ROLE_KEYS)}")
    return raw


def _add_state(raw: Any, path: Path, into: _Raw) -> None:
    """Build a country's military, police and government (and their units) unless a file already defines them."""
    where = _where(path, raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("country"), str):
        raise _fail(where, None, "a states entry needs a 'country'")
    country = raw["country"]
    if set(raw) - _STATE_KEYS - {_LINE}:
        raise _fail(where, None, f"state {country!r}: unknown field(s) {sorted(set(raw) - _STATE_KEYS - {_LINE})}")
    for name in (country, *(t for t, _ in _strings(raw.get("names"), "names", where, None))):
        into.countries.setdefault(_norm_name(name), country)
    periods = _periods(raw.get("periods"), where, country)
    of = raw.get("of") or country
    demonyms = [t for t, _ in _strings(raw.get("demonyms"), "demonyms", where, None)] + [f"{country}'s"]
    taken = {(a.country, a.role) for a in into.actors.values() if a.kind == "state" and not a.coded_as}
    for role in ("military", "police", "government"):
        forms = _state_forms(raw.get(role), role, where, country)
        actor_id = f"{_slug(country)}-{role}"
        if (country, role) in taken or actor_id in into.actors:
            continue
        name, former = _period_names(forms.get("name") or _ROLE_NAMES[role].format(of=of), periods)
        into.older_labels.update(_older_labels(forms.get("name") or _ROLE_NAMES[role].format(of=of), periods))
        into.actors[actor_id] = Actor(
            actor_id, name, 1, country, "state", role=role, former_names=former,
            aliases=tuple(p for t, _ in _strings(forms.get("aliases"), "aliases", where, None) for p in _expand(t)),
            acronyms=tuple(t for t, _ in _strings(forms.get("acronyms"), "acronyms", where, None)),
            demonyms=tuple(demonyms), source=f"{where} (state {country}, {role})")
        into.built_states.add(actor_id)
        for unit in forms.get("units") or ():
            _add_unit(unit, into.actors[actor_id], where, into)


def _add_unit(raw: Any, parent: Actor, where: str, into: _Raw) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("unit"), str) or set(raw) - _UNIT_KEYS - {_LINE}:
        raise _fail(where, parent.id, f"a unit takes 'unit' and only {sorted(_UNIT_KEYS)}")
    actor_id = f"{parent.id}-{_slug(raw['unit'])}"
    into.actors[actor_id] = Actor(
        actor_id, f"{parent.name} {raw['unit']}", 1, parent.country, "state", role=parent.role, parent=parent.id,
        unit=raw["unit"],
        aliases=tuple(p for t, _ in _strings(raw.get("aliases"), "aliases", where, None) for p in _expand(t)),
        acronyms=tuple(t for t, _ in _strings(raw.get("acronyms"), "acronyms", where, None)),
        source=f"{where} (unit of {parent.id})")


def _open_period(name: str) -> str:
    """ "X (2015-2022)" -> "X (2015-)": the name a period had while it lasted."""
    return re.sub(r"\((\d{4})-\d{4}\)", r"(\1-)", name)


_PERIOD = re.compile(r"\(\d{4}-(\d{4})?\)")


def _no_period(name: str) -> str:
    return " ".join(re.sub(r"\(\d{4}-(\d{4})?\)", " ", name).split())


# ---------------------------------------------------------------- text helpers


@functools.lru_cache(maxsize=4096)
def _norm_name(name: str) -> str:
    """Fold an ACLED name for lookup: "Hizb ut-Tahrir" == "hizb ut tahrir" (remembered: the same few country
    and actor names are folded for every event)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _form_key(text: str, case_sensitive: bool) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ")
    text = " ".join(text.split())
    return text if case_sensitive else text.casefold()


def _variants(text: str) -> list[str]:
    """The spellings the same name takes in the news: straight/curly/no apostrophe, hyphen or space."""
    straight = text.replace("’", "'").replace("‘", "'")
    out = [text, straight, straight.replace("'", "’")]
    if re.search(r"(?<=\w)'(?=\w)(?!s\b)", straight):  # "Ta'ang" -> "Taang"; not a possessive ("Mali's")
        out.append(re.sub(r"(?<=\w)'(?=\w)(?!s\b)", "", straight))
    out += [re.sub(r"(?<=\w)-(?=\w)", " ", t) for t in list(out)]
    return list(dict.fromkeys(out))


def _day(value: str) -> str:
    year, *rest = value.split("-")
    month, day = [*rest, "01", "01"][:2]
    return f"{year}-{month}-{day}"


def _iso_day(when: str | None) -> str | None:
    """A full ISO day for a date that has a year; None for unknown or year-less dates ("--02")."""
    if not when or when.startswith("--"):
        return None
    if not _DATE.match(when):
        raise ValueError(f"not an ISO date: {when!r}")
    return _day(when)


def _slug(text: str) -> str:
    return _norm_name(text).replace(" ", "-")


# ---------------------------------------------------------------- the base


@dataclass
class _Raw:
    """Everything read from the files, before cross-checks."""

    actors: dict[str, Actor] = field(default_factory=dict)
    templates: dict[str, GenericTemplate] = field(default_factory=dict)
    force_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    origin_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # nouns before "from <country>"
    descriptions: list[Description] = field(default_factory=list)
    countries: dict[str, str] = field(default_factory=dict)  # folded country spelling -> ACLED's country name
    state_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # nouns after a built state's demonym
    built_states: set[str] = field(default_factory=set)  # ids of the forces built from ``states`` entries
    older_labels: dict[str, str] = field(default_factory=dict)  # an older export's period label -> today's


def _add_actor(raw_actor: Any, path: Path, into: _Raw, user: bool) -> None:
    if isinstance(raw_actor, dict) and raw_actor.get("extend"):
        named: Any = raw_actor.get("id")
        known = into.actors.get(named)
        if known is None:
            raise _fail(_where(path, raw_actor), raw_actor.get("id"), "extend: true names no known actor")
        into.actors[known.id] = _extend(known, raw_actor, path)
        return
    actor = _actor(raw_actor, path)
    known = into.actors.get(actor.id)
    if known is not None and not (user and raw_actor.get("override")):
        hint = "; set override: true to replace it or extend: true to add to it" if user else ""
        raise _fail(actor.source, actor.id, f"duplicate id (already defined at {known.source}){hint}")
    if known is None and raw_actor.get("override"):
        raise _fail(actor.source, actor.id, "override: true but there is no such actor to override")
    into.actors[actor.id] = actor


def _read(paths: list[Path], user_from: int) -> _Raw:
    into = _Raw()
    states: list[tuple[Any, Path]] = []
    for index, path in enumerate(paths):
        data = _parse(str(path), path.stat().st_mtime_ns)
        user = index >= user_from
        for raw_actor in data.get("actors") or ():
            _add_actor(raw_actor, path, into, user)
        for raw_template in data.get("generics") or ():
            template = _template(raw_template, path)
            if template.kind in into.templates and not user:
                raise _fail(_where(path, raw_template), None, f"generic '{template.kind}' defined twice")
            into.templates[template.kind] = template
        if data.get("force_nouns"):
            for role, nouns in _force_nouns(data["force_nouns"], path).items():
                into.force_nouns[role] = tuple(dict.fromkeys((*into.force_nouns.get(role, ()), *nouns)))
        if data.get("origin_nouns"):
            for role, nouns in _force_nouns(data["origin_nouns"], path).items():
                into.origin_nouns[role] = tuple(dict.fromkeys((*into.origin_nouns.get(role, ()), *nouns)))
        into.descriptions += [_description(d, path) for d in data.get("descriptions") or ()]
        states += [(raw_state, path) for raw_state in data.get("states") or ()]
        if data.get("state_nouns"):
            for role, nouns in _force_nouns(data["state_nouns"], path).items():
                into.state_nouns[role] = tuple(dict.fromkeys((*into.state_nouns.get(role, ()), *nouns)))
    for raw_state, path in states:  # after every file: a state force some file defines is not built again
        _add_state(raw_state, path, into)
    return into


@mypyc_attr(serializable=True)  # (compiled: pickled to the cache folder and read back without __init__)
class ActorBase:
    """The actors, their surface forms and ACLED names; build it with ``ActorBase.load()``."""

    def __init__(self, raw: _Raw) -> None:
        self._actors = dict(raw.actors)
        self._built: dict[str, Actor] = {}  # generic and fallback actors made on demand for other countries
        self._templates = raw.templates
        self._force_nouns = raw.force_nouns
        self._origin_nouns = raw.origin_nouns
        self.descriptions: tuple[Description, ...] = tuple(raw.descriptions)
        self._countries = raw.countries
        self._older_labels = raw.older_labels
        self._states: dict[tuple[str | None, str | None], Actor] = {}
        for actor in raw.actors.values():  # the first listed force of a country in a role is "its" force
            if actor.kind == "state" and not actor.coded_as and not actor.unit:
                self._states.setdefault((actor.country, actor.role), actor)
        # every country's forces take the short noun list: the long one for ~250 states would slow loading
        self._state_nouns = {actor_id: raw.state_nouns for actor_id in raw.built_states if raw.state_nouns}
        # generic actors up front for the countries the files name groups in; others are built on demand
        listed = {c for a in raw.actors.values() if a.id not in raw.built_states for c in a.countries()}
        for country in sorted(listed):
            for kind in self._templates:
                self._actors[self._generic_id(kind, country)] = self._make_generic(kind, country)
        self._forms: dict[str | None, tuple[SurfaceForm, ...]] = {}
        self._by_name = self._name_index()
        self.files: tuple[Path, ...] = ()  # the files read, bundled then the user's (set by `load`)
        self._template_res: list[tuple[str, re.Pattern[str]]] | None = None  # (`_template_patterns`)
        self._demonyms: dict[str, str] | None = None  # (`_demonym_countries`)

    # -- loading

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> ActorBase:
        """The bundled actor files plus the user's (files or folders), validated; cached per file versions."""
        bundled = _data_files([ACTOR_DIR])
        users = _data_files(extra)
        key = tuple((str(p), p.stat().st_mtime_ns) for p in (*bundled, *users))
        return _load_cached(key, len(bundled))

    # -- lookups

    def get(self, actor_id: str) -> Actor:
        try:
            return self._actors.get(actor_id) or self._built[actor_id]
        except KeyError:
            if actor_id.startswith(("generic:", "state:")):
                raise KeyError(f"{actor_id!r} is a country slot: use resolve(form, country)") from None
            raise KeyError(f"no actor with id {actor_id!r}") from None

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors or actor_id in self._built

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def in_country(self, country: str) -> list[Actor]:
        """Actors based in or fighting in a country."""
        return [a for a in self if country in a.countries()]

    def by_name(self, name: str) -> Actor | None:
        """The actor with this ACLED name (current or former, spelling-insensitive), or a generic one."""
        found = self._by_name.get(_norm_name(name))
        if found is not None:
            return self.get(found)
        stripped = name.strip()
        for kind, pattern in self._template_patterns():
            match = pattern.fullmatch(stripped)
            if match:
                return self.generic(kind, match.group(1))
        return None

    def _template_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """Each generic template's ACLED names as patterns, "{country}" a group, in the order tried; compiled
        once."""
        found = self._template_res
        if found is None:
            found = self._template_res = [
                (template.kind, re.compile(re.escape(form).replace(re.escape("{country}"), "(.+)"), re.IGNORECASE))
                for template in self._templates.values() for form in (template.name, *template.acled_names)]
        return found

    def name_on(self, actor_id: str, when: str | None = None) -> str:
        """The ACLED name on an ISO date (former names apply in their ranges); the current one without a year."""
        actor = self.get(actor_id)
        day = _iso_day(when)
        if day is not None:
            for former in actor.former_names:
                if former.covers(day):
                    return former.name
        if actor.coded_as:
            return self.name_on(actor.coded_as, when)
        if actor.unit and actor.parent:
            return f"{self.name_on(actor.parent, when)} {actor.unit}"
        return actor.name

    def same_name(self, gold: str | None, got: str | None) -> bool:
        """Whether two ACLED names denote the same actor (in the same period), across ACLED's renamings: a closed
        period "(2015-2022)" is the "(2015-)" of an export made while it lasted, an older spelling
        (``acled_names``) is the actor's name, and a name without a period (older exports) fits any period."""
        if not gold or not got:
            return False
        if self._compare_key(gold) == self._compare_key(got):
            return True
        return not _PERIOD.search(gold) and self._compare_key(gold) == self._compare_key(_no_period(got))

    def _compare_key(self, name: str) -> str:
        """Non-state actors compare by identity (any of their names); state forces by name and period."""
        actor = self.by_name(name)
        if actor is not None and actor.kind != "state" and not actor.generic:
            return f"id:{actor.id}"
        if actor is not None and actor.generic_kind:
            name = actor.name  # an older export's name of a generic actor ("Vigilante Militia (Nigeria)")
        key = _norm_name(_open_period(name))
        key = self._older_labels.get(key, key)
        return " ".join(w for w in key.split() if w != "the")  # "of (the) DRC"

    def generic(self, kind: str, country: str | None) -> Actor:
        """ACLED's generic actor of a kind for a country: generic('civilians', 'Syria') -> Civilians (Syria);
        with no country, the name without one ("Unidentified Armed Group")."""
        if kind not in self._templates:
            raise KeyError(f"no generic actor kind {kind!r}; known: {sorted(self._templates)}")
        actor_id = self._generic_id(kind, country)
        if actor_id not in self:
            self._built[actor_id] = self._make_generic(kind, country)
        return self.get(actor_id)

    def generic_kinds(self) -> tuple[str, ...]:
        return tuple(self._templates)

    def country_name(self, country: str | None) -> str | None:
        """ACLED's spelling of a country the states files know ("DR Congo" -> "Democratic Republic of Congo")."""
        if not country:
            return country
        return self._countries.get(_norm_name(country), country)

    def countries_named(self, text: str) -> set[str]:
        """The countries a short text names by name or demonym ("Star (Kenya)", "Agence Benin Presse", "Kenyan
        Broadcasting"), in ACLED's spelling; for outlet names, not running text (no place words are checked)."""
        words = _norm_name(text).split()
        demonyms = self._demonym_countries
        found = set()
        for size in range(1, 6):
            for i in range(len(words) - size + 1):
                gram = " ".join(words[i:i + size])
                country = self._countries.get(gram) or demonyms.get(gram)
                if country:
                    found.add(country)
        return found

    def country_of_demonym(self, words: str) -> str | None:
        """The country of a demonym ("Somali" -> Somalia, "South Korean" -> South Korea), in ACLED's spelling."""
        return self._demonym_countries.get(_norm_name(words))

    def country_named(self, words: str) -> str | None:
        """The country a few words name ("Mali", "DR Congo"), in ACLED's spelling; None for any other words."""
        return self._countries.get(_norm_name(words))

    @property
    def _demonym_countries(self) -> dict[str, str]:
        """Folded demonym -> ACLED country name ("burkinabe" -> "Burkina Faso"), worked out once."""
        out = self._demonyms
        if out is None:
            out = self._demonyms = {}
            for actor in self._actors.values():
                if actor.kind == "state" and actor.country and not actor.coded_as:
                    for demonym in actor.demonyms:
                        out.setdefault(_norm_name(demonym.removesuffix("'s")), actor.country)
        return out

    def state(self, country: str, role: str = "military") -> Actor:
        """The state force of a country in a role; a country no file lists gets the name without a period."""
        country = self.country_name(country) or country
        found = self._states.get((country, role))
        if found is not None:
            return found
        if role == "intelligence":
            return self.state(country, "military")
        key = f"{_slug(country)}-{role}"
        if key not in self:
            of = f"the {country}" if country.startswith(("United ", "Democratic Republic")) else country
            self._built[key] = Actor(key, _ROLE_NAMES[role].format(of=of), 1, country, "state", generic=True,
                                     role=role, source="(built: no state forces of this country listed)")
        return self.get(key)

    def _countryless_state(self, role: str) -> Actor:
        """A state force the text names by its role alone ("government warplanes", "the police") in a text that
        names no country: named by the role without a country ("Military Forces")."""
        role = "military" if role == "intelligence" else role
        key = f"no-country-{role}"
        if key not in self:
            self._built[key] = Actor(key, _ROLE_NAMES[role].removesuffix(" of {of}"), 1, None, "state", generic=True,
                                     role=role, source="(built: a state force of a country the text does not name)")
        return self.get(key)

    def resolve(self, form: SurfaceForm | str, country: str | None) -> Actor:
        """The actor a surface form (or an id or slot) denotes for an event in ``country``."""
        target = form.actor_id if isinstance(form, SurfaceForm) else form
        kind, _, value = target.partition(":")
        if kind in ("generic", "state") and value:
            if not country and kind == "generic" and value in self._templates and self._templates[value].countryless:
                return self.generic(value, None)
            if not country and kind == "state" and value in _ROLE_NAMES:
                return self._countryless_state(value)
            if not country:
                raise ValueError(f"{target!r} needs a country")
            return self.generic(value, country) if kind == "generic" else self.state(country, value)
        return self.get(target)

    def demonyms(self) -> dict[str, str]:
        """Lower-cased demonym -> id of that country's military ("russian" -> russia-military)."""
        out: dict[str, str] = {}
        for actor in self._actors.values():
            if actor.role == "military" and not actor.coded_as:
                for demonym in actor.demonyms:
                    for variant in _variants(demonym):
                        out.setdefault(variant.casefold(), actor.id)
        return out

    def force_nouns(self, role: str = "military") -> tuple[str, ...]:
        return self._force_nouns.get(role, ())

    # -- surface forms

    def surface_forms(self, country: str | None = None) -> Iterator[SurfaceForm]:
        """Every string to match, deduplicated; with ``country``, description slots are filled for it."""
        if country not in self._forms:
            self._forms[country] = tuple(self._build_forms(country))
        return iter(self._forms[country])

    def _build_forms(self, country: str | None) -> list[SurfaceForm]:
        forms = [f for actor in self._actors.values() for f in self._actor_forms(actor)]
        forms += [f for d in self.descriptions for f in self._description_forms(d, country)]
        return _dedupe(forms)

    def _actor_forms(self, actor: Actor) -> Iterator[SurfaceForm]:
        overrides = dict(actor.alias_priority)

        def form(text: str, kind: str, case_sensitive: bool) -> Iterator[SurfaceForm]:
            priority = PRIORITY[kind] + actor.priority + overrides.get(text, 0)
            for variant in _variants(text):
                yield SurfaceForm(variant, actor.id, case_sensitive, priority, kind, actor.country)

        for text in (*_name_forms(actor.name), *actor.aliases):
            yield from form(text, "name", False)
        for text in actor.acronyms:
            yield from form(text, "acronym", True)
        for former in actor.former_names:
            for text in (*_name_forms(former.name), *former.aliases):
                yield from form(text, "former", False)
            for text in former.acronyms:
                yield from form(text, "former", True)
        for text in actor.metonyms:
            yield from form(text, "metonym", True)
        for text in actor.country_metonyms:
            yield from form(text, "country_metonym", True)
        # a state's own name works as an adjective too: "Mali soldiers", "Kenya police"
        own = (actor.country,) if actor.kind == "state" and actor.demonyms and actor.country else ()
        for demonym in dict.fromkeys((*actor.demonyms, *own)):
            yield from self._demonym_forms(actor, demonym)
        for country in own:
            yield from self._origin_forms(actor, country)

    def _origin_forms(self, actor: Actor, country: str) -> Iterator[SurfaceForm]:
        """ "bombers from Russia": a force told by where it came from is that state's force, like "Russian bombers"."""
        priority = PRIORITY["demonym_force"] + actor.priority
        for noun in self._origin_nouns.get(actor.role or "military", ()):
            for variant in _variants(f"{noun} from {country}"):
                yield SurfaceForm(variant, actor.id, False, priority, "demonym_force", actor.country)

    def _demonym_forms(self, actor: Actor, demonym: str) -> Iterator[SurfaceForm]:
        # "US", "U.S." must not match the pronoun "us": such demonyms match case-sensitively.
        exact = demonym.isupper() or "." in demonym
        priority = PRIORITY["demonym_force"] + actor.priority
        nouns_of = self._state_nouns.get(actor.id, self._force_nouns)
        # texts stripped of apostrophes write the possessive demonym "Russia's" as "Russias" ("Russias military")
        owners = [demonym, demonym[:-2] + "s"] if demonym.endswith("'s") and not exact else [demonym]
        for noun in nouns_of.get(actor.role or "military", ()):
            nouns = dict.fromkeys([noun, noun[:1].upper() + noun[1:], noun.title()]) if exact else [noun]
            for text in (f"{owner} {n}" for owner in owners for n in nouns):
                for variant in _variants(text):
                    yield SurfaceForm(variant, actor.id, exact, priority, "demonym_force", actor.country)

    def _description_forms(self, desc: Description, country: str | None) -> Iterator[SurfaceForm]:
        target = self._fill(desc.target, country)
        alternatives = tuple(self._fill(a, country) for a in desc.alternatives)
        where = desc.country
        if where is None and not desc.target.startswith(("generic:", "state:")):
            where = self._actors[desc.target].country
        for phrase in desc.phrases:
            for variant in _variants(phrase):
                yield SurfaceForm(variant, target, desc.case_sensitive, desc.priority, "description", where,
                                  alternatives)

    def _fill(self, target: str, country: str | None) -> str:
        if country and target.startswith(("generic:", "state:")):
            return self.resolve(target, country).id
        return target

    # -- internals

    @staticmethod
    def _generic_id(kind: str, country: str | None) -> str:
        return f"{kind.replace('_', '-')}-{_slug(country) if country else 'no-country'}"

    def _make_generic(self, kind: str, country: str | None) -> Actor:
        template = self._templates[kind]
        coded_as = None
        if template.coded_as_kind and template.coded_as_kind != kind:
            coded_as = self.generic(template.coded_as_kind, country).id
        name = template.name.format(country=country) if country else _NO_COUNTRY.sub("", template.name)
        return Actor(self._generic_id(kind, country), name, template.inter,
                     country, template.actor_kind, generic=True, generic_kind=kind, coded_as=coded_as,
                     source=f"(generic '{kind}')")

    def _name_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for actor in self._actors.values():
            for name in (actor.name, *(f.name for f in actor.former_names), *actor.acled_names):
                index.setdefault(_norm_name(name), actor.id)
        return index


def _name_forms(name: str) -> list[str]:
    """Searchable strings in an ACLED name: "HTS: Hayat Tahrir al Sham" -> the part after the colon.

    Names carrying a country or a date in brackets ("Civilians (Syria)") are not how the news writes them.
    """
    if "(" in name:
        return []
    return [name.split(": ", 1)[1]] if ": " in name else [name]


def _dedupe(forms: list[SurfaceForm]) -> list[SurfaceForm]:
    """One form per (text, actor); a form is dropped where a higher-priority form of its country covers it."""
    best: dict[tuple[str, str], SurfaceForm] = {}
    for f in forms:
        key = (f.text if f.case_sensitive else f.text.casefold(), f.actor_id)
        if key not in best or f.priority > best[key].priority:
            best[key] = f
    top_any: dict[tuple[str, str | None], int] = defaultdict(lambda: -1000)  # case-insensitive forms
    top_exact: dict[tuple[str, str | None], int] = defaultdict(lambda: -1000)  # case-sensitive forms
    for f in best.values():
        table, form = (top_exact, _form_key(f.text, True)) if f.case_sensitive else (top_any, _form_key(f.text, False))
        table[form, f.country] = max(table[form, f.country], f.priority)

    def covered(f: SurfaceForm) -> bool:
        if top_any[_form_key(f.text, False), f.country] > f.priority:
            return True
        return f.case_sensitive and top_exact[_form_key(f.text, True), f.country] > f.priority

    return [f for f in best.values() if not covered(f)]


# ---------------------------------------------------------------- cross-checks


def _check_references(base: ActorBase) -> None:
    for actor in base:
        refs = [("parent", actor.parent), ("coded_as", actor.coded_as)]
        refs += [("associated", a) for a in actor.associated]
        for what, ref in refs:
            if ref is not None and ref not in base:
                raise ActorBaseError(f"{actor.source}: actor '{actor.id}': unknown {what} id {ref!r}")
            if ref == actor.id:
                raise ActorBaseError(f"{actor.source}: actor '{actor.id}': {what} points at itself")
    for desc in base.descriptions:
        for target in (desc.target, *desc.alternatives):
            kind, _, value = target.partition(":")
            ok = (value in base.generic_kinds() if kind == "generic" else value in ROLES if kind == "state"
                  else target in base)
            if not ok:
                raise ActorBaseError(f"{desc.source}: description {desc.phrases[0]!r}: unknown target {target!r}")


def _claims(actor: Actor) -> Iterator[tuple[str, bool]]:
    for text in (*_name_forms(actor.name), *actor.aliases):
        yield text, False
    for text in actor.acronyms:
        yield text, True
    for former in actor.former_names:
        yield from ((t, False) for t in (*_name_forms(former.name), *former.aliases))
        yield from ((t, True) for t in former.acronyms)


def _check_claims(base: ActorBase) -> None:
    """An alias two actors of one country both claim must be settled by a priority, or it is an error."""
    owners: dict[tuple[str, str | None], Actor] = {}
    for actor in base:
        explicit = dict(actor.alias_priority)
        for text, exact in _claims(actor):
            key = (_form_key(text, exact), actor.country)
            other = owners.setdefault(key, actor)
            if other.id == actor.id:
                continue
            mine = actor.priority + explicit.get(text, 0)
            theirs = other.priority + dict(other.alias_priority).get(text, 0)
            if mine == theirs:
                raise ActorBaseError(
                    f"{actor.source}: actor '{actor.id}': alias {text!r} is also claimed by '{other.id}' "
                    f"({other.source}) in {actor.country or 'no country'}; give one of them a priority")


def _check_names(base: ActorBase) -> None:
    seen: dict[str, Actor] = {}
    for actor in base:
        if actor.generic:
            continue
        key = _norm_name(actor.name)
        other = seen.setdefault(key, actor)
        if other.id != actor.id:
            raise ActorBaseError(f"{actor.source}: actor '{actor.id}': ACLED name {actor.name!r} is already "
                                 f"used by '{other.id}' ({other.source})")


@functools.lru_cache(maxsize=16)
def _load_cached(key: tuple[tuple[str, int], ...], user_from: int) -> ActorBase:
    """Built from the files once, then read from the cache folder (a tenth of the time) until a file, the list
    of files or this code changes; the paths are part of the key, as actors cite the file they come from."""
    from warscribe import prebuilt

    files = [Path(p) for p, _ in key]
    return prebuilt.load_or_build("actor-base", [*files, Path(__file__)], lambda: _build(files, user_from),
                                  repr([str(p) for p in files]), str(user_from))


def _build(files: list[Path], user_from: int) -> ActorBase:
    base = ActorBase(_read(files, user_from))
    base.files = tuple(files)
    _check_references(base)
    _check_names(base)
    _check_claims(base)
    return base


# ---------------------------------------------------------------- ACLED coding rules


def inter_for(actor: Actor, event_country: str | None) -> int:
    """ACLED's inter code in an event: state forces acting outside their own country are external (8)."""
    if actor.inter == 1 and actor.country and event_country and _norm_name(actor.country) != _norm_name(
            event_country):
        return 8
    return actor.inter


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: 10*min+max for two actors, 10*x for one, None for none."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return 10 * codes[0] + (codes[1] if len(codes) == 2 else 0)
