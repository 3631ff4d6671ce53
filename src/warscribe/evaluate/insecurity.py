"""Evaluates extraction on Insecurity Insight incidents: each description is coded and compared with the
incident's weapon (as a sub-event type family), perpetrator (as actor1), country, admin1 and coordinates."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from warscribe.cleaning.mojibake import repair_mojibake
from warscribe.config import DATA_DIR
from warscribe.evaluate import EvalInputError, numbered_lines
from warscribe.evaluate.acled import FieldScore, coded, distance, parse_date, pick, same_admin
from warscribe.evaluate.metrics import fold_name
from warscribe.model import Event

MAPPING_PATH = DATA_DIR / "eval" / "insecurity_insight.yaml"
LOCATION_KM = 25.0  # II coordinates are mostly given to "(2) 25 km Precision"
# II dates are days, while descriptions open with the month ("April 2017: ..."): dates agree by month.
FIELDS = ("sub_type_family", "perpetrator", "country", "admin1", "location_25km", "event_month")
_PICK_WEIGHTS = {"sub_type_family": 2, "perpetrator": 2, "admin1": 1, "location_25km": 1, "country": 1}
NOT_SCORED = "-"
_PERIOD = re.compile(r"\s*\([^)]*\d[^)]*\)")  # "(2000-)", "(2017-2021)": a regime's period, not its name
# II's export went through a spreadsheet that writes a control character as its OOXML escape ("attacked._x000D_" for
# a carriage return): the escape glues itself to the word before it
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclass(frozen=True)
class Mapping:
    """The data file's reading of II fields as ACLED values."""

    families: dict[str, frozenset[str]]
    weapons: dict[str, str]
    perpetrators: dict[str, list[str] | str]
    perpetrator_types: dict[str, list[str]]
    countries: dict[str, str]
    admin1_words: re.Pattern[str]
    territories: dict[str, str] = field(default_factory=dict)  # ISO code of a territory -> its state's

    def family(self, weapon: str | None) -> tuple[str | None, frozenset[str]]:
        """The family name and its sub-event types; (None, empty) when the weapon says nothing."""
        if not weapon:
            return None, frozenset()
        names = [self.weapons.get(w.strip(), NOT_SCORED) for w in ([weapon] if weapon in self.weapons
                                                                    else weapon.split(","))]
        names = [n for n in names if n != NOT_SCORED]
        if not names:
            return None, frozenset()
        return "+".join(dict.fromkeys(names)), frozenset().union(*(self.families[n] for n in names))

    def perpetrator(self, name: str | None, kind: str | None, country: str) -> tuple[frozenset[str], bool]:
        """The folded ACLED names that agree with the II perpetrator, and whether the data file knew it."""
        names: list[str] = []
        known = True
        parts = [name] if not name or name in self.perpetrators else [p.strip() for p in name.split(",")]
        for part in parts:
            entry = self.perpetrators.get(part) if part else NOT_SCORED
            if entry is None:
                known = False
                entry = [part] if part else NOT_SCORED
            if entry != NOT_SCORED:
                names += list(entry)
        if not names and kind in self.perpetrator_types:
            names, known = list(self.perpetrator_types[kind]), True
        return frozenset(actor_key(m) for n in names for m in (n.replace("{country}", country), _countryless(n))
                         if m), known


_STATE_OF = re.compile(r"^(Military Forces|Police Forces|Government) of \S")
_COUNTRY_SLOT = re.compile(r"\s*\(\{country\}\)")


def _countryless(name: str) -> str | None:
    """Our name of the actor in a text that names no country: the generic actor less its country slot
    ("Unidentified Armed Group ({country})" -> "Unidentified Armed Group"), a state's force by its role
    ("Military Forces of Syria" -> "Military Forces"); None for a named group."""
    if _COUNTRY_SLOT.search(name):
        return _COUNTRY_SLOT.sub("", name)
    state = _STATE_OF.match(name)
    return state.group(1) if state else None


def actor_key(name: str | None) -> str:
    """How actor names compare here: folded, without the regime period in brackets."""
    return fold_name(_PERIOD.sub("", name or ""))


