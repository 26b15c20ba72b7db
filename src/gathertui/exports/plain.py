"""A printout as plain text: fixed-width columns, for email bodies and terminals."""

from __future__ import annotations

import textwrap

from rich.cells import cell_len

from gathertui.exports.document import Cell, Document, Letter, Signature, SignatureBlock, Table

WIDTH = 100
SIGN_LINE = "…………………"


def _sign(cell: Signature, width: int) -> str:
    mark = f"{cell.number}. {SIGN_LINE}"
    return mark if cell.left else mark.rjust(width)


def _wrap(cell: Cell, width: int) -> list[str]:
    if isinstance(cell, Signature):
        return [_sign(cell, width)]
    return textwrap.wrap(cell, width, break_long_words=True) or [""]


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - cell_len(text), 0)


def _table(table: Table) -> list[str]:
    gaps = 3 * (len(table.columns) - 1)
    widths = [max(int((WIDTH - gaps) * share), 3) for share in table.widths]
    lines = _row(list(table.columns), widths)
    lines.append("-+-".join("-" * w for w in widths))
    for n, row in enumerate(table.rows):
        if n in table.headings:
            lines.append(" ".join(c for c in row if isinstance(c, str) and c))
            continue
        lines += _row(row, widths)
        if table.tall:
            lines.append("")
    return lines


def _row(row: list[Cell], widths: list[int]) -> list[str]:
    """One table row, each cell wrapped to its column, as many lines as the tallest."""
    wrapped = [_wrap(cell, width) for cell, width in zip(row, widths, strict=True)]
    lines = []
    for k in range(max(len(cell) for cell in wrapped)):
        parts = [cell[k] if k < len(cell) else "" for cell in wrapped]
        lines.append(" | ".join(_pad(p, w) for p, w in zip(parts, widths, strict=True)).rstrip())
    return lines


def _paragraph(line: str) -> list[str]:
    """A line of text wrapped to the page, later lines indented under its first."""
    wrapped = textwrap.wrap(line, WIDTH, subsequent_indent="    ", break_on_hyphens=False)
    return wrapped or [""]


# The signature block starts at the middle of the line, as a letter sets it.
SIGN_INDENT = " " * (WIDTH // 2)


def _signature(block: SignatureBlock) -> list[str]:
    """The signer under the place and date, then the acknowledging official, one block
    after another; three blank lines to sign in."""
    lines = ["", "", block.place_date]
    for n, official in enumerate(block.officials()):
        lines += ["", ""] if n else []
        lines += [*official.above(), "", "", "", official.name, *official.below()]
    # A long office wraps within the right half.
    half = WIDTH - len(SIGN_INDENT)
    wrapped = [part for line in lines for part in textwrap.wrap(line, half) or [""]]
    return [f"{SIGN_INDENT}{line}" if line else "" for line in wrapped]


def _aligned(rows: list[tuple[str, str]], indent: str) -> list[str]:
    """Label, colon, value, the colons under one another; a long value wraps under its
    own start."""
    width = max((cell_len(label) for label, _ in rows), default=0)
    lines = []
    for label, value in rows:
        lead = f"{indent}{_pad(label, width)} : "
        wrapped = textwrap.wrap(value, max(WIDTH - len(lead), 20)) or [""]
        lines.append(lead + wrapped[0])
        lines += [" " * len(lead) + part for part in wrapped[1:]]
    return lines


def _letter(letter: Letter) -> list[str]:
    """The place and date at the right, the references, the addressee, the body."""
    lines = [letter.place_date.rjust(WIDTH), "", *_aligned(letter.references, "")]
    lines += ["", *(part for line in letter.addressee for part in _paragraph(line)), ""]
    lines += textwrap.wrap(letter.opening, WIDTH) or [""]
    lines += ["", *_aligned(letter.details, "    "), ""]
    lines += textwrap.wrap(letter.closing, WIDTH)
    return lines


# Between a letter and what follows it (the next letter, an attachment).
PAGE_BREAK = "-" * WIDTH


def render_text(document: Document) -> str:
    lines = _document(document)
    for part in document.following:
        lines += ["", PAGE_BREAK, "", *_document(part)]
    return "\n".join(lines).rstrip() + "\n"


def _document(document: Document) -> list[str]:
    lines: list[str] = []
    if document.letterhead:
        lines += [line.center(WIDTH).rstrip() for line in document.letterhead.lines]
        lines += ["=" * WIDTH, ""]
    if document.letter is not None:
        lines += _letter(document.letter)
    else:
        heading = [document.heading, document.title, *document.lines]
        lines += [line.center(WIDTH).rstrip() for line in heading]
    for section in document.sections:
        lines += ["", *([section.title] if section.title else [])]
        lines += [part for line in section.lines for part in _paragraph(line)]
        if section.table is not None:
            lines += ["", *_table(section.table)]
    if document.signature is not None:
        lines += _signature(document.signature)
    return lines
