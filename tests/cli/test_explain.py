"""`gathertui check --explain CODE`, and codes silenced in gathertui.toml, as a hook runs them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import VISIT
from helpers import run_gathertui

PROBLEM_LINE = r"^.+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$"


def gathertui(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_gathertui(*args, cwd=cwd, columns=80)


def flat(text: str) -> str:
    """The text with its wrapped lines joined, to look for a sentence."""
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["no-pic (warning)", "What it means:", "How to fix it:", 'silence = ["no-pic"]']),
        ("id", ["no-pic (peringatan)", "Artinya:", "Cara memperbaiki:", 'silence = ["no-pic"]']),
    ],
)
def test_explain_a_warning(tmp_path: Path, lang: str, words: list[str]) -> None:
    result = gathertui("check", "--explain", "no-pic", "--lang", lang, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == ""
    for word in words:
        assert word in flat(result.stdout), word
    assert all(len(line) <= 88 for line in result.stdout.splitlines())


def test_explain_speaks_indonesian_by_default(tmp_path: Path) -> None:
    result = gathertui("check", "--explain", "syntax", cwd=tmp_path)
    assert result.returncode == 0
    text = flat(result.stdout)
    assert text.startswith("syntax (kesalahan)")
    assert "Kesalahan tidak dapat disenyapkan" in text


def test_explain_takes_the_code_as_check_prints_it(tmp_path: Path) -> None:
    result = gathertui("check", "--lang", "en", "--explain", "[Same-Day-Event]", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("same-day-event (information)")


def test_explain_an_unknown_code_is_bad_usage(tmp_path: Path) -> None:
    result = gathertui("check", "--lang", "en", "--explain", "same-day-evnt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith('gathertui: "same-day-evnt" is not a problem code')
    assert '"same-day-event"' in line and '"same-day-plan"' in line

    result = gathertui("check", "--explain", "zzz", cwd=tmp_path)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert "bukan kode masalah" in line and "maksudnya" not in line


def test_explain_loads_no_plan(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "rusak.toml").write_text('title = "no closing quote\n', encoding="utf-8")
    result = gathertui("check", "--lang", "en", "--explain", "bom", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("bom (warning)")
    assert "rusak.toml" not in result.stdout + result.stderr


def _silence(workspace: Path, entries: str) -> Path:
    settings = workspace / "gathertui.toml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace('timezone = "Asia/Jakarta"\n', f'timezone = "Asia/Jakarta"\n{entries}\n')
    settings.write_text(text, encoding="utf-8")
    return settings


def test_silenced_warnings_leave_check_and_errors_stay(workspace: Path) -> None:
    visit = workspace / VISIT
    text = visit.read_text(encoding="utf-8")
    visit.write_text(text.replace('pic = "ayu-wulandari"\n', "", 1), encoding="utf-8")
    broken = workspace / "rusak.toml"
    broken.write_text("schema_version = 1\n\n[event]\nstart = 2024-03-14\n", encoding="utf-8")
    loud = gathertui("check", "--lang", "en", workspace)
    assert loud.returncode == 1
    assert "[no-pic]" in loud.stdout and "[missing-key]" in loud.stdout

    settings = _silence(workspace, 'silence = ["no-pic", "missing-key"]')
    quiet = gathertui("check", "--lang", "en", workspace)
    assert quiet.returncode == 1
    assert "[no-pic]" not in quiet.stdout
    assert "[missing-key]" in quiet.stdout  # errors cannot be silenced
    alone = gathertui("check", "--lang", "en", visit, broken)
    assert "[no-pic]" not in alone.stdout and "[missing-key]" in alone.stdout
    lines = quiet.stdout.splitlines()
    [warning] = [line for line in lines if line.endswith("[cannot-silence]")]
    line = (
        settings.read_text(encoding="utf-8")
        .split("\n")
        .index('silence = ["no-pic", "missing-key"]')
    )
    assert warning.startswith(f"{settings}:{line + 1}:22: warning: ")
    assert len(lines) == len(loud.stdout.splitlines()) - loud.stdout.count("[no-pic]") + 1


@pytest.mark.parametrize(("lang", "words"), [("en", "did you mean"), ("id", "maksudnya")])
def test_check_of_the_settings_file_alone_warns_of_unknown_codes(
    workspace: Path, lang: str, words: str
) -> None:
    settings = _silence(workspace, 'silence = ["no-pic", "same-day-evnt"]')
    result = gathertui("check", "--lang", lang, settings)
    assert result.returncode == 0
    (line,) = result.stdout.splitlines()
    number = (
        settings.read_text(encoding="utf-8")
        .split("\n")
        .index('silence = ["no-pic", "same-day-evnt"]')
    )
    assert line.startswith(f"{settings}:{number + 1}:22: warning: ")
    assert line.endswith("[unknown-code]")
    assert words in line and '"same-day-event"' in line
