"""The labelled dev corpus: every case comes out right through the command's code path."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from .conftest import DEV_CORPUS, ROOT


def _corpus_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lint_corpus", ROOT / "tests" / "bench" / "lint_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["lint_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_every_dev_case_comes_out_right() -> None:
    if not DEV_CORPUS.is_file():
        pytest.skip(f"the labelled corpus {DEV_CORPUS} is absent")
    script = _corpus_script()
    outcomes = script.run_corpus(DEV_CORPUS)
    assert len(outcomes) >= 22
    wrong = [f"{o.case}: expected {o.expect}, got {o.got} {o.codes} ({o.why})" for o in outcomes if not o.right]
    assert not wrong, "\n".join(wrong)
    assert script.tally(outcomes).endswith(f"total: {len(outcomes)}/{len(outcomes)} right")
