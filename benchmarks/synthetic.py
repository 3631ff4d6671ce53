"""Synthetic stores for the benchmarks (bench_store, bench_web): event types, places and report documents."""

from __future__ import annotations

import json
import random

TYPES = {
    "Battles": ["Armed clash", "Government regains territory"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest"], "Riots": ["Mob violence"],
    "Strategic developments": ["Arrests", "Looting/property destruction"],
}


def places(rng: random.Random, count: int = 3000) -> list[tuple[str, str, float, float]]:
    """(location, admin1, latitude, longitude) of `count` made-up places in 40 regions."""
    return [(f"Place {i}", f"Region {i % 40}", 32 + rng.random() * 5, 35.5 + rng.random() * 6)
            for i in range(count)]


def document_row(number: int) -> dict:
    """The `documents` row of synthetic report number `number`."""
    body = f"Report {number}: synthetic text about clashes and strikes."
    return {"id": f"doc{number}", "content_hash": f"{number:064x}", "text": body,
            "kept": json.dumps([[0, len(body)]]), "status": "processed", "source": f"Outlet {number % 17}",
            "published": None, "ingested_at": "2026-01-01T00:00:00"}
