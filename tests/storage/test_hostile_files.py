"""A file made to break the reader ends in located problems, never in a traceback: deep
nesting, dates at the ends of the calendar, pipes named *.toml, old Mac line ends."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gathertui.cli import main
from gathertui.glance import Glance, glance_folder, glance_plan, settings_language
from gathertui.nesting import MAX_DEPTH, too_deep
from gathertui.storage import LoadError, UnreadableFile, load_plan, load_settings
from gathertui.vcs.status import WORKSPACE_FILES, workspace_files
from helpers import MINIMAL, only_problem, problems_of

DEEP = "a = " + "[" * 1000 + "]" * 1000 + "\n"
LOCATED = re.compile(r"^\S+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$")


def _plan(folder: Path, text: str, name: str = "plan.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_deep_nesting_is_refused_at_its_line() -> None:
    line, column, code, message = only_problem(MINIMAL + "\n[notes]\n" + DEEP)
    assert (line, code) == (8, "syntax")
    assert column > 4
    assert "nested" in message


def test_nesting_a_plan_needs_is_read() -> None:
    text = MINIMAL + '\n[[venues]]\nid = "v"\nname = "Aula"\nfacilities = ["AC", "LCD"]\n'
    assert problems_of(text) == []


@pytest.mark.parametrize("command", ["check", "show", "fmt"])
def test_every_command_reports_a_deeply_nested_plan(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plan(tmp_path / "ws", MINIMAL + DEEP)
    args = [command, str(path)] if command != "check" else [command, "--lang", "en", str(path)]
    assert main(args) != 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "plan.toml:6:" in out + err


def test_deeply_nested_settings_are_refused_in_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ws"
    _plan(folder, MINIMAL)
    _plan(folder, DEEP, "gathertui.toml")
    assert main(["check", "--lang", "en", str(folder)]) != 0
    out, err = capsys.readouterr()
    assert "gathertui.toml:1:" in out + err
    with pytest.raises(LoadError):
        load_settings(folder / "gathertui.toml")


def test_the_glance_of_a_deeply_nested_file_is_a_row_with_its_reason(tmp_path: Path) -> None:
    path = _plan(tmp_path, MINIMAL + DEEP)
    assert glance_plan(path) == Glance(path, reason="syntax")
    _plan(tmp_path, DEEP, "gathertui.toml")
    assert settings_language(tmp_path) is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_toml_is_refused_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    outcome: list[object] = []

    def attempt() -> None:
        try:
            load_plan(pipe)
        except UnreadableFile as error:
            outcome.append(error.reason.render("en"))
        outcome.append(glance_plan(pipe))
        outcome.append(main(["fmt", str(pipe)]))
        outcome.append(main(["check", str(pipe)]))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():
        with open(pipe, "wb"):  # unblock the reader so the test ends
            pass
        pytest.fail("reading a pipe waited for a writer")
    assert "not a regular file" in str(outcome[0])
    assert outcome[1] == Glance(pipe, reason="unreadable")
    assert outcome[2:] == [2, 2]
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err


EDGE_DAYS = ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"]


@pytest.mark.parametrize("day", EDGE_DAYS)
def test_a_day_outside_the_years_1900_to_2200_is_an_error_at_its_key(day: str) -> None:
    line, column, code, message = only_problem(MINIMAL.replace("2024-03-14", day))
    assert (line, column, code) == (5, 1, "bad-value")
    assert "1900" in message and "2200" in message


def test_days_at_the_window_s_edges_are_read() -> None:
    assert problems_of(MINIMAL.replace("2024-03-14", "1900-01-01")) == []
    assert problems_of(MINIMAL.replace("2024-03-14", "2200-12-31")) == []


def test_an_agenda_day_and_a_signing_date_outside_the_window_are_errors() -> None:
    text = (
        MINIMAL + '\n[signing]\ndated = 9999-12-31\n\n[[agenda]]\nid = "a"\nday = 0001-01-01\n'
        'start = 09:00:00\nminutes = 10\ntitle = "Buka"\n'
    )
    found = sorted((p.line, p.code) for p in problems_of(text))
    assert found == [(8, "bad-value"), (12, "bad-value")]


def test_an_event_of_more_than_366_days_is_an_error_at_its_end() -> None:
    line, _, code, message = only_problem(MINIMAL + "end = 2025-03-15\n")
    assert (line, code) == (6, "bad-value")
    assert "366" in message
    assert problems_of(MINIMAL + "end = 2025-03-14\n") == []


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("command", ["check", "show", "export"])
def test_edge_dates_in_check_show_and_export(
    tmp_path: Path, day: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plan(tmp_path / "ws", MINIMAL.replace("2024-03-14", day))
    args = {
        "check": ["check", "--lang", "en", str(path)],
        "show": ["show", str(path)],
        "export": ["export", "--what", "agenda", "--format", "txt", str(path)],
    }[command]
    assert main(args) != 0
    out, err = capsys.readouterr()
    assert "plan.toml:5:1:" in out + err


def test_cr_only_line_ends_are_refused_at_the_first_line_end() -> None:
    text = MINIMAL.replace("\n", "\r")
    line, column, code, message = only_problem(text)
    assert (line, column, code) == (1, len("schema_version = 1") + 1, "syntax")
    assert "CR" in message


def test_crlf_line_ends_are_read() -> None:
    assert problems_of(MINIMAL.replace("\n", "\r\n")) == []


@pytest.mark.parametrize("written", ["24:00:00", "24:00"])
def test_hour_24_is_told_plainly(written: str) -> None:
    text = MINIMAL + f'\n[[agenda]]\nid = "a"\nstart = {written}\nminutes = 10\ntitle = "x"\n'
    line, column, code, message = only_problem(text)
    assert (line, column, code) == (9, 9, "syntax")
    assert "24:00 is not a time of day" in message


def test_an_escaped_key_is_located_at_its_line() -> None:
    text = MINIMAL + '\n[[people]]\nid = "a"\n"nam\\u0065" = 3\n'
    line, column, code, _ = only_problem(text)
    assert (line, column, code) == (9, 1, "bad-value")


# Hostile files, drawn: whatever they hold, a clean load or located problems.

# Dates and times as TOML writes them, bare: at the ends of Python's calendar and past
# the hours of a day.
_BARE = [
    "0001-01-01",
    "9999-12-31",
    "1900-01-01",
    "2200-12-31",
    "00:00:00",
    "23:59:59",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59",
]
_SCALARS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from([*_BARE, "\x1b[2J", "\u200b", "   ", "\u202e"]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "name", "id", "\x1b"]), inner, max_size=3)
    ),
    max_leaves=8,
)
_KEYS = st.sampled_from(
    ["id", "name", "title", "day", "start", "end", "minutes", "represented_by", "quotas"]
) | st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=6)


def _toml_string(value: str) -> str:
    escaped = "".join(
        ch
        if ch.isprintable() and ch not in '"\\'
        else (f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
        for ch in value
    )
    return f'"{escaped}"'


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        if value in _BARE:
            return value
        return _toml_string(value)
    if isinstance(value, float):
        return "nan" if value != value else repr(value)  # inf, -inf and 1e+300 are TOML
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{_toml_string(key)} = {_toml_value(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    return str(value)


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else _toml_string(name)


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    lines = ["schema_version = 1"]
    # 5,000 levels: deeper than tomllib can recurse even under hypothesis, which raises
    # Python's recursion limit to about 2,000 while it runs a test.
    depth = draw(st.sampled_from([0, 0, 3, 20, 5000]))
    if depth:
        lines.append("deep = " + "[" * depth + "1" + "]" * depth)
    lines += ["", "[event]"]
    keys = st.sampled_from(["title", "start", "end", "kind", "status", "timezone"]) | _KEYS
    for key in draw(st.lists(keys, max_size=6, unique=True)):
        lines.append(f"{_key(key)} = {_toml_value(draw(_VALUES))}")
    for _ in range(draw(st.integers(0, 3))):
        table = draw(st.sampled_from(["people", "agenda", "venues", "delegations", "calendar"]))
        lines.append(f"[[{table}]]")
        for key in draw(st.lists(_KEYS, max_size=5, unique=True)):
            lines.append(f"{_key(key)} = {_toml_value(draw(_VALUES))}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    noise = draw(st.sampled_from([b"", b"\r", b"\x00", b"\x1b]52;c;aGk=\x07", b"\xff"]))
    # Anywhere but inside the deep line, which would then end before it is deep.
    at = draw(st.integers(len(lines[0]) + (depth * 2 + 10 if depth else 0), len(data)) | st.just(0))
    return data[:at] + noise + data[at:]


def _assert_located(load: Callable[[Path], object], path: Path) -> None:
    try:
        load(path)
    except LoadError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1
            assert LOCATED.match(problem.render("en")), problem.render("en")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_files(), st.booleans())
def test_hostile_files_load_or_report_located_problems(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, as_settings: bool
) -> None:
    """Drawn plan files, or the same as the workspace's gathertui.toml, through the
    reader, the glance and `check`: a clean load or located problems, never a traceback."""
    folder = tmp_path_factory.mktemp("ws")
    if as_settings:
        path = folder / "gathertui.toml"
        _plan(folder, MINIMAL)
        path.write_bytes(data)
        _assert_located(load_settings, path)
        settings_language(folder)
    else:
        path = folder / "plan.toml"
        path.write_bytes(data)
        _assert_located(load_plan, path)
    glance_folder(folder)
    code = main(["check", "--lang", "en", str(folder)])
    assert code in (0, 1, 2)


@pytest.mark.parametrize("year", ["-5", "0", "100000", "1899", "abc"])
@pytest.mark.parametrize("command", ["calendar", "export"])
def test_a_year_outside_the_window_is_a_usage_error(
    tmp_path: Path, year: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plan(tmp_path / "ws", MINIMAL)
    args = {
        "calendar": ["calendar", "--year", year, str(path.parent)],
        "export": ["export", "--what", "calendar", "--format", "txt", "--year", year, str(path)],
    }[command]
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    assert "not a year from 1900 to 2200" in capsys.readouterr().err


def test_a_quota_past_1000_places_is_an_error_at_the_key() -> None:
    text = MINIMAL + '\n[[delegations]]\nid = "d"\nname = "D"\nquotas = {online = 1001}\n'
    line, _, code, message = only_problem(text)
    assert (line, code) == (10, "bad-value")
    assert "1000" in message
    assert problems_of(text.replace("1001", "1000")) == []


def test_the_files_a_sync_records_survive_a_nested_settings_file(tmp_path: Path) -> None:
    _plan(tmp_path, DEEP, "gathertui.toml")
    assert workspace_files(tmp_path) == list(WORKSPACE_FILES)


@pytest.mark.parametrize(
    "text",
    [
        'a = "' + "[" * 40 + '"',
        "a = '" + "{" * 40 + "'",
        'a = """\n' + "[" * 40 + '\n"""',
        "a = '''\n" + "[" * 40 + "'''",
        "# " + "[" * 40,
        'a = "\\"' + "[" * 40 + '"',
        "a = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH,
    ],
)
def test_brackets_in_strings_and_comments_do_not_nest(text: str) -> None:
    assert too_deep(text) is None


def test_the_first_bracket_past_the_limit_is_named() -> None:
    assert too_deep("a = [\n" + "{x = [" * 9) == (2, 48)
    assert too_deep("a = " + "[" * (MAX_DEPTH + 1)) == (1, 5 + MAX_DEPTH)


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--date", "0001-01-01", "from 1900 to 2200"),
        ("--date", "9999-12-31", "from 1900 to 2200"),
        ("--title", "\u200b", "a title needs a visible character"),
        ("--title", "   ", "a title needs a visible character"),
    ],
)
def test_new_refuses_what_no_plan_may_hold(
    tmp_path: Path, option: str, value: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.toml"
    with pytest.raises(SystemExit) as exited:
        main(["new", str(path), option, value])
    assert exited.value.code == 2
    assert said in capsys.readouterr().err
    assert not path.exists()


def test_a_number_of_5000_digits_is_refused(tmp_path: Path) -> None:
    text = MINIMAL + "\n[notes]\nbig = 1" + "0" * 5000 + "\n"
    line, column, code, message = only_problem(text)
    assert (line, column, code) == (8, 7, "syntax")
    assert "too large or too complex" in message
    path = _plan(tmp_path, text)
    assert glance_plan(path) == Glance(path, reason="syntax")


def test_the_workspace_calendar_keeps_the_same_window(tmp_path: Path) -> None:
    path = _plan(
        tmp_path,
        '[[calendar]]\nid = "a"\ntitle = "A"\nstart = 0001-01-01\n\n'
        '[[calendar]]\nid = "b"\ntitle = "B"\nstart = 2024-01-01\nend = 2200-01-01\n\n'
        "[[holidays]]\ndate = 9999-12-31\n",
        "gathertui.toml",
    )
    with pytest.raises(LoadError) as raised:
        load_settings(path)
    found = [(p.line, p.code) for p in raised.value.problems]
    assert found == [(4, "bad-value"), (10, "bad-value"), (13, "bad-value")]


@pytest.mark.parametrize("written", ["2024-03-14T24:00:00", "2024-03-14 24:00"])
def test_hour_24_in_a_date_time_is_told_plainly(written: str) -> None:
    line, column, code, message = only_problem(MINIMAL.replace("2024-03-14", written))
    assert (line, column, code) == (5, 20, "syntax")
    assert "24:00 is not a time of day" in message
