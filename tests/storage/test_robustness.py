"""Whatever bytes a plan file holds, loading ends in a plan or in located problems."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLANS, VISIT
from gathertui.storage import LoadError, load_settings
from gathertui.storage import reader as reader_module
from gathertui.storage.reader import decode_source, plan_from_source

VISIT_TEXT = (PLANS / VISIT).read_bytes()
RENDERED = re.compile(r"^plan\.toml:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$")


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """The example visit with a few random cuts, insertions and swaps."""
    data = bytearray(VISIT_TEXT)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["cut", "insert", "swap-lines"]))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=8)
                | st.sampled_from(
                    [b"[", b"]]", b'"', b"=", b"\n[[people]]\n", b"\x00", b"\xff", b"#", b"{"]
                )
            )
        else:
            lines = bytes(data).split(b"\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_plans_load_or_report_located_problems(data: bytes) -> None:
    try:
        plan_from_source(decode_source(Path("plan.toml"), data))
    except LoadError as error:
        assert error.problems
        lines = data.count(b"\n") + 1
        for problem in error.problems:
            assert 1 <= problem.line <= lines
            assert problem.column >= 1
            for lang in ("en", "id"):
                assert RENDERED.match(problem.render(lang)), problem.render(lang)


def test_huge_file_is_refused_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "besar.toml"
    path.write_bytes(VISIT_TEXT)
    with pytest.raises(LoadError) as error:
        reader_module.load_plan(path)
    (problem,) = error.value.problems
    assert (problem.code, problem.line) == ("too-large", 1)
    assert "larger than" in problem.message.render("en")


def _settings_problem(tmp_path: Path, text: str) -> tuple[int, str, str]:
    path = tmp_path / "gathertui.toml"
    path.write_text(text)
    with pytest.raises(LoadError) as error:
        load_settings(path)
    (problem,) = error.value.problems
    return problem.line, problem.code, problem.message.render("en")


def test_settings_unknown_key(tmp_path: Path) -> None:
    assert _settings_problem(tmp_path, '[settings]\nlanguge = "id"\n') == (
        2,
        "unknown-key",
        'table [settings]: unknown key "languge"; did you mean "language"?',
    )


def test_settings_holiday_move_needs_a_date(tmp_path: Path) -> None:
    text = '[[holidays]]\ndate = 2024-04-10\naction = "move"\n'
    assert _settings_problem(tmp_path, text) == (
        1,
        "missing-key",
        'holiday override #1: action "move" needs "to", the new date',
    )


def test_settings_calendar_event_dates(tmp_path: Path) -> None:
    text = (
        '[[calendar]]\nid = "dugderan"\ntitle = "Dugderan"\nstart = 2024-03-10\nend = 2024-03-09\n'
    )
    line, code, message = _settings_problem(tmp_path, text)
    assert (line, code) == (5, "bad-value")
    assert message.startswith('calendar event "dugderan": "end" (2024-03-09) is before')