@cache
def load_mapping(path: Path = MAPPING_PATH) -> Mapping:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvalInputError(f"{path}: cannot read the mapping: {exc}") from exc
    families = {k: frozenset(v) for k, v in raw["families"].items()}
    unknown = sorted({v for v in raw["weapons"].values() if v != NOT_SCORED} - families.keys())
    if unknown:
        raise EvalInputError(f"{path}: weapons map to unknown families {unknown}")
    words = "|".join(re.escape(w) for w in raw["admin1_words"])
    return Mapping(families, dict(raw["weapons"]), dict(raw["perpetrators"]), dict(raw["perpetrator_types"]),
                   dict(raw["countries"]), re.compile(rf"\s+(?:{words})$", re.I),
                   dict(raw.get("territories") or {}))


@dataclass
class IncidentRow:
    """One II incident: the text to code and what the coders recorded."""

    line: int
    id: str
    text: str
    published: str | None
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    weapon: str
    perpetrator_name: str
    perpetrator_type: str
    source: str | None = None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _unescape(text: str) -> str:
    """The description with its OOXML escapes read back as the characters they stand for ("_x000D_": a line break),
    a control character as a space."""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) >= 32 else " ", text).strip()


def read_rows(path: Path | str) -> tuple[list[IncidentRow], list[str]]:
    """The incidents of an II JSONL file, and warnings (file:line: reason) for lines that cannot be used."""
    path = Path(path)
    mapping = load_mapping()
    rows, warnings = [], []
    for n, line in numbered_lines(path):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"{path}:{n}: not JSON: {exc.msg}") from exc
        # II's export carries UTF-8 misread as Windows-1252 ("Daraâ€™a"): the description is read as its coders
        # wrote it (the pipeline itself never rewrites a document's text)
        text = _unescape(repair_mojibake((record.get("description") or "").strip())) if isinstance(record, dict) else ""
        if not text:
            warnings.append(f"{path}:{n}: no description; incident not evaluated")
            continue
        country = str(record.get("country") or "").strip()
        admin1 = str(record.get("admin1") or "").strip()
        rows.append(IncidentRow(
            line=n, id=str(record.get("id") or f"line-{n}"), text=text,
            published=parse_date(str(record.get("date") or "")[:10]),
            country=mapping.countries.get(country, country),
            admin1="" if admin1.lower().replace(" ", "") == "noinformation" else mapping.admin1_words.sub("", admin1),
            lat=_float(record.get("latitude")), lon=_float(record.get("longitude")),
            weapon=str(record.get("weapon") or ""), perpetrator_name=str(record.get("perpetrator_name") or ""),
            perpetrator_type=str(record.get("perpetrator_type") or "")))
    return rows, warnings


def field_checks(row: IncidentRow, ev: Event | None) -> dict[str, bool | None]:
    """Each field right (True), wrong (False) or not scored for the row (None); no event is all wrong."""
    mapping = load_mapping()
    _, family = mapping.family(row.weapon)
    perpetrators, _ = mapping.perpetrator(row.perpetrator_name, row.perpetrator_type, row.country)
    applicable = {"sub_type_family": bool(family), "perpetrator": bool(perpetrators), "country": bool(row.country),
                  "admin1": bool(row.admin1), "location_25km": row.lat is not None and row.lon is not None,
                  "event_month": row.published is not None}
    if ev is None:
        return {k: (False if ok else None) for k, ok in applicable.items()}
    dist = distance(row.lat, row.lon, ev)
    right = {
        "sub_type_family": ev.sub_event_type in family,
        "perpetrator": bool({actor_key(a) for a in (ev.actor1, *ev.assoc_actor_1)} & perpetrators),
        "country": fold_name(ev.country) == fold_name(row.country),
        "admin1": same_admin(ev.admin1, row.admin1),
        "location_25km": dist is not None and dist <= LOCATION_KM,
        "event_month": (ev.event_date or "")[:7] == (row.published or "")[:7],
    }
    return {k: (right[k] if applicable[k] else None) for k in FIELDS}


def best_event(row: IncidentRow, events: list[Event]) -> tuple[Event | None, dict[str, bool | None]]:
    """The coded event that agrees most with the incident (the first on ties), with its field checks."""
    return pick(events, lambda ev: field_checks(row, ev), _PICK_WEIGHTS)


