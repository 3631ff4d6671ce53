"""Administrative boundaries: import GeoJSON polygons into the gazetteer, find admin1/admin2 of a point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shapely import STRtree
from shapely.geometry import Point, shape

from warscribe.places.data import canonical_admin1

if TYPE_CHECKING:
    from warscribe.places.gazetteer import Gazetteer

# Property names of common boundary datasets (OCHA COD-AB first, then geoBoundaries, GADM).
_NAME_FIELDS = {1: ("ADM1_EN", "shapeName", "NAME_1", "name"), 2: ("ADM2_EN", "shapeName", "NAME_2", "name")}
_ADMIN1_FIELDS = ("ADM1_EN", "NAME_1")
_COUNTRY_FIELDS = ("ADM0_PCODE", "GID_0", "shapeGroup", "ISO")
_PCODE_FIELDS = ("ADM2_PCODE", "ADM1_PCODE", "GID_2", "GID_1", "shapeID")


class BoundaryError(ValueError):
    """Bad boundary input: the message names the file and the feature."""


def import_geojson(gaz: Gazetteer, path: Path, level: int | None = None) -> tuple[int, int]:
    """Store the polygons of a GeoJSON FeatureCollection; returns (level, number of features).

    The level (1 governorate, 2 district) is read from the properties when not given. Re-importing a file
    replaces its polygons.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BoundaryError(f"{path}: cannot read GeoJSON: {exc}") from exc
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list) or not features:
        raise BoundaryError(f"{path}: not a GeoJSON FeatureCollection with features")
    level = level or _detect_level(features[0].get("properties") or {}, path)
    rows = []
    for i, feat in enumerate(features):
        props = feat.get("properties") or {}
        name = _first(props, _NAME_FIELDS[level])
        geometry = feat.get("geometry")
        if not name or not geometry:
            raise BoundaryError(f"{path}: feature {i}: no name ({'/'.join(_NAME_FIELDS[level])}) or no geometry")
        try:
            shape(geometry)
        except (ValueError, TypeError, AttributeError) as exc:
            raise BoundaryError(f"{path}: feature {i} ({name}): bad geometry: {exc}") from exc
        admin1 = canonical_admin1(name if level == 1 else _first(props, _ADMIN1_FIELDS))
        country = (_first(props, _COUNTRY_FIELDS) or "")[:2].upper() or None
        rows.append((level, name, admin1, country, _first(props, _PCODE_FIELDS), path.name, json.dumps(geometry)))
    gaz.db.execute("DELETE FROM boundaries WHERE source = ? AND level = ?", (path.name, level))
    gaz.db.executemany("INSERT INTO boundaries (level, name, admin1, country, pcode, source, geometry)"
                       " VALUES (?,?,?,?,?,?,?)", rows)
    gaz.db.commit()
    gaz._invalidate()
    return level, len(rows)


def _detect_level(props: dict[str, Any], path: Path) -> int:
    if any(k.startswith("ADM2") or k in ("NAME_2", "GID_2") for k in props):
        return 2
    if any(k.startswith("ADM1") or k in ("NAME_1", "GID_1") for k in props):
        return 1
    raise BoundaryError(f"{path}: cannot tell the admin level from the properties; give it explicitly")


def _first(props: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for f in fields:
        value = props.get(f)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


class BoundaryIndex:
    """Point-in-polygon over the imported boundaries (an STRtree per level)."""

    def __init__(self, levels: dict[int, tuple[STRtree, list[tuple[str, str | None]], list]]) -> None:
        self.levels = levels

    @classmethod
    def from_gazetteer(cls, gaz: Gazetteer) -> BoundaryIndex:
        grouped: dict[int, tuple[list, list]] = {}
        for level, name, admin1, geometry in gaz.db.execute(
                "SELECT level, name, admin1, geometry FROM boundaries ORDER BY id"):
            shapes, labels = grouped.setdefault(level, ([], []))
            shapes.append(shape(json.loads(geometry)))
            labels.append((name, admin1))
        return cls({lvl: (STRtree(s), labels, s) for lvl, (s, labels) in grouped.items()})

    def locate(self, lat: float, lon: float) -> tuple[str | None, str | None] | None:
        """(admin1, admin2) containing the point; None when no boundaries are imported."""
        if not self.levels:
            return None
        point = Point(lon, lat)
        admin1 = admin2 = None
        for level, (tree, labels, shapes) in self.levels.items():
            for idx in tree.query(point):
                if shapes[idx].covers(point):
                    name, parent = labels[idx]
                    if level == 1:
                        admin1 = canonical_admin1(name)
                    else:
                        admin2, admin1 = name, admin1 or parent
                    break
        return admin1, admin2
