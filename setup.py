"""Build script. The package is pure Python unless WARSCRIBE_COMPILE=1 is set at build time: then the modules
listed in src/warscribe/compiled.py are compiled with mypyc (mypy and a C compiler needed; `make fast`)."""

import os
import runpy
from pathlib import Path

from setuptools import setup


def _compiled_extensions() -> list:
    if os.environ.get("WARSCRIBE_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    listed = runpy.run_path(str(Path("src") / "warscribe" / "compiled.py"))
    paths = [listed["source_path"](name) for name in listed["MODULES"]]
    return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *paths], opt_level="3")


setup(ext_modules=_compiled_extensions())
