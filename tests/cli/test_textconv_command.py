"""`gathertui diff --textconv FILE`, and git's form of `diff` on files that are not plans."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gathertui.cli import main

HEX = "0" * 40


def test_textconv_prints_one_fact_a_line(visit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--textconv", str(visit)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "schema_version = 1"
    assert "people › abd-rachman-tuwo › attendance = attended" in lines


def test_textconv_knows_the_settings_by_gits_temporary_name(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Git hands an old version over as XXXXXX_<name>.
    copy = tmp_path / "Ab12Cd_gathertui.toml"
    copy.write_bytes((workspace / "gathertui.toml").read_bytes())
    assert main(["diff", "--textconv", str(copy)]) == 0
    assert "organization › city = Semarang" in capsys.readouterr().out.splitlines()


def test_textconv_prints_a_file_that_does_not_load_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema_version = 1\n[event\n", encoding="utf-8")
    assert main(["diff", "--textconv", str(broken)]) == 0
    assert capsys.readouterr() == ("schema_version = 1\n[event\n", "")


def test_textconv_takes_one_file(visit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--lang", "en", "--textconv", str(visit), str(visit)]) == 2
    assert "--textconv FILE" in capsys.readouterr().err


def test_textconv_of_a_missing_file_is_trouble(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", "--lang", "en", "--textconv", str(tmp_path / "none.toml")]) == 2
    assert "none.toml" in capsys.readouterr().err


def test_gits_form_shows_the_settings_line_by_line(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = workspace / "gathertui.toml"
    new = tmp_path / "new.toml"
    new.write_text(old.read_text(encoding="utf-8").replace("Semarang", "Salatiga"), "utf-8")
    arguments = ["plans/gathertui.toml", str(old), HEX, "100644", str(new), HEX, "100644"]
    assert main(["diff", "--lang", "en", *arguments]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("--- a/plans/gathertui.toml\n+++ b/plans/gathertui.toml\n")
    assert '+city = "Salatiga"' in out.splitlines()


def test_gits_form_shows_a_broken_plan_line_by_line(
    visit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("schema_version = 1\n[event\n", encoding="utf-8")
    arguments = ["visit.toml", str(visit), HEX, "100644", str(broken), HEX, "100644"]
    # Git takes any exit but 0 as the external diff failing, and then shows nothing.
    assert main(["diff", "--lang", "en", *arguments]) == 0
    out, err = capsys.readouterr()
    assert "+[event" in out.splitlines()
    assert err.startswith(f"{broken}:2:")


def test_gits_form_still_says_a_new_file_in_one_line(
    visit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["visit.toml", os.devnull, HEX, "100644", str(visit), HEX, "100644"]
    assert main(["diff", "--lang", "en", *arguments]) == 0
    assert capsys.readouterr().out == "Changes in visit.toml:\n  a new plan\n"
