"""The reader looks for nesting past MAX_DEPTH only when the parse fails or its document
nests that deep (issue 18), and says it as it did when it looked first: before any other
syntax error, at the first bracket past the limit, in any thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from gathertui.nesting import MAX_DEPTH
from gathertui.storage import LoadError
from gathertui.storage.reader import Source, parse_toml
from helpers import MINIMAL, only_problem

# Deep enough that tomllib parses it, and one level past the limit.
JUST_PAST = "a = " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n"
# Deep enough that tomllib gives up with a RecursionError.
HOSTILE = "a = " + "[" * 5000 + "]" * 5000 + "\n"


def test_a_file_tomllib_reads_is_still_refused_past_the_limit() -> None:
    line, column, code, message = only_problem(MINIMAL + "\n[notes]\n" + JUST_PAST)
    assert (line, column, code) == (8, 5 + MAX_DEPTH, "syntax")
    assert "nested" in message


def test_the_limit_itself_is_read() -> None:
    text = "a = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n"
    assert parse_toml(Source(Path("x.toml"), text.encode(), text)) is not None


@pytest.mark.parametrize(
    "after",
    [
        "b = = 1\n",  # a syntax error further down
        "c = 1\rd = 2\n",  # an old Mac line end
    ],
)
def test_the_nesting_is_said_before_other_syntax_errors(after: str) -> None:
    line, column, _, message = only_problem(MINIMAL + "\n[notes]\n" + JUST_PAST + after)
    assert (line, column) == (8, 5 + MAX_DEPTH)
    assert "nested" in message


def test_nesting_that_breaks_tomllib_is_said_at_its_bracket() -> None:
    line, column, _, message = only_problem(MINIMAL + "\n[notes]\n" + HOSTILE)
    assert (line, column) == (8, 5 + MAX_DEPTH)
    assert "nested" in message


def test_deep_tables_of_dotted_names_are_not_nesting() -> None:
    name = ".".join(f"t{n}" for n in range(MAX_DEPTH + 4))
    text = f"[{name}]\nx = 1\ny = [[1, 2], {{z = [3]}}]\n"
    document = parse_toml(Source(Path("x.toml"), text.encode(), text))
    assert document["t0"]["t1"]["t2"] is not None


def test_a_thread_with_a_small_stack_gets_the_sameonly_problem() -> None:
    found: list[BaseException] = []

    def read() -> None:
        try:
            parse_toml(Source(Path("x.toml"), HOSTILE.encode(), HOSTILE))
        except LoadError as error:
            found.append(error)

    size = threading.stack_size(256 * 1024)
    try:
        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    finally:
        threading.stack_size(size)
    [error] = found
    assert isinstance(error, LoadError)
    [problem] = error.problems
    assert (problem.line, problem.column) == (1, 5 + MAX_DEPTH)
