"""`export` and `check` draw their progress on stderr for a person at a terminal, and
nothing for a script; Ctrl+C stops them with exit code 130 and no file (issue 18)."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from conftest import VISIT
from gathertui import cli
from gathertui.commands import progress_line
from gathertui.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch: pytest.MonkeyPatch) -> FakeTerminal:
    """stderr as a terminal; set in the test itself, as pytest sets its own capture
    again once the fixtures are set up."""
    stream = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", stream)
    # Drawn from the first step: the tests' work is short.
    monkeypatch.setattr(progress_line, "DELAY", 0.0)
    return stream


def _interrupt_halfway(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C once the work is half done, as SIGINT raises it in the main thread."""
    draw = progress_line.ProgressLine.draw

    def drawn(line: progress_line.ProgressLine, progress: Progress) -> None:
        draw(line, progress)
        if progress.done * 2 >= progress.total > 0:
            raise KeyboardInterrupt

    monkeypatch.setattr(progress_line.ProgressLine, "draw", drawn)


def _export(visit: Path, out: Path) -> int:
    args = ["export", str(visit), "--what", "attendance", "--format", "pdf", "-o", str(out)]
    return cli.main([*args, "--lang", "id"])


def test_export_draws_its_progress_on_a_terminal_and_erases_it(
    visit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    out = tmp_path / "hadir.pdf"
    assert _export(visit, out) == 0
    said = terminal.getvalue()
    assert "\rDaftar hadir: 0/" in said
    message = said.rpartition("\r")[2]
    # Erased: blanks over the line, then the cursor back at its start.
    assert said.split("\r")[-2].strip() == ""
    assert message.startswith("gathertui: ditulis")
    assert out.exists()


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(
    visit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(visit, tmp_path / "hadir.pdf") == 0
    assert "\r" not in capsys.readouterr().err


def test_ctrl_c_during_an_export_writes_no_file_and_exits_130(
    visit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    _interrupt_halfway(monkeypatch)
    out = tmp_path / "hadir.pdf"
    assert _export(visit, out) == 130
    assert not out.exists()
    assert list(tmp_path.glob(".hadir.pdf.*")) == []
    assert terminal.getvalue().endswith(f"\rgathertui: dihentikan; {out} tidak ditulis\n")
    assert "Traceback" not in terminal.getvalue()


def test_check_of_many_files_draws_reading_and_checking(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    for n in range(4):
        shutil.copyfile(workspace / VISIT, workspace / f"copy-{n}.toml")
    cli.main(["check", str(workspace), "--lang", "id"])
    said = terminal.getvalue()
    assert "\rMembaca 7/7 berkas" in said
    assert "\rMemeriksa 7/7 berkas" in said


def test_check_draws_nothing_when_stderr_is_not_a_terminal(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(progress_line, "DELAY", 0.0)
    cli.main(["check", str(workspace), "--lang", "id"])
    assert "\r" not in capsys.readouterr().err


def test_ctrl_c_during_a_check_says_so_and_exits_130(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _terminal(monkeypatch)
    _interrupt_halfway(monkeypatch)
    assert cli.main(["check", str(workspace), "--lang", "en"]) == 130
    assert terminal.getvalue().endswith("\rgathertui: stopped\n")
    # Nothing of a check cut short: it would look like a complete one.
    assert capsys.readouterr().out == ""
