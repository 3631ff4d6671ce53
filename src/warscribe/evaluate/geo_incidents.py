"""Geocoder benchmark on Insecurity Insight incidents (JSONL: country, admin1, latitude/longitude, geo_precision):
the gazetteer's country and admin1 names for each incident's point, and optionally the place coded from its text,
reported by the incident's stated precision."""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warscribe.cleaning.mojibake import repair_mojibake
from warscribe.evaluate import EvalInputError, numbered_lines
from warscribe.evaluate.metrics import percentile

FAR_KM = 25.0
_NO_ADMIN = frozenset({"", "no information", "unknown", "n/a", "none"})
_HALF_CELL = 0.05  # half of the 0.1-degree cell a one-decimal II coordinate names
_PRECISION = re.compile(r"\((\d)\)\s*(.*)")


@dataclass
class Incident:
    line: int
    text: str
    date: str | None
    country: str
    admin1: str
    lat: float
    lon: float
    precision: str


@dataclass
class IncidentResult:
    incident: Incident
    country_ok: bool | None = None  # the gazetteer's country for the point
    admin1_ok: bool | None = None  # the gazetteer's admin1 name for the point (None: the row gives none)
    coded_country_ok: bool | None = None  # the country of the event coded from the text (with --text)
    coded_admin1_ok: bool | None = None
    coded_km: float | None = None
    got_admin1: str | None = None
    coded_admin1: str | None = None


def precision_class(raw: Any) -> str:
    """'(2) 25 km Precision' -> '2 25 km precision'; rows without one or censored keep that word."""
    text = " ".join(str(raw or "").split())
    m = _PRECISION.match(text)
    if not m:
        return text.lower() or "none"
    return f"{m.group(1)} {m.group(2).lower().split(',')[0].strip()}".strip()


def cell_centre(lat: float, lon: float) -> tuple[float, float]:
    """The point an II coordinate pair stands for. II cuts coordinates to one decimal toward zero (Maiduguri,
    11.85 N 13.16 E, is written 11.8, 13.1; Tulkarm, 32.31 N 35.03 E, 32.3, 35.0, a point inside Israel): a pair
    written with at most one decimal names the 0.1-degree cell it starts, and the cell's centre lies nearer the
    place than its corner does. Finer coordinates are taken as written."""
    if round(lat, 1) != lat or round(lon, 1) != lon:
        return lat, lon
    return lat + math.copysign(_HALF_CELL, lat), lon + math.copysign(_HALF_CELL, lon)


def read_incidents(path: Path | str) -> tuple[list[Incident], list[str]]:
    path = Path(path)
    out, warnings = [], []
    lines = list(numbered_lines(path))
    for i, line in lines:
        try:
            row = json.loads(line)
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            warnings.append(f"{path}:{i}: no usable latitude/longitude ({exc.__class__.__name__}); row not used")
            continue
        lat, lon = cell_centre(lat, lon)
        description = repair_mojibake(str(row.get("description") or ""))  # II's export: UTF-8 read as cp1252
        out.append(Incident(i, description, row.get("date"), str(row.get("country") or ""),
                            str(row.get("admin1") or ""), lat, lon, precision_class(row.get("geo_precision"))))
    if not out and lines:
        raise EvalInputError(f"{path}: no incident with latitude/longitude; not Insecurity Insight JSONL")
    return out, warnings


def same_area(a: str | None, b: str | None, gaz: Any = None, country: str | None = None) -> bool:
    """Admin names agree, the kind of area aside ("Borno State" / "Borno", "Idlib Governorate" / "Idleb"), or
    name the same area of the gazetteer in another of its spellings ("North Kivu" / "Nord-Kivu")."""
    from warscribe.evaluate.acled import same_admin
    from warscribe.places.world import bare

    if not a or not b:
        return False
    if same_admin(a, b) or same_admin(bare(a), bare(b)):
        return True
    if gaz is None:
        return False
    return any(same_admin(p.name, a) for p in gaz.admin1_areas(b, country) if p.country == country)


@dataclass
class IncidentReport:
    gold: str
    gazetteer: str
    coded: bool = False
    results: list[IncidentResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self, results: list[IncidentResult] | None = None) -> dict[str, Any]:
        results = self.results if results is None else results

        def share(values: list[bool | None]) -> float | None:
            known = [v for v in values if v is not None]
            return sum(known) / len(known) if known else None

        out: dict[str, Any] = {"incidents": len(results), "country": share([r.country_ok for r in results]),
                               "admin1": share([r.admin1_ok for r in results]),
                               "admin1_rows": sum(r.admin1_ok is not None for r in results)}
        if self.coded:
            kms = [r.coded_km for r in results if r.coded_km is not None]
            out.update({"coded_country": share([r.coded_country_ok for r in results]),
                        "coded_admin1": share([r.coded_admin1_ok for r in results]),
                        "coded_located": len(kms) / len(results) if results else None,
                        "coded_within_25km": sum(k <= FAR_KM for k in kms) / len(results) if results else None,
                        "coded_median_km": percentile(kms, 50)})
        return out

    def by_precision(self) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[IncidentResult]] = defaultdict(list)
        for r in self.results:
            groups[r.incident.precision].append(r)
        return {k: self.summary(v) for k, v in sorted(groups.items())}

    def by_country(self, top: int = 15) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[IncidentResult]] = defaultdict(list)
        for r in self.results:
            groups[r.incident.country].append(r)
        biggest = sorted(groups.items(), key=lambda kv: -len(kv[1]))[:top]
        return {k: self.summary(v) for k, v in biggest}

    def errors(self) -> list[dict[str, Any]]:
        bad = [r for r in self.results if r.country_ok is False or r.admin1_ok is False]
        return [{"line": r.incident.line, "country": r.incident.country, "admin1": r.incident.admin1,
                 "precision": r.incident.precision, "got_admin1": r.got_admin1, "country_ok": r.country_ok}
                for r in bad]

    def to_dict(self) -> dict[str, Any]:
        return {"format": "insecurity-insight", "gold": self.gold, "gazetteer": self.gazetteer, **self.summary(),
                "by_precision": self.by_precision(), "by_country": self.by_country(), "warnings": self.warnings,
                "errors": self.errors()}


