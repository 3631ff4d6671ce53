"""benchmarks/cost_shares.py: reading callgrind's annotation and grouping its functions (no valgrind run here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cost_shares():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import cost_shares
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return cost_shares


# Lines as `callgrind_annotate --auto=no` writes them: a symbolised libpython's, a stripped interpreter's, the
# compiled stages', a C library's.
_ANNOTATION = """\
--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
1,000 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir                    file:function
--------------------------------------------------------------------------------
300 (30.00%)  /tmp/build/Python-3.11.7/./Modules/_sre/sre_lib.h:sre_ucs1_match [/usr/lib/libpython3.11.so.1.0]
200 (20.00%)  ???:0x00000000005e0340 [/usr/bin/python3.11]
150 (15.00%)  build/__native_c022a9.c:CPyDef_places___recognize____mention [/x/c022a9__mypyc.cpython-311.so]
100 (10.00%)  /tmp/build/Python-3.11.7/Objects/dictobject.c:_Py_dict_lookup [/usr/lib/libpython3.11.so.1.0]
 80 ( 8.00%)  /tmp/build/Python-3.11.7/Modules/sha1module.c:sha1_compress [/usr/lib/libpython3.11.so.1.0]
 50 ( 5.00%)  ./malloc/./malloc/malloc.c:_int_malloc [/usr/lib/x86_64-linux-gnu/libc.so.6]
 20 ( 2.00%)  ???:_Py_Dealloc [/usr/bin/python3.11]
 60 ( 6.00%)  /project/spacy/tokenizer.cpp:__pyx_f_5spacy_9tokenizer_9Tokenizer__tokenize [/x/tokenizer.so]
 40 ( 4.00%)  ???:0x0000000000001234 [/opt/unknown.so]
"""


def test_the_annotation_is_read_into_the_total_and_each_function_s_own_work(cost_shares) -> None:
    total, rows = cost_shares.parse_annotation(_ANNOTATION)
    assert total == 1000
    assert [n for n, _ in rows] == [300, 200, 150, 100, 80, 50, 20, 60, 40]
    assert rows[0][1].endswith("sre_ucs1_match [/usr/lib/libpython3.11.so.1.0]")


def test_functions_are_grouped_by_what_executes_them(cost_shares) -> None:
    _, rows = cost_shares.parse_annotation(_ANNOTATION)
    groups = [cost_shares.group_of(name) for _, name in rows]
    assert groups == ["regex engine", "CPython runtime (no symbols)", "compiled stages (mypyc)",
                      "dict and set look-ups", "SHA-1 (near-duplicate signatures)", "allocation and freeing",
                      "allocation and freeing", "spaCy (tokenizer, phrase matcher)", cost_shares.OTHER]


def test_each_group_s_share_and_the_speed_up_its_absence_would_give(cost_shares) -> None:
    found = cost_shares.shares(*cost_shares.parse_annotation(_ANNOTATION))
    assert found[0] == ("regex engine", 0.3, pytest.approx(1 / 0.7))
    assert sum(share for _, share, _ in found) == pytest.approx(1.0)
    assert [share for _, share, _ in found] == sorted((share for _, share, _ in found), reverse=True)
    assert cost_shares.ceiling(0.2) == pytest.approx(1.25) and cost_shares.ceiling(1.0) == float("inf")
    assert cost_shares.shares(0, []) == []


# An inclusive annotation: each compiled stage's run is listed under every name callgrind knows it by (the wrapper
# CPyPy_ is not the stage's own function), a function called inside a stage is no stage
_INCLUSIVE = """\
1,000 (100.0%)  PROGRAM TOTALS
  400 (40.00%)  /x/build/__native_c02.c:CPyPy_places___PlaceStage___run
  399 (39.90%)  x/build/__native_c02.c:CPyDef_places___PlaceStage___run [/x/c02__mypyc.so]
  399 (39.90%)  /x/build/__native_c02.c:CPyDef_places___PlaceStage___run
  300 (30.00%)  x/build/__native_c02.c:CPyDef_stages___recognize___RecognizeStage___run [/x/c02__mypyc.so]
  120 (12.00%)  x/build/__native_c02.c:CPyDef_counts___CountReader___read [/x/c02__mypyc.so]
   50 ( 5.00%)  x/build/__native_c02.c:CPyDef_merge___MergeStage___run_helper [/x/c02__mypyc.so]
"""


def test_each_compiled_stage_s_share_is_its_run_and_all_it_calls(cost_shares) -> None:
    assert cost_shares.stage_shares(_INCLUSIVE, 1000) == [("PlaceStage", 0.399), ("RecognizeStage", 0.3)]
    assert cost_shares.stage_shares("1,000 (100.0%)  PROGRAM TOTALS\n", 1000) == []  # a pure build names none
