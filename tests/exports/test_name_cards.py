"""Table name cards: one landscape sheet per person at the head table and in the front
rows, in order of precedence, the face printed twice (once upside down) about a fold;
read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from gathertui.exports import export
from gathertui.exports.pdf_cards import card_people
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Layout, Person, Plan, SeatPin
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
VISIT = "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"
# The officials who come, in order of precedence; the Wali Kota sent Sunarto.
VISIT_NAMES = [
    "Sunarto",
    "Abd Rachman Tuwo",
    "Santi Ratnaningtias",
    "Rahmat Hidayat",
    "Kartika Hedi Aji",
]


def _visit() -> tuple[Plan, WorkspaceSettings]:
    return load_plan(PLANS / VISIT).model, load_settings(PLANS / "gathertui.toml").model


def _pages(data: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def _text(page: pypdf.PageObject) -> str:
    return " ".join(page.extract_text().split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_landscape_card_per_official_who_comes_in_order(lang: str) -> None:
    plan, settings = _visit()
    pages = _pages(export(plan, settings, "name-cards", "pdf", lang))
    assert len(pages) == len(VISIT_NAMES)
    for page, name in zip(pages, VISIT_NAMES, strict=True):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)
        text = _text(page)
        # The front and the back, upside down: the name twice, nobody else's.
        assert text.count(name) == 2, text
        assert not any(other in text for other in VISIT_NAMES if other != name)
    assert "Hevearita" not in " ".join(_text(page) for page in pages)  # represented
    assert "Ayu Wulandari" not in " ".join(_text(page) for page in pages)  # staff


def test_the_office_is_on_the_card_wrapped_never_cut() -> None:
    plan, settings = _visit()
    page = _pages(export(plan, settings, "name-cards", "pdf", "id"))[0]
    text = _text(page)
    office = "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Semarang"
    assert text.count(office) == 2


def test_with_a_layout_the_head_table_and_the_officials_seated_have_cards() -> None:
    plan, settings = _visit()
    plan.venues[0].layout = Layout(head_table=3, rows=2, seats_per_row=4)
    plan.people.append(
        Person(
            id="wartawan",
            name="Wartawan Satu",
            category=Category.ONLINE,
            attendance=Attendance.CONFIRMED,
        )
    )
    plan.people.append(
        Person(
            id="tokoh",
            name="Tokoh Masyarakat",
            category=Category.OTHER,
            attendance=Attendance.CONFIRMED,
        )
    )
    # Seated at the head table by hand: a card, though no official.
    plan.seats.append(SeatPin(person="tokoh", venue=plan.venues[0].id, seat="H1"))
    names = [plan.people[n].name for n in card_people(plan, settings)]
    assert "Wartawan Satu" not in names
    assert "Tokoh Masyarakat" in names
    assert set(VISIT_NAMES) <= set(names)
    # In order of precedence: the officials first, as ranked.
    assert [n for n in names if n in VISIT_NAMES] == VISIT_NAMES


@pytest.mark.parametrize(("lang", "words"), [("id", "Tidak ada"), ("en", "Nobody")])
def test_a_plan_without_officials_says_so(lang: str, words: str) -> None:
    plan, settings = _visit()
    plan.people = [p for p in plan.people if p.category is not Category.OFFICIAL]
    pages = _pages(export(plan, settings, "name-cards", "pdf", lang))
    assert len(pages) == 1
    assert words in _text(pages[0])


def test_hostile_text_stays_literal_and_inside_the_card() -> None:
    plan, settings = _visit()
    long_name = "Raden " * 50
    plan.people = [
        Person(
            id="satu",
            name="[bold]Satu[/bold] <b>x</b>",
            position="=1+1 Kepala <i>Dinas</i>",
            category=Category.OFFICIAL,
            attendance=Attendance.CONFIRMED,
        ),
        Person(id="dua", name=long_name, position="Wali Kota", category=Category.OFFICIAL),
    ]
    pages = _pages(export(plan, settings, "name-cards", "pdf", "id"))
    assert len(pages) == 2
    texts = [_text(page) for page in pages]
    first = next(text for text in texts if "Satu" in text)
    assert first.count("[bold]Satu[/bold] <b>x</b>") == 2
    assert first.count("=1+1 Kepala <i>Dinas</i>") == 2
    second = next(text for text in texts if "Raden" in text)
    assert second.count("Raden") == 100
