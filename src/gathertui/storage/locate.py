"""Line and column of keys and tables in TOML source.

tomllib gives values but not where they were written; errors and warnings must name a
line. This scanner reads just enough TOML (headers, keys, strings, brackets) to map a
document path such as ("agenda", 3, "venue") to the place a person wrote it. It runs
only when a position is needed, never on the plain load path.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from gathertui.problems import Problem

Path = tuple[str | int, ...]

_BARE_OR_QUOTED_KEY = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_DOTTED_KEY = rf"{_BARE_OR_QUOTED_KEY}(?:\s*\.\s*{_BARE_OR_QUOTED_KEY})*"
_KEY_LINE = re.compile(rf"(\s*)({_DOTTED_KEY})\s*=\s*")
_HEADER = re.compile(rf"(\s*)(\[\[?)\s*({_DOTTED_KEY})\s*\]\]?")
_KEY_PART = re.compile(_BARE_OR_QUOTED_KEY)
# Tokens that change the scanner's state within a line.
_TOKEN = re.compile(r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|[#\[\]{}]')
_INLINE_KEY = re.compile(rf"[{{,]\s*({_BARE_OR_QUOTED_KEY})\s*=")
# A value that changes nothing the scanner knows: a one-line string without escapes, or
# a number, a date, a time or a word.
_PLAIN = r'(?:"[^"\\\n]*"|[^"\'#\[\]{}\n]*)[ \t]*'
_PLAIN_VALUE = re.compile(_PLAIN)
# Most lines of a plan, whole: `key = value` with a plain value. One match answers for
# them what the header, key and value patterns answer apart for the other lines.
_PLAIN_KEY_LINE = re.compile(rf"(\s*)({_DOTTED_KEY})\s*=\s*{_PLAIN}")
# The same matched in the text at a line's start, without cutting the line out first:
# spaces and quoted keys that never reach past the line's end (a CR before it is the
# line end's). What it matches, the line pattern matches alike; other lines go to it.
_BLANK = r"[^\S\n]"
_LINE_KEY = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\')'
_PLAIN_KEY_AT = re.compile(
    rf"({_BLANK}*)({_LINE_KEY}(?:{_BLANK}*\.{_BLANK}*{_LINE_KEY})*){_BLANK}*={_BLANK}*"
    rf"{_PLAIN}\r?(?=\n|\Z)"
)
# What can follow `key =` up to the closing bracket of a list of strings.
_ARRAY_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{]')


# The same few keys are written on most lines of every file (`id`, `name`, `start`):
# each is taken apart once, not once a line.
@lru_cache(maxsize=1024)
def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(_key_name(part) for part in _KEY_PART.findall(dotted))


def _key_name(part: str) -> str:
    """A key as tomllib names it: `"na\\u006de"` is `name`."""
    if part.startswith('"') and "\\" in part:
        try:
            return str(tomllib.loads(f"k = {part}")["k"])
        except tomllib.TOMLDecodeError:
            pass  # a bad escape: the parser reports it, with its own line
    return part.strip("\"'")


@dataclass(frozen=True)
class CommentAt:
    """Where a comment starts (1-based, at its `#`), and the header or key whose lines
    hold it: None for a comment on a line of its own between them."""

    line: int
    column: int
    statement: Path | None


class SourceIndex:
    """Positions (1-based line and column) of every table header and key in a document.

    The text is scanned from the top only as far as a question needs: placing a problem
    about the first tables of a 5,000-person plan reads a few lines, not the whole file
    (a path is written once in a document that parses, so the first place found is the
    place). Comments and statements need the whole text, and scan it to its end.
    """

    def __init__(self, text: str = "") -> None:
        self.text = text
        self._positions: dict[Path, tuple[int, int]] = {}
        self._comment_lines: list[int] = []
        self._comments: list[CommentAt] = []
        self._statements: list[tuple[int, Path]] = []
        # Where the scan stands: the offset in `text` of each line scanned so far, and
        # what the scanner knows at the start of the next one.
        self._starts: list[int] = []
        self._offset = 0
        self._table: Path = ()
        self._aot_counts: dict[tuple[str, ...], int] = {}
        self._in_multiline: str | None = None  # the closing quotes of an open multi-line string
        self._depth = 0  # open brackets of a value spanning lines
        self._statement: Path | None = None  # the header or key whose value the line continues
        # The app may place problems from a worker while the screen asks for a line.
        self._lock = threading.Lock()

    @classmethod
    def of(cls, text: str) -> SourceIndex:
        return cls(text)

    @property
    def positions(self) -> dict[Path, tuple[int, int]]:
        self._scan_until(None)
        return self._positions

    @property
    def comment_lines(self) -> list[int]:
        """Lines holding a comment a person wrote; the `#:schema` directive is not one."""
        self._scan_until(None)
        return self._comment_lines

    @property
    def comments(self) -> list[CommentAt]:
        self._scan_until(None)
        return self._comments

    @property
    def statements(self) -> list[tuple[int, Path]]:
        """The line each header and `key = value` begins on, with its path, top to bottom."""
        self._scan_until(None)
        return self._statements

    def position(self, path: Path) -> tuple[int, int]:
        """The place of `path`, or of its nearest written ancestor, or the top of the file.

        A string in a list (`silence = ["a", "b"]`, a speaker) is found in the list, so a
        problem about one entry points at it rather than at the key."""
        if not path:
            return (1, 1)  # the document as a whole: no need to scan for it
        if isinstance(path[-1], int) and self._found(path[:-1]):
            element = self._element(path[:-1], path[-1])
            if element:
                return element
        # Not written (an ancestor is, or none): then the whole text has been scanned.
        if self._found(path):
            return self._positions[path]
        for length in range(len(path) - 1, 0, -1):
            found = self._positions.get(path[:length])
            if found:
                return found
        return (1, 1)

    def _found(self, path: Path) -> bool:
        self._scan_until(path)
        return path in self._positions

    def _element(self, key: Path, number: int) -> tuple[int, int] | None:
        """Where the `number`-th string of the list written at `key` stands; None when the
        key holds no plain list of strings (tables are in `positions` already)."""
        key_line, key_column = self._positions[key]
        text = self.text
        offset = self._starts[key_line - 1] + key_column - 1
        equals = text.find("=", offset)
        opening = text.find("[", equals)
        if equals < 0 or opening < 0 or text[equals + 1 : opening].strip():
            return None
        strings = 0
        for token in _ARRAY_TOKEN.finditer(text, opening + 1):
            found = token.group()
            if found in ("]", "[", "{"):
                return None  # the end, or a nested list or table: not a list of strings
            if found.startswith("#"):
                continue
            if strings == number:
                line_start = text.rfind("\n", 0, token.start()) + 1
                line = key_line + text.count("\n", offset, line_start)
                return line, token.start() - line_start + 1
            strings += 1
        return None

    def _scan_until(self, wanted: Path | None) -> None:
        """Scans on until `wanted` is placed (None: to the end of the text)."""
        text, size = self.text, len(self.text)
        # Locals, not attributes, in the loop: it runs once a line of the whole file.
        starts, positions, scan_line = self._starts, self._positions, self._scan_line
        statements, plain_key_at = self._statements, _PLAIN_KEY_AT.match
        with self._lock:
            offset = self._offset
            while offset <= size and (wanted is None or wanted not in positions):
                plain = None
                if self._in_multiline is None and self._depth == 0:
                    plain = plain_key_at(text, offset)
                if plain:
                    # A plain `key = value` line: placed where it stands, not cut out.
                    starts.append(offset)
                    number = len(starts)
                    self._statement = self._table + _key_parts(plain.group(2))
                    positions[self._statement] = (number, len(plain.group(1)) + 1)
                    statements.append((number, self._statement))
                    offset = self._offset = plain.end() + 1
                    continue
                end = text.find("\n", offset)
                if end < 0:
                    end = size
                starts.append(offset)
                # TOML breaks lines at \n alone; str.splitlines() would also break at U+2028.
                scan_line(text[offset:end].removesuffix("\r"), len(starts))
                offset = self._offset = end + 1

    def _scan_line(self, line: str, number: int) -> None:
        start = 0
        if self._in_multiline is None and self._depth == 0:
            plain = _PLAIN_KEY_LINE.fullmatch(line)
            if plain:
                self._statement = self._table + _key_parts(plain.group(2))
                self._positions[self._statement] = (number, len(plain.group(1)) + 1)
                self._statements.append((number, self._statement))
                return
            header = _HEADER.match(line)
            key = None if header else _KEY_LINE.match(line)
            self._statement = None
            if header:
                self._table = self._statement = self._header(header, number, self._aot_counts)
                start = header.end()
            elif key:
                self._statement = self._table + _key_parts(key.group(2))
                self._positions[self._statement] = (number, len(key.group(1)) + 1)
                start = key.end()
                self._inline_keys(line, start, self._statement, number)
            if self._statement is not None:
                self._statements.append((number, self._statement))
        self._in_multiline, self._depth = self._tokens(
            line, start, self._in_multiline, self._depth, number, self._statement
        )

    def _header(
        self, match: re.Match[str], number: int, aot_counts: dict[tuple[str, ...], int]
    ) -> Path:
        names = _key_parts(match.group(3))
        path: list[str | int] = []
        for i, name in enumerate(names):
            path.append(name)
            prefix = names[: i + 1]
            is_last = i == len(names) - 1
            if is_last and match.group(2) == "[[":
                # The list itself is "written" where its first block starts.
                self._positions.setdefault(tuple(path), (number, len(match.group(1)) + 1))
                aot_counts[prefix] = aot_counts.get(prefix, -1) + 1
                path.append(aot_counts[prefix])
            elif prefix in aot_counts:
                path.append(aot_counts[prefix])
        table = tuple(path)
        self._positions[table] = (number, len(match.group(1)) + 1)
        return table

    def _inline_keys(self, line: str, start: int, owner: Path, number: int) -> None:
        rest = line[start:]
        if rest.startswith("{"):
            for inner in _INLINE_KEY.finditer(rest):
                name = _key_name(inner.group(1))
                self._positions.setdefault((*owner, name), (number, start + inner.start(1) + 1))

    def _tokens(
        self,
        line: str,
        start: int,
        in_multiline: str | None,
        depth: int,
        number: int,
        statement: Path | None,
    ) -> tuple[str | None, int]:
        if in_multiline is None and _PLAIN_VALUE.fullmatch(line, start):
            return None, depth  # most lines: nothing that opens, closes or comments
        pos = start
        while pos <= len(line):
            if in_multiline is not None:
                close = line.find(in_multiline, pos)
                if close < 0:
                    return in_multiline, depth
                pos = close + 3
                in_multiline = None
                continue
            token = _TOKEN.search(line, pos)
            if token is None:
                break
            text = token.group()
            pos = token.end()
            if text in ('"""', "'''"):
                in_multiline = text
            elif text == "#":
                if not (number == 1 and line.startswith("#:schema")):
                    self._comment_lines.append(number)
                    self._comments.append(CommentAt(number, token.start() + 1, statement))
                break
            elif text in "[{":
                depth += 1
            elif text in "]}":
                depth = max(depth - 1, 0)
        return in_multiline, depth


def place(problems: Iterable[Problem], index: SourceIndex) -> list[Problem]:
    """The problems with their line and column in the text `index` was made of, in the
    order a person reads that text. A problem placed already keeps its place."""
    placed = [_placed(problem, index) for problem in problems]
    return sorted(placed, key=lambda p: (p.line, p.column))


def _placed(problem: Problem, index: SourceIndex) -> Problem:
    if problem.line:
        return problem
    line, column = index.position(problem.path)
    return dataclasses.replace(problem, line=line, column=column)
