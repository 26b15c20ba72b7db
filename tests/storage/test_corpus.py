"""The bad-input corpus: every file in tests/corpus has exactly one problem at a known place.

Each expectation was worked out by reading the file (line numbers are 1-based; the column
is that of the offending key or value, or of the entity's `[...]` header when a key is
missing). Where gathertui says something else, the case keeps the correct expectation
and is marked as a strict expected failure with what the tool says instead.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gathertui.problems import Severity
from gathertui.storage import LoadError, load_plan

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# The files that load: their notices are tested on their own below.
LOADS = {"bom-valid"}

CATEGORIES = "official, staff, online, print, tv, radio, influencer, kim, other"
ATTENDANCES = "invited, confirmed, attended, declined, represented"
KINDS = "visit, media-gathering, meeting, other"
STATUSES = "draft, confirmed, done, cancelled"
SLUG = '"id" must be an id of lowercase letters, digits and dashes (like sambutan-walikota), not '
ZONE = (
    '"timezone" must be an IANA time zone such as Asia/Jakarta (WIB), '
    "Asia/Makassar (WITA) or Asia/Jayapura (WIT), not "
)
NOT_TOML = "this is not valid TOML: "
EMPTY = "the file is empty; a plan needs at least `schema_version = 1` and an [event]"


def case(
    name: str,
    line: int,
    column: int,
    code: str,
    message: str,
    *,
    partial: bool = False,
    wrong: str | None = None,
) -> Any:
    """One corpus file and its one problem.

    `message` is the whole English message, or with `partial=True` the part that must be
    in it. `wrong` says what gathertui does instead; the case is then a strict expected
    failure until it is fixed.
    """
    marks = [pytest.mark.xfail(strict=True, reason=wrong)] if wrong else []
    return pytest.param(name, line, column, code, message, partial, id=name, marks=marks)


CASES = [
    # TOML syntax: the position is where the parser stops, the detail is tomllib's.
    case(
        "syntax-unclosed-string",
        4,
        36,
        "syntax",
        NOT_TOML + "a string is not closed; the closing quote is missing on this line",
    ),
    case(
        "syntax-missing-equals",
        12,
        6,
        "syntax",
        NOT_TOML + "a key must be followed by = and a value",
    ),
    case(
        "syntax-duplicate-key",
        5,
        1,
        "syntax",
        NOT_TOML + 'the key "title" is set twice in the same table',
    ),
    case(
        "syntax-duplicate-table",
        10,
        1,
        "syntax",
        NOT_TOML + "[event] is declared twice; merge the two, or use [[event]] for a list",
    ),
    case(
        "syntax-array-missing-comma",
        14,
        27,
        "syntax",
        NOT_TOML + "a list is not closed with ], or a comma is missing between its items",
    ),
    case(
        "syntax-unclosed-array-at-end",
        36,
        23,
        "syntax",
        NOT_TOML + "the file ends inside a value: a list, table or string is not closed",
    ),
    case(
        "syntax-invalid-month",
        6,
        9,
        "syntax",
        NOT_TOML + "not a valid date; dates are written 2023-05-26 (year-month-day)",
    ),
    case(
        "syntax-invalid-day",
        6,
        9,
        "syntax",
        NOT_TOML + "not a valid date; dates are written 2023-05-26 (year-month-day)",
    ),
    case(
        "syntax-time-offset",
        31,
        17,
        "syntax",
        NOT_TOML + "09:45:00+07:00 has a UTC offset; write the local time without offset, such as "
        "09:45:00, and the zone in the event's timezone",
    ),
    # Wrong types.
    case(
        "type-minutes-text",
        32,
        1,
        "bad-value",
        'agenda item "pembukaan": "minutes" must be a whole number, not "ten"',
    ),
    case(
        "type-capacity-text",
        13,
        1,
        "bad-value",
        'venue "aula": "capacity" must be a whole number, not "120"',
    ),
    case(
        "type-agenda-start-noon",
        31,
        1,
        "bad-value",
        'agenda item "pembukaan": "start" must be a time such as 09:45:00, not "noon"',
    ),
    case(
        "type-agenda-start-datetime",
        31,
        1,
        "bad-value",
        'agenda item "pembukaan": "start" must be a time such as 09:45:00, '
        "not 2024-05-20T09:45:00+07:00",
    ),
    case(
        "type-event-start-text",
        6,
        1,
        "bad-value",
        'table [event]: "start" must be a date such as 2023-05-26, not "2024-05-20"',
    ),
    case(
        "type-pinned-yes",
        33,
        1,
        "bad-value",
        'agenda item "pembukaan": "pinned" must be true or false, not "yes"',
    ),
    case(
        "type-speakers-not-list",
        36,
        1,
        "bad-value",
        'agenda item "pembukaan": "speakers" must be a list such as ["a", "b"], not "sunarto"',
    ),
    case(
        "type-people-table-not-array",
        20,
        1,
        "bad-value",
        "write each entry as its own [[people]] block, not one [people] table",
    ),
    case(
        "bound-quotas-online-negative",
        18,
        12,
        "bad-value",
        'delegation "pers": "quotas.online" must be at least 0, not -1',
    ),
    case(
        "bound-minutes-zero",
        32,
        1,
        "bad-value",
        'agenda item "pembukaan": "minutes" must be more than 0, not 0',
    ),
    # Unknown keys.
    case("unknown-key-event", 9, 1, "unknown-key", 'table [event]: unknown key "location"'),
    case(
        "unknown-key-person-typo",
        24,
        1,
        "unknown-key",
        'person "sunarto": unknown key "positon"; did you mean "position"?',
    ),
    case(
        "unknown-key-quotas",
        18,
        12,
        "unknown-key",
        'delegation "pers": unknown key "onlin"; did you mean "online"?',
    ),
    case(
        "unknown-key-quotas-dotted",
        19,
        1,
        "unknown-key",
        'delegation "pers": unknown key "onlin"; did you mean "online"?',
    ),
    case(
        "unknown-key-top-level-table",
        10,
        1,
        "unknown-key",
        'unknown key "venue"; did you mean "venues"?',
    ),
    # Missing keys: reported at the entity's header.
    case("missing-event-title", 3, 1, "missing-key", 'table [event]: "title" is missing'),
    case(
        "missing-agenda-minutes",
        28,
        1,
        "missing-key",
        'agenda item "pembukaan": "minutes" is missing',
    ),
    case("missing-person-name", 20, 1, "missing-key", 'person "sunarto": "name" is missing'),
    case("missing-agenda-id", 28, 1, "missing-key", 'agenda item #1: "id" is missing'),
    case("missing-event-table", 1, 1, "missing-key", '"event" is missing'),
    # Values outside a closed vocabulary.
    case(
        "enum-person-category",
        25,
        1,
        "bad-value",
        f'person "sunarto": "category" must be one of {CATEGORIES}, not "offical"; '
        'did you mean "official"?',
    ),
    case(
        "enum-person-attendance",
        26,
        5,
        "bad-value",
        f'person "sunarto": "attendance" must be one of {ATTENDANCES}, not "yes"',
    ),
    case(
        "enum-event-kind",
        5,
        1,
        "bad-value",
        f'table [event]: "kind" must be one of {KINDS}, not "media gathering"; '
        'did you mean "media-gathering"?',
    ),
    case(
        "enum-event-status",
        9,
        1,
        "bad-value",
        f'table [event]: "status" must be one of {STATUSES}, not "canceled"; '
        'did you mean "cancelled"?',
    ),
    # Ids.
    case("id-uppercase", 11, 1, "bad-value", f'venue "Aula": {SLUG}"Aula"'),
    case("id-spaces", 21, 1, "bad-value", f'person "su narto": {SLUG}"su narto"'),
    case(
        "duplicate-id-person",
        29,
        1,
        "duplicate-id",
        'person "sunarto": id "sunarto" is used twice; ids must be unique',
    ),
    case(
        "duplicate-id-agenda",
        39,
        1,
        "duplicate-id",
        'agenda item "pembukaan": id "pembukaan" is used twice; ids must be unique',
    ),
    # References to ids that do not exist.
    case(
        "ref-person-delegation",
        23,
        1,
        "unknown-reference",
        'person "sunarto": delegation "media" does not exist',
    ),
    case(
        "ref-agenda-venue",
        34,
        1,
        "unknown-reference",
        'agenda item "pembukaan": venue "ruang-rapat" does not exist',
    ),
    case(
        "ref-agenda-pic",
        35,
        1,
        "unknown-reference",
        'agenda item "pembukaan": person in charge "budi" does not exist',
    ),
    case(
        "ref-agenda-speaker",
        36,
        # The entry in the list, not the key.
        24,
        "unknown-reference",
        'agenda item "pembukaan": speaker "budi" does not exist',
    ),
    # Dates.
    case(
        "date-end-before-start",
        7,
        1,
        "bad-value",
        'table [event]: "end" (2024-05-20) is before "start" (2024-05-21)',
    ),
    case(
        "date-agenda-day-outside",
        30,
        1,
        "day-outside-event",
        'agenda item "pembukaan": day 2024-05-25 is outside the event (2024-05-20 to 2024-05-21)',
    ),
    # Time zones.
    case("zone-utc-offset", 8, 1, "bad-value", f'table [event]: {ZONE}"UTC+7"'),
    case("zone-unknown", 8, 1, "bad-value", f'table [event]: {ZONE}"Asia/Nowhere"'),
    # Schema version.
    case(
        "version-missing",
        1,
        1,
        "schema-version",
        "schema_version is missing; add `schema_version = 1` at the top",
    ),
    case(
        "version-string",
        2,
        1,
        "schema-version",
        'schema_version must be a whole number such as 1, not "1"',
    ),
    case(
        "version-too-new",
        2,
        1,
        "schema-version",
        "schema_version 99 is newer than this gathertui reads (1); update gathertui",
    ),
    case(
        "version-too-old",
        2,
        1,
        "schema-version",
        "schema_version 0 is not a version gathertui knows (current: 1)",
    ),
    # Bytes that are not a plan's text.
    case("encoding-empty", 1, 1, "empty-file", EMPTY),
    case("encoding-whitespace-only", 1, 1, "empty-file", EMPTY),
    case(
        "encoding-binary-garbage",
        1,
        1,
        "encoding",
        "the file is not UTF-8 text (byte 0x89 here); save it as UTF-8",
    ),
    case(
        "encoding-nul-byte",
        4,
        15,
        "encoding",
        "the file holds binary data (a NUL byte here), not TOML text",
    ),
    case(
        "encoding-invalid-utf8-line3",
        3,
        22,
        "encoding",
        "the file is not UTF-8 text (byte 0xe9 here); save it as UTF-8",
    ),
    case(
        "encoding-invalid-utf8-after-multibyte",
        3,
        29,
        "encoding",
        "the file is not UTF-8 text (byte 0xe9 here); save it as UTF-8",
    ),
    # Line endings, byte-order marks and characters that look like line breaks.
    case(
        "crlf-bad-value-line4",
        4,
        1,
        "bad-value",
        f'table [event]: "kind" must be one of {KINDS}, not "visti"; did you mean "visit"?',
    ),
    case(
        "crlf-syntax-line4",
        4,
        7,
        "syntax",
        NOT_TOML + "a key must be followed by = and a value",
    ),
    case("bom-error-line2", 2, 11, "bad-value", 'table [event]: "title" must not be empty'),
    case(
        "unicode-line-separator-in-notes",
        26,
        1,
        "bad-value",
        f'person "sunarto": "category" must be one of {CATEGORIES}, not "offical"; '
        'did you mean "official"?',
    ),
    case(
        "multiline-notes-before-error",
        42,
        # The entry in the list, not the key.
        24,
        "unknown-reference",
        'agenda item "pembukaan": speaker "budi" does not exist',
    ),
]


def test_every_corpus_file_has_an_expectation() -> None:
    names = {path.stem for path in CORPUS.glob("*.toml")}
    expected = {param.values[0] for param in CASES} | LOADS
    assert names == expected
    assert len(CASES) == len(expected - LOADS)


@pytest.mark.parametrize(("name", "line", "column", "code", "message", "partial"), CASES)
def test_corpus_file_has_its_one_problem(
    name: str, line: int, column: int, code: str, message: str, partial: bool
) -> None:
    path = CORPUS / f"{name}.toml"
    with pytest.raises(LoadError) as caught:
        load_plan(path)
    # Notices such as the byte-order mark come along as warnings; the error is alone.
    problems = [p for p in caught.value.problems if p.severity is Severity.ERROR]
    assert [p.render("en") for p in problems] == [problems[0].render("en")]
    problem = problems[0]
    text = problem.message.render("en")
    assert (problem.line, problem.column, problem.code) == (line, column, code), text
    assert problem.severity is Severity.ERROR
    if partial:
        assert message in text
    else:
        assert text == message
        assert problem.render("en") == f"{path}:{line}:{column}: error: {message} [{code}]"


def test_bom_file_loads_with_a_warning() -> None:
    loaded = load_plan(CORPUS / "bom-valid.toml")
    assert loaded.model.event.title == "Media Gathering Semester I"
    notices = loaded.source.notices
    assert [(n.code, n.severity, n.line, n.column) for n in notices] == [
        ("bom", Severity.WARNING, 1, 1)
    ]
    assert notices[0].message.render("en") == (
        "the file starts with a byte-order mark; `gathertui fmt` removes it"
    )


CHECK_LINE = re.compile(r"^.+:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$")


def test_check_on_the_corpus_folder() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gathertui", "check", "--lang", "en", str(CORPUS)],
        capture_output=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUTF8": "1"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stdout.split("\n")
    if lines[-1] == "":
        lines.pop()
    assert lines
    assert [line for line in lines if not CHECK_LINE.match(line)] == []


def test_bom_notice_is_kept_beside_an_error() -> None:
    with pytest.raises(LoadError) as caught:
        load_plan(CORPUS / "bom-error-line2.toml")
    assert [p.code for p in caught.value.problems] == ["bom", "bad-value"]
