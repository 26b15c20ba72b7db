"""Reading plan and settings files: bytes → text → TOML → validated model.

Every way a file can be wrong ends as a `LoadError` carrying problems with a file, line
and column; nothing here raises anything else for bad content.
"""

from __future__ import annotations

import re
import stat
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from gathertui.describe import describe, entity_label, finding_message, show_value
from gathertui.i18n import Message, msg
from gathertui.i18n.os_errors import os_reason
from gathertui.model.migrate import VersionError, migrate
from gathertui.model.plan import SCHEMA_VERSION, Plan
from gathertui.model.references import Finding, plan_findings, settings_findings
from gathertui.model.workspace import WorkspaceSettings
from gathertui.nesting import MAX_DEPTH, too_deep
from gathertui.problems import Problem, Severity
from gathertui.storage.comments import Comments, extract_comments
from gathertui.storage.locate import SourceIndex
from gathertui.storage.syntax import explain

# A plan of 5,000 people is about 1.5 MB; anything past this is not a plan.
MAX_FILE_BYTES = 32 * 1024 * 1024
BOM = b"\xef\xbb\xbf"
_TOML_POSITION = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_TOML_END = re.compile(r"^(?P<what>.*?)\s*\(at end of document\)$")
# A carriage return not followed by a line feed: TOML's line ends are LF and CRLF only.
_LONE_CR = re.compile(r"\r(?!\n)")
# An hour written 24 where tomllib stopped: `24:00`, or `T24:00` in a date-time.
_HOUR_24 = re.compile(r"(?<![0-9])24:[0-9]{2}")
# A run of digits longer than int() converts by default (sys.get_int_max_str_digits).
_LONG_NUMBER = re.compile(r"[0-9_]{4300,}")
# What Python raises, rather than TOMLDecodeError or ValidationError, on a file made to
# break it: recursion, numbers and dates out of range, values too large for memory.
_HOSTILE = (RecursionError, OverflowError, MemoryError, ValueError)

ModelT = TypeVar("ModelT", bound=BaseModel)


class UnreadableFile(Exception):
    """The file could not be read at all (missing, a folder, no permission)."""

    def __init__(self, path: Path, reason: Message) -> None:
        super().__init__(f"{path}: {reason.render('en')}")
        self.path = path
        self.reason = reason


class LoadError(Exception):
    """The file was read but is not a valid plan; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        problems = sorted(problems, key=lambda p: (p.line, p.column))
        super().__init__("; ".join(p.render("en") for p in problems))
        self.problems = problems


@dataclass
class Source:
    """A file's bytes as read, kept to detect changes on disk and to find lines."""

    path: Path
    raw: bytes
    text: str
    notices: list[Problem] = field(default_factory=list)

    @cached_property
    def index(self) -> SourceIndex:
        return SourceIndex.of(self.text)

    def lines(self) -> list[str]:
        # TOML breaks lines at \n alone; str.splitlines() would also break at U+2028.
        lines = [line.removesuffix("\r") for line in self.text.split("\n")]
        return lines[:-1] if len(lines) > 1 and not lines[-1] else lines

    @property
    def header(self) -> str | None:
        """The `#:schema ...` directive on the first line, kept when the file is saved."""
        first = self.text.split("\n", 1)[0].rstrip("\r")
        return first if first.startswith("#:schema") else None

    @cached_property
    def comments(self) -> Comments:
        """The comments a person wrote, anchored, so a save writes them back."""
        if "#" not in self.text or not self.index.comments:
            return Comments()
        try:
            document = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError:
            return Comments()  # a file that does not parse is never saved over
        return extract_comments(self.text, document, self.index)

    def problem(
        self,
        code: str,
        message: Message,
        path: tuple[str | int, ...] = (),
        severity: Severity = Severity.ERROR,
        at: tuple[int, int] | None = None,
    ) -> Problem:
        line, column = at or self.index.position(path)
        return Problem(code, severity, message, self.path, path, line, column)


@dataclass
class Loaded(Generic[ModelT]):
    source: Source
    model: ModelT