@dataclass
class Breakdown:
    """Rows, rows with an event and per-field scores of one slice of the incidents (all, or one country)."""

    rows: int = 0
    rows_with_event: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in FIELDS})

    def add(self, ev: Event | None, checks: dict[str, bool | None]) -> None:
        self.rows += 1
        self.rows_with_event += ev is not None
        for k, value in checks.items():
            if value is not None:
                self.fields[k].all.add(value)
                if ev is not None:
                    self.fields[k].found.add(value)

    @property
    def found_share(self) -> float | None:
        return self.rows_with_event / self.rows if self.rows else None

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "rows_with_event": self.rows_with_event, "found_share": self.found_share,
                "fields": {k: v.to_dict() for k, v in self.fields.items()}}


@dataclass
class InsecurityReport:
    """Agreement of warscribe's coding with Insecurity Insight's incidents, overall and per country."""

    gold: str
    total: Breakdown = field(default_factory=Breakdown)
    countries: dict[str, Breakdown] = field(default_factory=dict)
    events_coded: int = 0
    assumed_country: str | None = None  # the pipeline's default country (--default-country), when one was given
    family_confusion: Counter = field(default_factory=Counter)
    unmapped_perpetrators: Counter = field(default_factory=Counter)
    unmapped_weapons: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.total.rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "insecurity-insight", "gold": self.gold, **self.total.to_dict(),
            "events_coded": self.events_coded, "assumed_country": self.assumed_country,
            "countries": {c: b.to_dict() for c, b in sorted(self.countries.items(), key=lambda kv: -kv[1].rows)},
            "family_confusion": [{"gold": g, "got": p, "count": n} for (g, p), n in
                                 self.family_confusion.most_common()],
            "unmapped_perpetrators": dict(self.unmapped_perpetrators.most_common()),
            "unmapped_weapons": dict(self.unmapped_weapons.most_common()),
            "skipped": dict(self.skipped), "warnings": self.warnings, "errors": self.errors,
        }


def _brief(ev: Event | None) -> str:
    if ev is None:
        return "(no event)"
    return f"{ev.sub_event_type} | {ev.actor1} / {ev.actor2 or '-'} | {ev.country} / {ev.admin1} | {ev.location}"


def _tally(report: InsecurityReport, row: IncidentRow, ev: Event | None, checks: dict[str, bool | None]) -> None:
    mapping = load_mapping()
    report.total.add(ev, checks)
    report.countries.setdefault(row.country, Breakdown()).add(ev, checks)
    family, _ = mapping.family(row.weapon)
    if row.weapon and family is None and row.weapon not in mapping.weapons:
        report.unmapped_weapons[row.weapon] += 1
    if not mapping.perpetrator(row.perpetrator_name, row.perpetrator_type, row.country)[1]:
        report.unmapped_perpetrators[row.perpetrator_name] += 1
    if checks["sub_type_family"] is False:
        report.family_confusion[(family, ev.sub_event_type if ev else "(no event)")] += 1
    wrong = [k for k, v in checks.items() if v is False]
    if wrong:
        report.errors.append({
            "id": row.id, "line": row.line, "country": row.country, "wrong": wrong,
            "gold": f"{row.weapon} ({family or '-'}) | {row.perpetrator_name or row.perpetrator_type or '-'} | "
                    f"{row.country} / {row.admin1}",
            "got": _brief(ev), "text": row.text[:160]})


def evaluate(path: Path | str, limit: int | None = None, country: str | None = None,
             default_country: str | None = None) -> InsecurityReport:
    """Code every incident's description (its date as the publication date) and compare the best-matching
    event with the incident; `country` keeps only that country's incidents (II or ACLED spelling).
    `default_country` (a country code) codes each description as a report from a feed about that country: the
    pipeline's country when the text names none. II descriptions mostly name no place, so the country field, and
    the country in "Unidentified Armed Group (X)", then rest on that assumption: report such figures apart."""
    rows, warnings = read_rows(path)
    if country is not None:
        wanted = fold_name(load_mapping().countries.get(country, country))
        rows = [r for r in rows if fold_name(r.country) == wanted]
    if limit is not None:
        rows = rows[:limit]
    report = InsecurityReport(str(path), warnings=warnings, assumed_country=default_country)
    for row, events, skipped in coded(rows, default_country):
        if skipped:
            report.skipped[skipped] += 1
        report.events_coded += len(events)
        ev, checks = best_event(row, events)
        _tally(report, row, ev, checks)
    return report
