"""The main parser: options before the command, help in the user's language, `show` to
a pipe, one delegation's sign-in sheet."""

from __future__ import annotations

from pathlib import Path

from conftest import PLANS, VISIT
from helpers import run_gathertui


def test_lang_before_the_command_works_as_after_it() -> None:
    before = run_gathertui("--lang", "en", "check", PLANS / VISIT)
    after = run_gathertui("check", "--lang", "en", PLANS / VISIT)
    assert (before.returncode, before.stdout, before.stderr) == (
        after.returncode,
        after.stdout,
        after.stderr,
    )
    broken = run_gathertui("--lang", "en", "show", PLANS / "nothing-here.toml")
    assert "no such file or folder" in broken.stderr


def test_help_names_the_app_and_follows_the_language(tmp_path: Path) -> None:
    english = run_gathertui("--lang", "en", "--help", cwd=tmp_path).stdout
    assert "gathertui [--lang {id,en}] [PATH]" in english
    assert "opens the app" in english
    assert "validate plans and workspaces" in english
    indonesian = run_gathertui("--lang", "id", "--help", cwd=tmp_path).stdout
    assert "membuka aplikasi" in indonesian
    assert "periksa rencana dan workspace" in indonesian
    # Without --lang, the ./plans workspace's language (none here: the system's, C.UTF-8,
    # so Indonesian); the command's own help too.
    assert "membuka aplikasi" in run_gathertui("--help", cwd=tmp_path).stdout
    check = run_gathertui("--lang", "id", "check", "--help", cwd=tmp_path).stdout
    assert check.startswith("usage: gathertui check")
    assert "bahasa pesan" in check
    # --help does not create ./plans as opening the app would.
    assert not (tmp_path / "plans").exists()


def test_show_to_a_pipe_keeps_each_row_whole() -> None:
    result = run_gathertui("show", "--lang", "id", PLANS / VISIT, columns=80)
    (row,) = [line for line in result.stdout.splitlines() if "Tuwo" in line and "Rombongan" in line]
    assert "Asisten III Administrasi" in row
    assert "Pemerintah Kota Mojokerto" in row
    assert "Pengisi acara" in result.stdout


def test_export_one_delegations_sign_in_sheet() -> None:
    whole = run_gathertui(
        "export", PLANS / VISIT, "--what", "attendance", "--format", "txt", "--lang", "en"
    )
    one = run_gathertui(
        "export",
        PLANS / VISIT,
        "--what",
        "attendance",
        "--format",
        "txt",
        "--lang",
        "en",
        "--delegation",
        "mojokerto",
    )
    assert one.returncode == 0, one.stderr
    assert "Rombongan Pemkot Mojokerto" in one.stdout
    assert "Pemerintah Kota Semarang\n\nNo." in whole.stdout
    assert "Pemerintah Kota Semarang\n\nNo." not in one.stdout
    unknown = run_gathertui(
        "export", PLANS / VISIT, "--what", "attendance", "--format", "txt", "--delegation", "x"
    )
    assert unknown.returncode == 1
    assert "mojokerto" in unknown.stderr
    agenda = run_gathertui(
        "export", PLANS / VISIT, "--what", "agenda", "--format", "txt", "--delegation", "x"
    )
    assert agenda.returncode == 1
    assert "--what attendance" in agenda.stderr
