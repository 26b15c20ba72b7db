"""Text set as large as a box allows: wrapped, then shrunk, never cut."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from gathertui.exports.pdf import FONT_BOLD, MM
from gathertui.exports.pdf import _register_fonts as register_fonts
from gathertui.exports.pdf_fit import LEADING, fit, wrapped

OFFICE_60 = "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian"


def _inside(lines: list[str], size: float, width: float, height: float) -> None:
    assert all(stringWidth(line, FONT_BOLD, size) <= width for line in lines)
    assert len(lines) * size * LEADING <= height


def test_a_short_text_takes_the_largest_size_on_one_line() -> None:
    register_fonts()
    fitted = fit("Wali Kota Semarang", FONT_BOLD, 250 * MM, 30 * MM, 2, 40, 16)
    assert fitted.size == 40
    assert fitted.lines == ["Wali Kota Semarang"]


def test_a_60_character_office_is_wrapped_or_shrunk_never_cut() -> None:
    register_fonts()
    assert len(OFFICE_60) >= 60
    width, height = 150 * MM, 30 * MM
    fitted = fit(OFFICE_60, FONT_BOLD, width, height, 2, 40, 10)
    assert 10 <= fitted.size < 40
    assert 1 < len(fitted.lines) <= 2
    assert " ".join(fitted.lines) == OFFICE_60
    _inside(fitted.lines, fitted.size, width, height)


def test_a_300_character_name_shrinks_to_the_floor_and_wraps_inside_the_box() -> None:
    register_fonts()
    name = "Raden Mas " * 30
    width, height = 80 * MM, 30 * MM
    fitted = fit(name, FONT_BOLD, width, height, 2, 20, 8)
    assert fitted.size <= 8
    assert len(fitted.lines) > 2
    assert " ".join(fitted.lines) == " ".join(name.split())
    _inside(fitted.lines, fitted.size, width, height)


def test_a_word_wider_than_the_line_is_broken_not_cut() -> None:
    register_fonts()
    word = "W" * 300
    width, height = 80 * MM, 30 * MM
    fitted = fit(word, FONT_BOLD, width, height, 2, 20, 8)
    assert "".join(fitted.lines) == word
    _inside(fitted.lines, fitted.size, width, height)
    lines = wrapped("a " + word, FONT_BOLD, 10, width)
    assert lines[0] == "a"
    assert "".join(lines[1:]) == word
