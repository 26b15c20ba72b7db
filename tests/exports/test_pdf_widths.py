"""Column widths of PDF tables: shares of the page, widened so no word is cut in two."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from gathertui.exports.document import Table
from gathertui.exports.pdf import CELL_SIZE, FONT, FONT_BOLD, _register_fonts, _widths

FRAME = 175 * 72 / 25.4  # F4's text width


@pytest.fixture(autouse=True)
def _fonts() -> None:
    _register_fonts()


def test_a_column_too_narrow_for_its_header_word_is_widened() -> None:
    table = Table(["No.", "Acara", "Penanggung jawab"], [0.1, 0.8, 0.1], [["1", "Sambutan", "Ayu"]])
    widths = _widths(table, FRAME)
    assert widths[2] > stringWidth("Penanggung", FONT_BOLD, CELL_SIZE)
    assert sum(widths) == pytest.approx(FRAME)
    assert widths[1] < 0.8 * FRAME  # the room came from the wide column


def test_a_name_in_a_cell_is_not_cut() -> None:
    table = Table(["A", "B"], [0.9, 0.1], [["x", "Ratnaningtias"]])
    widths = _widths(table, FRAME)
    assert widths[1] > stringWidth("Ratnaningtias", FONT, CELL_SIZE)


def test_shares_that_fit_are_kept() -> None:
    table = Table(["A", "B"], [0.25, 0.75], [["satu", "dua"]])
    assert _widths(table, FRAME) == pytest.approx([FRAME * 0.25, FRAME * 0.75])


def test_a_word_wider_than_the_page_leaves_the_shares_alone() -> None:
    table = Table(["A", "B"], [0.5, 0.5], [["x" * 400, "y"]])
    assert _widths(table, FRAME) == pytest.approx([FRAME / 2, FRAME / 2])
