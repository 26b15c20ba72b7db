"""tomllib's syntax errors, told in the words of the catalog and placed where a person looks.

tomllib stops where parsing failed, which is not always where the mistake is (a repeated
key is reported at the end of its value), and its English details are terse. The common
cases are recognised here; anything else keeps tomllib's own detail.
"""

from __future__ import annotations

import ast
import re

from gathertui.i18n import Message, msg

_DUPLICATE_TABLE = re.compile(r"^Cannot declare (\(.*\)) twice$")
_KEY_AT_START = re.compile(r"\s*([A-Za-z0-9_.\"' -]+?)\s*=")
_DATE_VALUE = re.compile(r"=\s*(\d{4}-\d{2}-\d{2})(?![\dT :])")
_TIME_WITH_OFFSET = re.compile(r"=\s*(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}|Z))")

_SIMPLE = {
    "Unclosed array": "syntax.unclosed_array",
    "Unclosed inline table": "syntax.unclosed_inline_table",
    "Invalid date or datetime": "syntax.invalid_date",
    "Expected '=' after a key in a key/value pair": "syntax.expected_equals",
    "Invalid statement": "syntax.invalid_statement",
    "Invalid initial character for a key part": "syntax.invalid_statement",
    "Invalid value": "syntax.invalid_value",
    "Expected newline or end of document after a statement": "syntax.junk_after_value",
}


def _first_column(line: str) -> int:
    return len(line) - len(line.lstrip()) + 1


def explain(detail: str, lines: list[str], line: int, column: int) -> tuple[Message, int, int]:
    """The sentence for tomllib's `detail` at (line, column), and where to point."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if detail.startswith("Illegal character") and "\\n" in detail:
        return msg("syntax.unterminated_string"), line, column
    if detail == "Cannot overwrite a value":
        key = _KEY_AT_START.match(text)
        name = key.group(1).strip() if key else "?"
        return msg("syntax.duplicate_key", key=name), line, _first_column(text)
    table = _DUPLICATE_TABLE.match(detail)
    if table:
        try:
            parts = ast.literal_eval(table.group(1))
            name = ".".join(str(part) for part in parts)
        except (ValueError, SyntaxError):
            name = table.group(1)
        return msg("syntax.duplicate_table", table=name), line, _first_column(text)
    if detail == "Expected newline or end of document after a statement":
        offset = _TIME_WITH_OFFSET.search(text)
        if offset:
            return msg("syntax.time_offset", value=offset.group(1)), line, offset.start(2) + 1
        day = _DATE_VALUE.search(text)
        if day:
            return msg("syntax.invalid_date"), line, day.start(1) + 1
    if detail == "Invalid value" and line > len(lines):
        return msg("syntax.unexpected_end"), line, column
    known = _SIMPLE.get(detail)
    return msg(known) if known else msg("syntax.other", detail=detail), line, column
