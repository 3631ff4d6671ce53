"""Finds the front-end libraries `make web-assets` installed from the npm registry (never committed)."""

from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = "WARSCRIBE_WEB_ASSETS"

# URL path under /vendor/ -> file under node_modules; only these are served.
VENDOR = {
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "images/layers.png": "leaflet/dist/images/layers.png",
    "images/layers-2x.png": "leaflet/dist/images/layers-2x.png",
    "images/marker-icon.png": "leaflet/dist/images/marker-icon.png",
    "images/marker-icon-2x.png": "leaflet/dist/images/marker-icon-2x.png",
    "images/marker-shadow.png": "leaflet/dist/images/marker-shadow.png",
    "markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "MarkerCluster.Default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
    "topojson-client.js": "topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "world-atlas/countries-50m.json",
    "LICENSES/leaflet": "leaflet/LICENSE",
    "LICENSES/leaflet.markercluster": "leaflet.markercluster/MIT-LICENCE.txt",
    "LICENSES/topojson-client": "topojson-client/LICENSE",
    "LICENSES/world-atlas": "world-atlas/LICENSE",
}


def node_modules() -> Path:
    """$WARSCRIBE_WEB_ASSETS, else node_modules beside this package (where `make web-assets` puts it)."""
    return Path(os.environ.get(ENV) or HERE / "node_modules")


def vendor_file(name: str) -> Path | None:
    """The installed file behind /vendor/<name>, or None when unknown or not installed."""
    relative = VENDOR.get(name)
    if relative is None:
        return None
    path = node_modules() / relative
    return path if path.is_file() else None


def missing() -> list[str]:
    """The vendor files not installed (the page then works without the map)."""
    return [name for name in VENDOR if not name.startswith("LICENSES/") and vendor_file(name) is None]
