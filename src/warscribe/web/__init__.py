"""`warscribe serve`: a map, a timeline, filters and the evidence behind every field (needs `warscribe[web]`)."""

from __future__ import annotations

from warscribe.web.app import LOOPBACK, create_app

__all__ = ["LOOPBACK", "create_app", "run"]


def run(app, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve `app` until interrupted."""
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning")