def read_source(path: Path) -> Source:
    return decode_source(path, read_file_bytes(path))


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, one past MAX_FILE_BYTES at most (`decode_source` says it is too
    large); UnreadableFile if it cannot be read."""
    try:
        # A pipe or a device named *.toml would block the read (or never end): only a
        # regular file is opened. A folder is left to open(), which says so.
        status = path.stat()
    except OSError as error:
        raise UnreadableFile(path, os_reason(error)) from None
    if not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):
        raise UnreadableFile(path, msg("load.not_regular"))
    size = status.st_size
    try:
        with path.open("rb") as handle:
            # The size the file had, and a byte more to see whether it grew since; only
            # then is it read on, to the limit. Asking for the limit at once would have
            # the system lay out 32 MiB for every file: half the time of the read.
            raw = handle.read(min(size, MAX_FILE_BYTES) + 1)
            if size < len(raw) <= MAX_FILE_BYTES:
                raw += handle.read(MAX_FILE_BYTES + 1 - len(raw))
            return raw
    except OSError as error:
        raise UnreadableFile(path, os_reason(error)) from None


def decode_source(path: Path, raw: bytes) -> Source:
    blank = Source(path, raw, "")
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise LoadError([blank.problem("too-large", msg("load.too_large", limit=limit), at=(1, 1))])
    notices = []
    body = raw
    if raw.startswith(BOM):
        body = raw[len(BOM) :]
        notices.append(blank.problem("bom", msg("load.bom"), severity=Severity.WARNING, at=(1, 1)))
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        before = body[: error.start]
        line = before.count(b"\n") + 1
        # Columns count characters, as everywhere else, not bytes.
        line_start = before[before.rfind(b"\n") + 1 :]
        column = len(line_start.decode("utf-8", errors="replace")) + 1
        byte = body[error.start]
        raise LoadError(
            [
                blank.problem(
                    "encoding", msg("load.not_utf8", byte=f"0x{byte:02x}"), at=(line, column)
                )
            ]
        ) from None
    if "\x00" in text:
        at = _at(text, text.index("\x00"))
        raise LoadError([blank.problem("encoding", msg("load.binary"), at=at)])
    return Source(path, raw, text, notices)


def parse_toml(source: Source) -> dict[str, Any]:
    """The document of `source`; a LoadError for an empty file, one that nests past
    MAX_DEPTH (said first, whatever else is wrong with it), and any other syntax error.

    The nesting is looked for in the text only when the parse fails or its document
    nests that deep, not in every file before it is parsed (a tenth of the parse of a
    5,000-person plan). Letting tomllib meet a deeply nested file first is safe from
    Python 3.11 on: its recursion is Python calling Python, which uses no C stack
    (whatever the thread's stack size), so it ends in a RecursionError at the
    interpreter's recursion limit, caught below like any hostile value."""
    text = source.text
    if not text.strip():
        raise LoadError([source.problem("empty-file", msg("load.empty"), at=(1, 1))])
    lone_cr = _LONE_CR.search(text)
    if lone_cr is not None:
        _refuse_deep(source)
        # Old Mac files end lines in CR alone; tomllib would see one long line and point
        # far along it, so the first such line end is named instead.
        raise LoadError(
            [source.problem("syntax", msg("load.lone_cr"), at=_at(text, lone_cr.start()))]
        )
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        _refuse_deep(source)
        raise LoadError([_syntax_problem(source, str(error))]) from None
    except _HOSTILE:
        _refuse_deep(source)
        raise LoadError([_unreadable_value(source)]) from None
    # Brackets nested past MAX_DEPTH make containers nested as deep; the text is looked
    # at only then (tables of long dotted names nest too, without a bracket).
    if _nests_past(document, MAX_DEPTH):
        _refuse_deep(source)
    return document


def _refuse_deep(source: Source) -> None:
    """A LoadError at the bracket of `source` that opens a level past MAX_DEPTH, if any."""
    deep = too_deep(source.text)
    if deep is not None:
        raise LoadError([source.problem("syntax", msg("load.too_deep", limit=MAX_DEPTH), at=deep)])


def _nests_past(value: dict[str, Any] | list[Any], levels: int) -> bool:
    """Whether `value`, a table or array as tomllib makes them, holds tables or arrays
    more than `levels` levels below it."""
    # Exact types, not isinstance, for the values: a few times faster over the 70,000 of a
    # 5,000-person plan, and tomllib makes nothing else.
    for child in value.values() if isinstance(value, dict) else value:
        kind = type(child)
        if (kind is dict or kind is list) and (levels == 0 or _nests_past(child, levels - 1)):
            return True
    return False


def _at(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of `offset` in `text`."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _unreadable_value(source: Source) -> Problem:
    # Python names no place. A number longer than Python converts (4,300 digits) is the
    # usual cause, and is found; otherwise the top of the file is the honest place.
    long_number = _LONG_NUMBER.search(source.text)
    at = _at(source.text, long_number.start()) if long_number else (1, 1)
    return source.problem("syntax", msg("load.too_complex"), at=at)


def _syntax_problem(source: Source, text: str) -> Problem:
    lines = source.lines()
    found = _TOML_POSITION.match(text)
    if found:
        line, column = int(found["line"]), int(found["col"])
        what = found["what"]
    else:
        end = _TOML_END.match(text)
        # Past the last line: the file ended while a value was still open.
        line, column = len(lines) + 1, 1
        what = end["what"] if end else text
    hour_24 = _hour_24(lines, line, column)
    if hour_24 is not None:
        return source.problem("syntax", msg("load.hour_24"), at=(line, hour_24))
    detail, line, column = explain(what, lines, line, column)
    if line > len(lines):
        line, column = len(lines), len(lines[-1]) + 1 if lines else 1
    return source.problem("syntax", msg("load.syntax", detail=detail), at=(line, column))


def _hour_24(lines: list[str], line: int, column: int) -> int | None:
    """The column of an hour written 24 (`start = 24:00:00`) that tomllib stopped at or
    just after; tomllib reads `24` as a number and complains of what follows."""
    if not 1 <= line <= len(lines):
        return None
    for found in _HOUR_24.finditer(lines[line - 1]):
        if found.start() <= column <= found.end() + 1:
            return found.start() + 1
    return None


def _validate(source: Source, document: dict[str, Any], model: type[ModelT]) -> ModelT:
    try:
        return model.model_validate(document)
    except ValidationError as error:
        problems = []
        for detail in error.errors(include_url=False):
            path = tuple(detail["loc"])
            code, message = describe(detail, model)
            label = entity_label(path, document)
            if label is not None:
                message = msg("problem.about", entity=label, problem=message)
            problems.append(source.problem(code, message, path))
        raise LoadError(problems) from None


def _finding_problems(source: Source, document: dict[str, Any], findings: list[Finding]) -> None:
    if findings:
        raise LoadError(
            [
                source.problem(
                    f.code,
                    msg(
                        "problem.about",
                        entity=entity_label(f.path, document),
                        problem=finding_message(f),
                    ),
                    f.path,
                )
                for f in findings
            ]
        )


def _version_problem(source: Source, error: VersionError) -> Problem:
    path = ("schema_version",)
    if error.reason == "missing":
        return source.problem(
            "schema-version", msg("load.version_missing", current=SCHEMA_VERSION), at=(1, 1)
        )
    key = f"load.version_{error.reason.replace('-', '_')}"
    return source.problem(
        "schema-version", msg(key, found=show_value(error.found), current=SCHEMA_VERSION), path
    )


def _keeping_notices(source: Source, error: LoadError) -> LoadError:
    """The error with the file's notices (a byte-order mark, ...) so none is lost."""
    return LoadError(source.notices + error.problems)


def plan_from_source(source: Source) -> Plan:
    try:
        return _plan_from_source(source)
    except LoadError as error:
        raise _keeping_notices(source, error) from None
    except _HOSTILE:
        raise _keeping_notices(source, LoadError([_unreadable_value(source)])) from None


def settings_from_source(source: Source) -> WorkspaceSettings:
    try:
        return _settings_from_source(source)
    except LoadError as error:
        raise _keeping_notices(source, error) from None
    except _HOSTILE:
        raise _keeping_notices(source, LoadError([_unreadable_value(source)])) from None


def _plan_from_source(source: Source) -> Plan:
    document = parse_toml(source)
    try:
        document = migrate(document)
    except VersionError as error:
        raise LoadError([_version_problem(source, error)]) from None
    plan = _validate(source, document, Plan)
    _finding_problems(source, document, plan_findings(plan))
    return plan


def _settings_from_source(source: Source) -> WorkspaceSettings:
    document = parse_toml(source)
    version = document.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise LoadError([_version_problem(source, VersionError(version, "too-new"))])
    settings = _validate(source, document, WorkspaceSettings)
    _finding_problems(source, document, settings_findings(settings))
    return settings


def load_plan(path: Path) -> Loaded[Plan]:
    source = read_source(path)
    return Loaded(source, plan_from_source(source))


def load_settings(path: Path) -> Loaded[WorkspaceSettings]:
    source = read_source(path)
    return Loaded(source, settings_from_source(source))
