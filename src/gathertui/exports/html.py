"""A printout as one self-contained HTML file, with print CSS for A4 or F4."""

from __future__ import annotations

import base64
from html import escape

from gathertui.exports.document import (
    Cell,
    Document,
    Letterhead,
    Section,
    Signature,
    SignatureBlock,
    Table,
)
from gathertui.images import image_type

PAGE_SIZES = {"a4": "A4", "f4": "215mm 330mm"}

STYLE = """
@page { size: %(size)s; margin: 20mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
       color: #000; max-width: 180mm; margin: 0 auto; }
.letterhead { text-align: center; border-bottom: 2px solid #000; padding-bottom: 4pt;
              margin-bottom: 10pt; }
.letterhead p { margin: 0; }
.letterhead p:first-child { font-weight: bold; font-size: 13pt; }
h1 { text-align: center; font-size: 14pt; margin: 6pt 0 2pt; }
.title { text-align: center; font-weight: bold; margin: 0 0 2pt; }
.lines p { text-align: center; margin: 0; }
h2 { font-size: 11pt; margin: 14pt 0 4pt; }
table { width: 100%%; border-collapse: collapse; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
th { background: #e6e6e6; }
tr { page-break-inside: avoid; }
tr.heading td { font-weight: bold; background: #f3f3f3; }
table.tall td { height: 9mm; }
td.sign { white-space: nowrap; }
td.sign.even { text-align: right; }
table.signature { margin-top: 10mm; page-break-inside: avoid; }
table.signature td { border: none; padding: 0 4pt 0 0; width: 50%%; }
table.signature td.space { height: 20mm; }
table.signature .name { font-weight: bold; text-decoration: underline; }
.letterhead.with-logo { display: flex; align-items: center; }
.letterhead.with-logo img { height: 23mm; width: auto; margin-right: 4mm; }
.letterhead.with-logo div { flex: 1; }
.new-page { page-break-before: always; break-before: page; }
.watermark { position: fixed; top: 50%%; left: 50%%; z-index: -1; pointer-events: none;
             transform: translate(-50%%, -50%%) rotate(-45deg); font-size: 110pt;
             font-weight: bold; color: rgba(0, 0, 0, 0.08); white-space: nowrap; }
"""


def _cell(cell: Cell) -> str:
    if isinstance(cell, Signature):
        side = "odd" if cell.left else "even"
        return f'<td class="sign {side}">{cell.number}. …………………</td>'
    return f"<td>{escape(cell)}</td>"


def _table(table: Table) -> list[str]:
    classes = ' class="tall"' if table.tall else ""
    cols = "".join(f'<col style="width:{share * 100:.0f}%">' for share in table.widths)
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    lines = [f"<table{classes}><colgroup>{cols}</colgroup>", f"<thead><tr>{head}</tr></thead>"]
    lines.append("<tbody>")
    for n, row in enumerate(table.rows):
        if n in table.headings:
            text = " ".join(c for c in row if isinstance(c, str) and c)
            lines.append(f'<tr class="heading"><td colspan="{len(row)}">{escape(text)}</td></tr>')
        else:
            lines.append("<tr>" + "".join(_cell(c) for c in row) + "</tr>")
    lines.append("</tbody></table>")
    return lines


def _halves(block: SignatureBlock) -> list[tuple[list[str], str, list[str]]]:
    """Left then right: the lines above the room to sign, the name, the lines below; the
    left half is empty without an acknowledging official."""
    signer, left = block.signer, block.acknowledger
    right = ([block.place_date, *signer.above()], signer.name, signer.below())
    return [(left.above(), left.name, left.below()) if left else ([], "", []), right]


def _signature(block: SignatureBlock) -> list[str]:
    """Two columns: the acknowledging official on the left, the signer on the right."""
    halves = _halves(block)
    above = "".join(
        "<td>" + "<br>".join(escape(x) for x in lines) + "</td>" for lines, _, _ in halves
    )
    below = "".join(
        f'<td><span class="name">{escape(name)}</span>'
        + "".join(f"<br>{escape(x)}" for x in lines)
        + "</td>"
        for _, name, lines in halves
    )
    return [
        '<table class="signature">',
        f"<tr>{above}</tr>",
        '<tr><td class="space"></td><td class="space"></td></tr>',
        f"<tr>{below}</tr>",
        "</table>",
    ]


def _letterhead(letterhead: Letterhead) -> list[str]:
    """The kop surat; the emblem, when there is one, embedded at the left of the lines."""
    kind = image_type(letterhead.logo) if letterhead.logo else None
    lines = [f"<p>{escape(line)}</p>" for line in letterhead.lines]
    if letterhead.logo is None or kind is None:
        return ['<div class="letterhead">', *lines, "</div>"]
    data = base64.b64encode(letterhead.logo).decode("ascii")
    image = f'<img src="data:{kind};base64,{data}" alt="{escape(letterhead.logo_text)}">'
    return ['<div class="letterhead with-logo">', image, "<div>", *lines, "</div>", "</div>"]


def _section_head(section: Section) -> list[str]:
    """The section's title; one that starts a page (each delegation's sheet) says so."""
    page = ' class="new-page"' if section.new_page else ""
    if section.title:
        return [f"<h2{page}>{escape(section.title)}</h2>"]
    return [f"<div{page}></div>"] if page else []


def render_html(document: Document, paper: str = "a4") -> str:
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(document.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(document.heading)} · {escape(document.title)}</title>",
        f"<style>{STYLE % {'size': PAGE_SIZES.get(paper, 'A4')}}</style>",
        "</head>",
        "<body>",
    ]
    if document.watermark:
        # Fixed: printed on every page, behind the text.
        lines.append(
            f'<div class="watermark" aria-hidden="true">{escape(document.watermark)}</div>'
        )
    if document.letterhead:
        lines += _letterhead(document.letterhead)
    lines += [
        f"<h1>{escape(document.heading)}</h1>",
        f'<p class="title">{escape(document.title)}</p>',
    ]
    lines.append('<div class="lines">')
    lines += [f"<p>{escape(line)}</p>" for line in document.lines]
    lines.append("</div>")
    for section in document.sections:
        lines += _section_head(section)
        lines += [f"<p>{escape(line)}</p>" for line in section.lines]
        if section.table is not None:
            lines += _table(section.table)
    if document.signature is not None:
        lines += _signature(document.signature)
    lines += ["</body>", "</html>"]
    return "\n".join(lines) + "\n"