def evaluate(path: Path | str, gazetteer_path: Path | str | None = None, *, code_text: bool = False,
             limit: int | None = None) -> IncidentReport:
    """Name the country and admin1 of every incident's point from the gazetteer (and, with `code_text`, code
    its description and compare the event's place), scored against the row."""
    from warscribe.places.gazetteer import Gazetteer

    incidents, warnings = read_incidents(path)
    incidents = incidents[:limit] if limit else incidents
    gaz = Gazetteer.open(gazetteer_path)
    report = IncidentReport(str(path), str(gaz.path), code_text, warnings=warnings)
    coder = _coder() if code_text else None
    try:
        codes = gaz.country_keys()
        for inc in incidents:
            report.results.append(_score(inc, gaz, codes, coder))
    finally:
        gaz.close()
    return report


def _score(inc: Incident, gaz: Any, codes: dict[str, str], coder: Callable | None) -> IncidentResult:
    from warscribe.evaluate.insecurity import load_mapping
    from warscribe.places.gazetteer import distance_km
    from warscribe.places.normalize import key

    res = IncidentResult(inc)
    # II's own country names ("Chechnya", "OPT") in ACLED's spelling (data/eval/insecurity_insight.yaml)
    mapping = load_mapping()
    code = codes.get(key(mapping.countries.get(inc.country, inc.country)))
    has_admin = inc.admin1.strip().lower() not in _NO_ADMIN and not inc.precision.startswith("6")
    got = gaz.country_at(inc.lat, inc.lon)
    res.country_ok = code is not None and mapping.territories.get(got or "", got) == code
    if has_admin:
        inside = gaz.nearest(inc.lat, inc.lon, code) if code else gaz.nearest(inc.lat, inc.lon)
        res.got_admin1 = inside.admin1 if inside else None
        res.admin1_ok = same_area(res.got_admin1, inc.admin1, gaz, code)
    if coder is not None:
        ev = coder(inc)
        country = codes.get(key(ev.country or "")) if ev is not None else None
        res.coded_country_ok = code is not None and country == code
        res.coded_admin1 = ev.admin1 if ev is not None else None
        res.coded_admin1_ok = same_area(res.coded_admin1, inc.admin1, gaz, code) if has_admin else None
        if ev is not None and ev.latitude is not None and ev.longitude is not None:
            res.coded_km = distance_km(inc.lat, inc.lon, ev.latitude, ev.longitude)
    return res


def _coder() -> Callable[[Incident], Any]:
    """Codes a description as `warscribe extract` does; the first event with a place is the incident's."""
    from warscribe.config import Config
    from warscribe.model import Document
    from warscribe.pipeline import Pipeline

    pipeline = Pipeline(Config(detect_near_duplicates=False))

    def code(inc: Incident) -> Any:
        doc = Document.from_input({"id": f"line-{inc.line}", "text": inc.text, "published": inc.date})
        pipeline.run(doc)
        events = doc.events
        return next((e for e in events if e.latitude is not None), events[0] if events else None)

    return code


def view(report: IncidentReport, show_errors: int = 0) -> Any:
    """Rich tables: agreement by stated precision, then by country (the largest)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from warscribe.evaluate.report import km, pct

    columns = ["incidents", "country", "admin1"]
    if report.coded:
        columns += ["coded country", "coded admin1", "coded located", "coded within 25 km", "coded median"]

    def table(title: str, first: str, groups: dict[str, dict[str, Any]]) -> Table:
        t = Table(title=title, title_justify="left", header_style="bold")
        for name in (first, *columns):
            t.add_column(name, justify="left" if name == first else "right")
        for name, s in groups.items():
            row = [name, str(s["incidents"]), pct(s["country"]), pct(s["admin1"])]
            if report.coded:
                row += [pct(s["coded_country"]), pct(s["coded_admin1"]), pct(s["coded_located"]),
                        pct(s["coded_within_25km"]), km(s["coded_median_km"])]
            t.add_row(*row)
        return t

    groups = {**report.by_precision(), "all": report.summary()}
    parts: list[Any] = [Text(f"gold: {report.gold}  gazetteer: {report.gazetteer}"),
                        table("Country and admin1 of each incident's point, by stated precision", "precision",
                              groups),
                        Text("country/admin1: the gazetteer's names for the point (nearest populated place); "
                             "coded: the event coded from the description (--text)"),
                        table("Largest countries", "country", report.by_country())]
    parts += [Text(f"warning: {w}") for w in report.warnings[:20]]
    if show_errors:
        errs = Table(title=f"Disagreements (first {show_errors})", title_justify="left", header_style="bold")
        for name in ("line", "country", "admin1", "precision", "gazetteer admin1"):
            errs.add_column(name)
        for e in report.errors()[:show_errors]:
            errs.add_row(str(e["line"]), e["country"], e["admin1"], e["precision"], e["got_admin1"] or "-")
        parts.append(errs)
    return Group(*parts)
