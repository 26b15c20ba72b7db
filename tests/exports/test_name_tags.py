"""Name tags: ten 90 x 55 mm badges to an A4 sheet, one per person who comes, in order
of precedence, with a category label and cut marks that stay off the badges and inside
the paper; read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from gathertui.exports import export
from gathertui.exports.pdf import MM, paper_size
from gathertui.exports.pdf_tags import (
    BADGE_HEIGHT,
    BADGE_WIDTH,
    Box,
    badge_boxes,
    cut_marks,
    tag_kind,
    tag_people,
)
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
VISIT = "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"
A4 = paper_size("a4")


def _visit() -> tuple[Plan, WorkspaceSettings]:
    return load_plan(PLANS / VISIT).model, load_settings(PLANS / "gathertui.toml").model


def _texts(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _crosses(segment: tuple[float, float, float, float], box: Box) -> bool:
    """Whether the segment touches the badge (its edges included)."""
    x1, y1, x2, y2 = segment
    return (
        max(x1, x2) >= box.x
        and min(x1, x2) <= box.right
        and max(y1, y2) >= box.y
        and min(y1, y2) <= box.top
    )


def test_ten_badges_of_90_by_55_fit_the_sheet_without_overlap() -> None:
    boxes = badge_boxes(A4)
    assert len(boxes) == 10
    for box in boxes:
        assert (round(box.width / MM), round(box.height / MM)) == (90, 55)
        assert box.x > 0 and box.y > 0 and box.right < A4[0] and box.top < A4[1]
    for n, one in enumerate(boxes):
        for other in boxes[n + 1 :]:
            apart = (
                one.right < other.x or other.right < one.x or one.top < other.y or other.top < one.y
            )
            assert apart


def test_cut_marks_are_inside_the_page_and_never_touch_a_badge_but_their_own_corner() -> None:
    boxes = badge_boxes(A4)
    marks = cut_marks(boxes, A4)
    # Two at each corner of every badge: each has room, however little.
    assert len(marks) == 8 * len(boxes)
    for segment in marks:
        x1, y1, x2, y2 = segment
        assert x1 == x2 or y1 == y2  # along an edge's line
        assert all(0 < v < A4[0] for v in (x1, x2)) and all(0 < v < A4[1] for v in (y1, y2))
        # Starts at a badge's corner and goes outward: only that badge is touched, at the
        # corner; no other badge at all.
        owners = [box for box in boxes if _crosses(segment, box)]
        assert len(owners) == 1
        own = owners[0]
        assert (x1, y1) in {
            (own.x, own.y),
            (own.x, own.top),
            (own.right, own.y),
            (own.right, own.top),
        }
        assert (x2, y2) not in {
            (own.x, own.y),
            (own.x, own.top),
            (own.right, own.y),
            (own.right, own.top),
        }


@pytest.mark.parametrize(
    ("lang", "labels"),
    [("id", ["PEJABAT", "TAMU", "PANITIA"]), ("en", ["OFFICIAL", "GUEST", "COMMITTEE"])],
)
def test_one_badge_per_person_who_comes_with_its_label(lang: str, labels: list[str]) -> None:
    plan, settings = _visit()
    pages = _texts(export(plan, settings, "name-tags", "pdf", lang))
    assert len(pages) == 1
    text = pages[0]
    coming = [plan.people[n].name for n in tag_people(plan, settings)]
    # Everyone but the Wali Kota, who sent Sunarto: staff too.
    assert len(coming) == len(plan.people) - 1
    assert "Hevearita" not in text
    at = 0
    for name in coming:
        assert text.count(name) == 1
        found = text.find(name, at)
        assert found >= 0, f"{name} out of order"
        at = found
    for label in labels:
        assert label in text


def test_kinds_media_guest_committee_official() -> None:
    plan, _ = _visit()
    person = {p.id: p for p in plan.people}
    assert tag_kind(plan, person["abd-rachman-tuwo"]) == "guest"
    assert tag_kind(plan, person["sunarto"]) == "official"
    assert tag_kind(plan, person["ayu-wulandari"]) == "committee"
    press = Person(id="pers", name="Pers", category=Category.TV, delegation="mojokerto")
    assert tag_kind(plan, press) == "media"


def test_more_than_ten_people_take_more_sheets_and_hostile_text_stays_literal() -> None:
    plan, settings = _visit()
    plan.people = [
        Person(
            id=f"p{n}",
            name=f"[bold]Orang {n:02d}[/bold]",
            position="=1+1 <b>Wartawan</b>",
            category=Category.ONLINE,
            attendance=Attendance.CONFIRMED,
        )
        for n in range(1, 13)
    ]
    plan.people.append(Person(id="panjang", name="Raden " * 50, category=Category.OTHER))
    pages = _texts(export(plan, settings, "name-tags", "pdf", "id"))
    assert len(pages) == 2
    joined = " ".join(pages)
    for n in range(1, 13):
        assert joined.count(f"[bold]Orang {n:02d}[/bold]") == 1
    assert joined.count("=1+1 <b>Wartawan</b>") == 12
    assert joined.count("Raden") == 50
    assert BADGE_WIDTH > BADGE_HEIGHT
