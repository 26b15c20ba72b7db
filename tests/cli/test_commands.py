"""The command-line contract (commands, output, exit codes of README.md), run as a script
or a hook would run it."""

from __future__ import annotations

import json
import subprocess
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import PLANS, VISIT
from gathertui.commands.schema import plan_schema
from helpers import run_gathertui

PROBLEM_LINE = r"^.+:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$"


def gathertui(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_gathertui(*args, cwd=cwd)


def test_check_example_workspace_is_clean() -> None:
    result = gathertui("check", PLANS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_check_reports_errors_with_location(tmp_path: Path) -> None:
    plan = tmp_path / "rusak.toml"
    plan.write_text((PLANS / VISIT).read_text().replace('venue = "lokakrida"', 'venue = "aula"', 1))
    result = gathertui("check", "--lang", "en", plan)
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{plan}:")
    assert 'venue "aula" does not exist [unknown-reference]' in line
    number = int(line.split(":")[1])
    assert plan.read_text().splitlines()[number - 1] == 'venue = "aula"'


def test_check_warnings_alone_exit_zero(tmp_path: Path) -> None:
    plan = tmp_path / "tanpa-pic.toml"
    plan.write_text((PLANS / VISIT).read_text().replace('pic = "ayu-wulandari"\n', "", 1))
    result = gathertui("check", "--lang", "en", plan)
    assert result.returncode == 0
    assert "warning: agenda item" in result.stdout
    assert (
        'no person in charge (pic) for "Pembukaan oleh pembawa acara" (10.00–10.05 WIB) [no-pic]'
        in result.stdout
    )


@pytest.mark.parametrize(("lang", "words"), [("en", "over capacity"), ("id", "melebihi kapasitas")])
def test_check_warns_of_a_room_too_small(workspace: Path, lang: str, words: str) -> None:
    visit = workspace / VISIT
    text = visit.read_text()
    assert "capacity = 150\n" in text
    visit.write_text(text.replace("capacity = 150\n", "capacity = 20\n"))
    line = visit.read_text().splitlines().index("capacity = 20") + 1
    result = gathertui("check", "--lang", lang, workspace)
    assert result.returncode == 0  # a warning, not an error
    warnings = [w for w in result.stdout.splitlines() if "[over-capacity]" in w]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{visit}:{line}:1: ")
    assert words in warnings[0] and "Ruang Lokakrida" in warnings[0] and "20" in warnings[0]


def test_check_unreadable_path_is_usage_error(tmp_path: Path) -> None:
    result = gathertui("check", tmp_path / "tidak-ada.toml")
    assert result.returncode == 2
    assert "tidak-ada.toml" in result.stderr


def test_check_garbage_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    (tmp_path / "b.toml").write_text("[[[[")
    result = gathertui("check", tmp_path)
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 2
    for line in result.stdout.splitlines():
        assert __import__("re").match(PROBLEM_LINE, line)


def test_bad_usage_exits_2() -> None:
    assert gathertui("export-everything").returncode == 2
    assert gathertui("check", "--lang", "fr").returncode == 2


def test_fmt_check_clean_and_fmt_changes_no_byte(workspace: Path) -> None:
    before = {p.name: p.read_bytes() for p in workspace.iterdir()}
    assert gathertui("fmt", "--check", workspace).returncode == 0
    assert gathertui("fmt", workspace).returncode == 0
    assert {p.name: p.read_bytes() for p in workspace.iterdir()} == before


def test_fmt_rewrites_messy_file(tmp_path: Path) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text('schema_version = 1\n[event]\nstart = 2024-03-14\ntitle = "Rapat"\n')
    result = gathertui("fmt", "--check", plan)
    assert result.returncode == 1
    assert plan.read_text().startswith("schema_version = 1\n[event]\nstart")
    assert gathertui("fmt", plan).returncode == 0
    assert plan.read_text() == (
        'schema_version = 1\n\n[event]\ntitle = "Rapat"\nstart = 2024-03-14\n'
    )
    assert gathertui("fmt", "--check", plan).returncode == 0


def test_fmt_keeps_comments(tmp_path: Path) -> None:
    plan = tmp_path / "p.toml"
    text = (
        '# catatan\nschema_version = 1\n[event]\nstart = 2024-03-14\ntitle = "Rapat" # sementara\n'
    )
    plan.write_text(text)
    assert gathertui("fmt", "--check", plan).returncode == 1
    assert gathertui("fmt", plan).returncode == 0
    assert plan.read_text() == (
        "# catatan\nschema_version = 1\n\n"
        '[event]\ntitle = "Rapat" # sementara\nstart = 2024-03-14\n'
    )
    assert gathertui("fmt", "--check", plan).returncode == 0
    assert gathertui("fmt", "--drop-comments", plan).returncode == 0
    assert "catatan" not in plan.read_text()


def test_fmt_leaves_invalid_files_alone(tmp_path: Path) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text("schema_version = 1\n[event]\ntitle = 5\n")
    result = gathertui("fmt", plan)
    assert result.returncode == 1
    assert plan.read_text() == "schema_version = 1\n[event]\ntitle = 5\n"


def test_show_visit_in_indonesian() -> None:
    result = gathertui("show", PLANS / VISIT)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for expected in (
        "Ruang Lokakrida",
        "Lantai 8",
        "Abd Rachman Tuwo",
        "Santi Ratnaningtias",
        "Sunarto",
        "Jumat, 26 Mei 2023",
        "09.45",
        "WIB",
    ):
        assert expected in out
    mojokerto = [line for line in out.splitlines() if "daring" in line]
    assert mojokerto and " 30 " in mojokerto[0]
    for quota in (" 23 ", " 4 ", " 1 ", " 2 ", " 18 "):
        assert any(quota in line for line in out.splitlines())


def test_show_in_english() -> None:
    out = gathertui("show", "--lang", "en", PLANS / VISIT).stdout
    assert "Friday, 26 May 2023" in out
    assert "09.45–10.00 WIB" in out


def test_show_prints_markup_and_escapes_literally(tmp_path: Path) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text(
        'schema_version = 1\n[event]\ntitle = "[bold red]Rapat[/]"\nstart = 2024-03-14\n'
        '[[people]]\nid = "x"\nname = "\\u001b[31mMerah"\n'
    )
    out = gathertui("show", plan).stdout
    assert "[bold red]Rapat[/]" in out
    assert "\x1b" not in out
    assert "\\x1b[31mMerah" in out


def test_show_bad_plan_exits_1(tmp_path: Path) -> None:
    plan = tmp_path / "p.toml"
    plan.write_text("schema_version = 1\n")
    result = gathertui("show", plan)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{plan}:1:1: error:")


def test_new_plan_from_template(tmp_path: Path) -> None:
    path = tmp_path / "2024-s1-media-gathering.toml"
    result = gathertui(
        "new",
        path,
        "--template",
        "media-gathering",
        "--date",
        "2024-03-14",
        "--title",
        "Media Gathering Semester I 2024",
    )
    assert result.returncode == 0, result.stderr
    assert gathertui("check", path).returncode == 0
    assert gathertui("fmt", "--check", path).returncode == 0
    data = tomllib.loads(path.read_text())
    assert data["event"]["kind"] == "media-gathering"
    assert data["event"]["start"] == date(2024, 3, 14)
    assert any("Masak" in item["title"] for item in data["agenda"])
    again = gathertui("new", path)
    assert again.returncode == 1
    assert "already exists" in gathertui("new", "--lang", "en", path).stderr


def test_new_plan_takes_the_workspace_host_and_zone(tmp_path: Path) -> None:
    (tmp_path / "gathertui.toml").write_text(
        'schema_version = 1\n\n[organization]\nname = "Pemerintah Kota Makassar"\n\n'
        '[settings]\ntimezone = "Asia/Makassar"\n',
        encoding="utf-8",
    )
    path = tmp_path / "rapat.toml"
    result = gathertui("new", path, "--date", "2024-03-14")
    assert result.returncode == 0, result.stderr
    event = tomllib.loads(path.read_text(encoding="utf-8"))["event"]
    assert (event["host"], event["timezone"]) == ("Pemerintah Kota Makassar", "Asia/Makassar")


def _as_json(value: Any) -> Any:
    """TOML values as an editor's schema validator sees them (dates and times as text)."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    return value


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.toml")), ids=lambda p: p.name)
def test_schema_accepts_example_files(path: Path) -> None:
    args = ["schema", "--workspace"] if path.name == "gathertui.toml" else ["schema"]
    schema = json.loads(gathertui(*args).stdout)
    checker = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    document = _as_json(tomllib.loads(path.read_text()))
    assert list(checker.iter_errors(document)) == []
    broken = {**document, "unexpected": 1}
    assert list(checker.iter_errors(broken))


def test_schema_accepts_an_event_start_as_a_day_or_a_local_date_time() -> None:
    schema = plan_schema()
    checker = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    text = 'schema_version = 1\n[event]\ntitle = "Rapat"\nstart = {}\nend = {}\n'
    for start, end in [
        ("2025-03-14", "2025-03-15"),
        ("2025-03-14T09:00:00", "2025-03-14T12:00:00"),
    ]:
        document = _as_json(tomllib.loads(text.format(start, end)))
        assert list(checker.iter_errors(document)) == []
    offset = _as_json(tomllib.loads(text.format("2025-03-14T09:00:00+08:00", "2025-03-15")))
    assert list(checker.iter_errors(offset))


def test_schema_local_times_are_patterns() -> None:
    schema = json.loads(gathertui("schema").stdout)
    start = schema["$defs"]["AgendaItem"]["properties"]["start"]
    assert "format" not in start
    assert start["pattern"].startswith("^")


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--what", "agenda", "--format", "txt"),
        ("export", "--what", "calendar", "--format", "txt"),
        ("calendar",),
    ],
    ids=["export-agenda", "export-calendar", "calendar"],
)
def test_a_missing_path_exits_1_with_one_sentence(tmp_path: Path, command: tuple[str]) -> None:
    # export and calendar exit 0 / 1: a missing path is a failure, not bad usage.
    missing = tmp_path / "tidak-ada"
    result = gathertui(command[0], missing, *command[1:], "--lang", "en")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"gathertui: {missing}: no such file or folder"
