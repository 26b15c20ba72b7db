"""Line and column of keys and tables in TOML source.

tomllib gives values but not where they were written; errors and warnings must name a
line. This scanner reads just enough TOML (headers, keys, strings, brackets) to map a
document path such as ("agenda", 3, "venue") to the place a person wrote it. It runs
only when a position is needed, never on the plain load path.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field

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
# What can follow `key =` up to the closing bracket of a list of strings.
_ARRAY_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{]')


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


@dataclass
class SourceIndex:
    """Positions (1-based line and column) of every table header and key in a document."""

    text: str = ""
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    # Lines holding a comment a person wrote; the `#:schema` directive is not one.
    comment_lines: list[int] = field(default_factory=list)
    comments: list[CommentAt] = field(default_factory=list)
    # The line each header and `key = value` begins on, with its path, top to bottom.
    statements: list[tuple[int, Path]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> SourceIndex:
        index = cls(text)
        index._scan(text)
        return index

    def position(self, path: Path) -> tuple[int, int]:
        """The place of `path`, or of its nearest written ancestor, or the top of the file.

        A string in a list (`silence = ["a", "b"]`, a speaker) is found in the list, so a
        problem about one entry points at it rather than at the key."""
        if path and isinstance(path[-1], int) and path[:-1] in self.positions:
            element = self._element(path[:-1], path[-1])
            if element:
                return element
        for length in range(len(path), 0, -1):
            found = self.positions.get(path[:length])
            if found:
                return found
        return (1, 1)

    def _element(self, key: Path, number: int) -> tuple[int, int] | None:
        """Where the `number`-th string of the list written at `key` stands; None when the
        key holds no plain list of strings (tables are in `positions` already)."""
        key_line, key_column = self.positions[key]
        text = self.text
        offset = sum(len(line) + 1 for line in text.split("\n")[: key_line - 1]) + key_column - 1
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
                before = text[: token.start()]
                return before.count("\n") + 1, token.start() - (before.rfind("\n") + 1) + 1
            strings += 1
        return None

    def _scan(self, text: str) -> None:
        table: Path = ()
        aot_counts: dict[tuple[str, ...], int] = {}
        in_multiline: str | None = None  # the closing quotes of an open multi-line string
        depth = 0  # open brackets of a value spanning lines
        statement: Path | None = None  # the header or key whose value the line continues
        # TOML breaks lines at \n alone; str.splitlines() would also break at U+2028.
        for number, line in enumerate(text.split("\n"), start=1):
            line = line.removesuffix("\r")
            start = 0
            if in_multiline is None and depth == 0:
                header = _HEADER.match(line)
                key = None if header else _KEY_LINE.match(line)
                statement = None
                if header:
                    table = statement = self._header(header, number, aot_counts)
                    start = header.end()
                elif key:
                    statement = table + _key_parts(key.group(2))
                    self.positions[statement] = (number, len(key.group(1)) + 1)
                    start = key.end()
                    self._inline_keys(line, start, statement, number)
                if statement is not None:
                    self.statements.append((number, statement))
            in_multiline, depth = self._tokens(line, start, in_multiline, depth, number, statement)

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
                self.positions.setdefault(tuple(path), (number, len(match.group(1)) + 1))
                aot_counts[prefix] = aot_counts.get(prefix, -1) + 1
                path.append(aot_counts[prefix])
            elif prefix in aot_counts:
                path.append(aot_counts[prefix])
        table = tuple(path)
        self.positions[table] = (number, len(match.group(1)) + 1)
        return table

    def _inline_keys(self, line: str, start: int, owner: Path, number: int) -> None:
        rest = line[start:]
        if rest.startswith("{"):
            for inner in _INLINE_KEY.finditer(rest):
                name = _key_name(inner.group(1))
                self.positions.setdefault((*owner, name), (number, start + inner.start(1) + 1))

    def _tokens(
        self,
        line: str,
        start: int,
        in_multiline: str | None,
        depth: int,
        number: int,
        statement: Path | None,
    ) -> tuple[str | None, int]:
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
                    self.comment_lines.append(number)
                    self.comments.append(CommentAt(number, token.start() + 1, statement))
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
