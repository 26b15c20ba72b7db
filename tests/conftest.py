from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so the suite passes or fails
# the same way on CI and on a laptop; HYPOTHESIS_PROFILE=explore draws new ones.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "plans"
VISIT = "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A private copy of the example workspace."""
    target = tmp_path / "plans"
    shutil.copytree(PLANS, target)
    return target


@pytest.fixture
def visit(workspace: Path) -> Path:
    return workspace / VISIT


def pytest_configure(config: pytest.Config) -> None:
    """Compiled catalogs go to a folder of the test run, never the tester's own cache.
    Set before collection, as test modules render sentences when imported; one folder
    per process, inherited by the commands the tests start."""
    os.environ["GATHERTUI_CACHE_DIR"] = tempfile.mkdtemp(prefix="gathertui-cache-")


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Recovery copies go to a private folder, never the tester's own; the instance a
    test began (by opening a plan) ends with it, as the app's does when it quits."""
    folder = tmp_path / "state"
    monkeypatch.setenv("GATHERTUI_STATE_DIR", str(folder))
    yield folder
    from gathertui import instances

    instances.end()


# Inside the example workspace's plans, so "which semesters must have their gathering"
# does not change with the day the tests run.
TODAY = "2024-12-01"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GATHERTUI_TODAY", TODAY)
    return TODAY
