"""Rules a plan's people and names must keep: a representative who is someone else, and
names a reader can see."""

from __future__ import annotations

import pytest

from helpers import MINIMAL, only_problem, problems_of


def _people(*blocks: str) -> str:
    return MINIMAL + "".join(f"\n[[people]]\n{block}\n" for block in blocks)


def test_represented_by_the_person_themself_is_an_error_at_the_key() -> None:
    text = _people('id = "a"\nname = "Andi"\nattendance = "represented"\nrepresented_by = "a"')
    line, column, code, message = only_problem(text)
    assert (line, column, code) == (11, 1, "bad-value")
    assert 'names the person themself ("a")' in message


def test_a_circle_of_representatives_is_an_error_at_each_key() -> None:
    text = _people(
        'id = "a"\nname = "Andi"\nrepresented_by = "b"',
        'id = "b"\nname = "Budi"\nrepresented_by = "a"',
    )
    found = [(p.line, p.code, p.message.render("en")) for p in problems_of(text)]
    assert [(line, code) for line, code, _ in found] == [(10, "bad-value"), (15, "bad-value")]
    assert "a → b → a" in found[0][2]
    assert "b → a → b" in found[1][2]


def test_a_chain_of_representatives_is_allowed() -> None:
    text = _people(
        'id = "a"\nname = "Andi"\nrepresented_by = "b"',
        'id = "b"\nname = "Budi"\nrepresented_by = "c"',
        'id = "c"\nname = "Citra"',
    )
    assert problems_of(text) == []


@pytest.mark.parametrize("name", ["   ", "\\u200b", "\\u200b \\u2060", "\\t"])
def test_a_name_without_a_visible_character_is_an_error_at_the_key(name: str) -> None:
    line, column, code, message = only_problem(_people(f'id = "a"\nname = "{name}"'))
    assert (line, column, code) == (9, 1, "bad-value")
    assert "must contain a visible character" in message


def test_a_title_of_spaces_is_an_error_at_the_key() -> None:
    line, _, code, _ = only_problem(MINIMAL.replace('"Rapat"', '"  "'))
    assert (line, code) == (4, "bad-value")


@pytest.mark.parametrize("name", ["Andi", "李", "-", "Ⅳ", " Andi "])
def test_names_with_something_to_see_are_read(name: str) -> None:
    assert problems_of(_people(f'id = "a"\nname = "{name}"')) == []
