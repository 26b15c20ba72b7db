"""`export -o` and `new` write only where a person means them to."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import VISIT
from helpers import run_gathertui

CSV = ("--what", "roster", "--format", "csv")


def gathertui(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_gathertui(*args)


def test_export_does_not_replace_the_plan_itself(visit: Path) -> None:
    before = visit.read_bytes()
    result = gathertui("export", visit, *CSV, "-o", visit, "--lang", "en")
    assert result.returncode == 1
    assert f"{visit} is a plan; an export does not replace it without --force" in result.stderr
    assert visit.read_bytes() == before


def test_export_does_not_replace_the_workspace_settings(workspace: Path) -> None:
    settings = workspace / "gathertui.toml"
    settings.write_text('language = "id"\n', encoding="utf-8")
    result = gathertui("export", workspace / VISIT, *CSV, "-o", settings, "--lang", "id")
    assert result.returncode == 1
    assert "adalah berkas pengaturan ruang kerja" in result.stderr
    assert settings.read_text(encoding="utf-8") == 'language = "id"\n'


def test_export_replaces_an_existing_file_only_with_force(visit: Path, tmp_path: Path) -> None:
    out = tmp_path / "roster.csv"
    out.write_text("mine\n", encoding="utf-8")
    result = gathertui("export", visit, *CSV, "-o", out, "--lang", "en")
    assert result.returncode == 1
    assert f"{out}: already exists; it is not replaced without --force" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
    result = gathertui("export", visit, *CSV, "-o", out, "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig") != "mine\n"


def test_export_to_a_new_file_needs_no_force(visit: Path, tmp_path: Path) -> None:
    out = tmp_path / "roster.csv"
    assert gathertui("export", visit, *CSV, "-o", out).returncode == 0
    assert out.exists()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_force_is_in_the_help(lang: str) -> None:
    result = gathertui("export", "--help", "--lang", lang)
    assert "--force" in result.stdout
    word = "replace FILE" if lang == "en" else "ganti FILE"
    assert word in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("rapat.csv", "a plan's file name ends in .toml"),
        ("rapat", "a plan's file name ends in .toml"),
        ("gathertui.toml", "gathertui.toml is the workspace's settings file, not a plan"),
    ],
)
def test_new_writes_only_plans(tmp_path: Path, name: str, said: str) -> None:
    target = tmp_path / name
    result = gathertui("new", target, "--lang", "en")
    assert result.returncode == 1
    assert said in result.stderr
    assert not target.exists()


def test_new_writes_a_toml_plan(tmp_path: Path) -> None:
    target = tmp_path / "rapat.toml"
    assert gathertui("new", target).returncode == 0
    assert target.exists()
