"""Keeps a folder flowing into the store: the files that appear or change under it, as batches (watchfiles)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from warscribe.inputs import is_supported

# watchfiles yields a batch once no change came for STEP_MS (a file being written settles first), and at the
# latest after DEBOUNCE_MS of steady changes.
STEP_MS = 100
DEBOUNCE_MS = 1000


def _visible(path: Path, root: Path) -> bool:
    """Not hidden (as the input reader skips hidden names), nor an editor's temporary file."""
    parts = path.relative_to(root).parts if path.is_relative_to(root) else path.parts
    return not any(p.startswith(".") or p.endswith("~") for p in parts)


def changed_files(root: Path, *, stop: threading.Event | None = None, poll: bool = False,
                  step_ms: int = STEP_MS, debounce_ms: int = DEBOUNCE_MS) -> Iterator[list[Path]]:
    """Each batch of input files (.jsonl, .txt, .html...) added or modified under `root`, sorted, until `stop`
    is set (or Ctrl-C). Deleted files are not reported: their documents stay stored. `poll`: look for changes
    by polling (network file systems, where change notifications never come)."""
    from watchfiles import Change, watch

    root = root.resolve()
    for changes in watch(root, stop_event=stop, step=step_ms, debounce=debounce_ms, force_polling=poll,
                         recursive=True):
        paths = {Path(p) for kind, p in changes if kind != Change.deleted}
        batch = sorted(p for p in paths if _visible(p, root) and is_supported(p) and p.is_file())
        if batch:
            yield batch
