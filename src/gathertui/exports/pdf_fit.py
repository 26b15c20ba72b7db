"""Text set as large as a box allows: the office on a table name card, a name on a
badge, a room's name on a door sign. Printed text read from a distance is never cut;
it is wrapped, then shrunk.

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from gathertui.exports.pdf import _register_fonts as register_fonts
from gathertui.exports.pdf import clean

# A line's height for its type size: tight, as large type is set.
LEADING = 1.15
# The smallest size tried at all: below it a box is too small for any text.
TINIEST = 2.0
STEP = 0.5


@dataclass(frozen=True)
class Fitted:
    """The lines of a text as they are drawn, at `size` points."""

    lines: list[str]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def _broken(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than `width` (a long name without spaces) in pieces that fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = [""]
    for char in word:
        if pieces[-1] and stringWidth(pieces[-1] + char, font, size) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """The text in lines no wider than `width` at `size`: broken between words, and
    within a word only where one word alone is wider than the line."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(piece: str) -> bool:
        return bool(stringWidth(piece, font, size) <= width)

    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        if fits(line):
            lines.append(line)
            continue
        # simpleSplit leaves a word wider than the line as it is: break it.
        current = ""
        for word in line.split(" "):
            for piece in [word] if fits(word) else _broken(word, font, size, width):
                joined = f"{current} {piece}" if current else piece
                if fits(joined):
                    current = joined
                else:
                    if current:
                        lines.append(current)
                    current = piece
        if current:
            lines.append(current)
    return lines


def fit(
    text: str,
    font: str,
    width: float,
    height: float,
    max_lines: int,
    largest: float,
    smallest: float,
) -> Fitted:
    """The text at the largest size, from `largest` down to `smallest`, at which it fits
    the box in at most `max_lines` lines. A text that does not fit so even at `smallest`
    takes more lines at `smallest`, then smaller type still, until it is inside the box:
    it is never cut."""
    text = " ".join(clean(text).split())
    if not text:
        return Fitted([], largest)
    size = largest
    while size >= smallest:
        lines = wrapped(text, font, size, width)
        if len(lines) <= max_lines and len(lines) * size * LEADING <= height:
            return Fitted(lines, size)
        size -= STEP
    size = smallest
    while True:
        lines = wrapped(text, font, size, width)
        if len(lines) * size * LEADING <= height or size <= TINIEST:
            return Fitted(lines, size)
        size = max(TINIEST, size - STEP)


def draw(
    canvas: Any, fitted: Fitted, font: str, x: float, top: float, centred: bool = True
) -> None:
    """The lines, the first one's top at `top`: centred on `x`, or from `x` on."""
    canvas.setFont(font, fitted.size)
    for number, line in enumerate(fitted.lines):
        baseline = top - fitted.size * (LEADING * number + 0.9)
        if centred:
            canvas.drawCentredString(x, baseline, line)
        else:
            canvas.drawString(x, baseline, line)


def sheet(out: BytesIO, size: tuple[float, float], title: str, subject: str, lang: str) -> Any:
    """A canvas for pages drawn by hand (cards, badges, signs): the printouts' fonts,
    the same bytes for the same pages (no time stamp, no random file id)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(out, pagesize=size, invariant=1, lang=lang)
    canvas.setTitle(clean(title))
    canvas.setSubject(clean(subject))
    canvas.setAuthor("gathertui")
    canvas.setCreator("gathertui")
    return canvas


def emblem(canvas: Any, logo: bytes, centre_x: float, top: float, height: float) -> bool:
    """The letterhead's emblem `height` tall, centred on `centre_x` under `top`; False
    for bytes that are no picture reportlab can read (the page goes without it)."""
    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(BytesIO(logo))
        width, tall = image.getSize()
    except Exception:  # any decoding failure of a damaged file: drawn without it
        return False
    if width <= 0 or tall <= 0:
        return False
    drawn = height * width / tall
    canvas.drawImage(image, centre_x - drawn / 2, top - height, drawn, height, mask="auto")
    return True
