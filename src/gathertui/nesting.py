"""How deep a TOML text nests its lists and inline tables, found before tomllib reads it.

tomllib parses nested values by recursion, so a small file of a thousand `[` ends in a
RecursionError (or, in a thread with a small stack, worse). A plan nests at most four
levels (`[[people]]` headers, a list of speakers, an inline table of quotas); the limit
leaves four times that for hand-written data a future format might add, and stays far
below the ~300 levels at which tomllib would recurse past Python's default limit.
This module imports nothing heavy: the start-up glance uses it too.
"""

from __future__ import annotations

import re

MAX_DEPTH = 16

# Strings and comments hide brackets; the rest is skipped by the regex engine itself.
# The string patterns are unrolled ("[^"]*(?:\\.[^"]*)*") so a 5,000-person plan is
# scanned in a tenth of the time tomllib takes to parse it.
_TOKEN = re.compile(
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
    r"|'''[^']*(?:'(?!'')[^']*)*'''"
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*"
    r"|([\[\]{}])",
    re.DOTALL,
)


def too_deep(text: str) -> tuple[int, int] | None:
    """The line and column (1-based) of the first bracket that opens a level past
    MAX_DEPTH, or None when the text nests no deeper."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None  # too few brackets to nest that deep: the common, cheap answer
    # The brackets outside strings and comments, in order (findall gives "" for the rest).
    if _deepest("".join(_TOKEN.findall(text))) <= MAX_DEPTH:
        return None
    depth = 0
    for token in _TOKEN.finditer(text):
        found = token.group(1)
        if found in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                before = text[: token.start()]
                return before.count("\n") + 1, token.start() - (before.rfind("\n") + 1) + 1
        elif found:
            depth = max(depth - 1, 0)
    return None


def _deepest(brackets: str) -> int:
    depth = deepest = 0
    for bracket in brackets:
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    return deepest
