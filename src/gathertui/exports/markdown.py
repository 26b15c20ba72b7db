"""A printout as Markdown: headings and pipe tables, every text from the plan escaped."""

from __future__ import annotations

import re

from gathertui.exports.document import Cell, Document, Letter, Signature, SignatureBlock, Table

# What Markdown (CommonMark and GitHub's tables) reads as inline syntax, HTML or a cell
# border anywhere in a line; "!" and "(" only matter after "[", which is escaped.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# What starts a heading, list, quote or rule at the start of a line.
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)](?:\s|$)))")


def escape(text: str) -> str:
    escaped = _SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))
    # A backslash escapes punctuation only: "1." becomes "1\.", "-" becomes "\-".
    return _LINE_START.sub(_escape_start, escaped)


def _escape_start(match: re.Match[str]) -> str:
    if match[2].isdigit():
        return match[1] + match[2] + "\\"  # the "." or ")" that follows stays after it
    return match[1] + "\\" + match[2]


def _cell(cell: Cell) -> str:
    if isinstance(cell, Signature):
        mark = f"{cell.number}\\. …………………"
        # Non-breaking spaces: Markdown keeps them, so even numbers sign to the right.
        return mark if cell.left else "\u00a0" * 24 + mark
    return escape(cell)


def _table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(escape(c) for c in table.columns) + " |"]
    lines.append("|" + "|".join(" --- " for _ in table.columns) + "|")
    for n, row in enumerate(table.rows):
        if n in table.headings:
            text = " ".join(c for c in row if isinstance(c, str) and c)
            lines.append("| **" + escape(text) + "** |" + " |" * (len(row) - 1))
        else:
            lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    return lines


def _signature(block: SignatureBlock) -> list[str]:
    """The signer under the place and date, then the acknowledging official, one block
    after another; a blank line stands for the room to sign."""
    # A letter says its place and date above it, not again here.
    lines = ["", *([f"{escape(block.place_date)}  "] if block.place_date else [])]
    for n, official in enumerate(block.officials()):
        lines += [""] if n else []
        lines += [f"{escape(line)}  " for line in official.above()]
        lines += ["", f"**{escape(official.name)}**  "]
        lines += [f"{escape(line)}  " for line in official.below()]
    return lines


def _letter(letter: Letter) -> list[str]:
    """The place and date, the references, the addressee, the body: a line each, the
    details as a list."""
    lines = [f"{escape(letter.place_date)}", ""]
    lines += [f"{escape(label)}: {escape(value)}  " for label, value in letter.references]
    lines += ["", *(f"{escape(line)}  " for line in letter.addressee), ""]
    lines += [escape(letter.opening), ""]
    lines += [f"- {escape(label)}: {escape(value)}" for label, value in letter.details]
    return [*lines, "", escape(letter.closing)]


def render_markdown(document: Document) -> str:
    lines = _document(document)
    for part in document.following:
        # A rule between a letter and what follows it (the next letter, an attachment).
        lines += ["", "---", "", *_document(part)]
    return "\n".join(lines).rstrip() + "\n"


def _document(document: Document) -> list[str]:
    lines: list[str] = []
    if document.letterhead:
        lines += [f"**{escape(line)}**  " for line in document.letterhead.lines[:1]]
        lines += [f"{escape(line)}  " for line in document.letterhead.lines[1:]]
        lines += ["", "---", ""]
    if document.letter is not None:
        lines += _letter(document.letter)
    else:
        lines += [f"# {escape(document.heading)}", "", f"**{escape(document.title)}**", ""]
        lines += [f"{escape(line)}  " for line in document.lines]
    for section in document.sections:
        lines += ["", f"## {escape(section.title)}", ""] if section.title else [""]
        lines += [f"{escape(line)}  " for line in section.lines]
        if section.table is not None:
            # A table right under a line of text would be read as part of that paragraph.
            lines += [""] if section.lines else []
            lines += _table(section.table)
    if document.signature is not None:
        lines += _signature(document.signature)
    return lines
