"""The roster's summary and filter, and the rundown's days, each made in one pass."""

from __future__ import annotations

import pytest

from conftest import PLANS, VISIT
from gathertui.i18n.labels import label
from gathertui.model.enums import Category
from gathertui.model.plan import Plan
from gathertui.planning.agenda import day_total, days_of, running_order, running_orders
from gathertui.planning.headcount import delegation_headcount
from gathertui.planning.roster import filter_people, roster_summary, searched_text
from gathertui.storage import load_plan


def summary_by_headcount(plan: Plan, lang: str, delegation: str | None) -> str:
    """The summary as each delegation's headcount adds it up."""
    named = dict.fromkeys(Category, 0)
    planned = dict.fromkeys(Category, 0)
    for entry in plan.delegations:
        if delegation is None or entry.id == delegation:
            for category, count in delegation_headcount(plan, entry).items():
                named[category] += count.named
                planned[category] += count.planned
    parts = []
    for category in Category:
        if planned[category]:
            parts.append(f"{named[category]}/{planned[category]} {label(category, lang)}")
        elif named[category]:
            parts.append(f"{named[category]} {label(category, lang)}")
    return " · ".join(parts)


@pytest.mark.parametrize("name", [VISIT, "2024-s1-media-gathering.toml"])
def test_summary_adds_up_each_delegations_headcount(name: str) -> None:
    plan = load_plan(PLANS / name).model
    for delegation in [None, *(d.id for d in plan.delegations), "nobody"]:
        for lang in ("en", "id"):
            assert roster_summary(plan, lang, delegation) == summary_by_headcount(
                plan, lang, delegation
            )


def test_filter_with_kept_texts_finds_the_same_people() -> None:
    plan = load_plan(PLANS / VISIT).model
    kept = {person.id: searched_text(person) for person in plan.people}
    for text in ("", "a", "KEPALA", "dinas kota", "zzz"):
        assert filter_people(plan, text, None, None, lambda p: kept[p.id]) == filter_people(
            plan, text, None, None
        )


@pytest.mark.parametrize("name", [VISIT, "2024-s1-media-gathering.toml"])
def test_running_orders_are_each_days_running_order(name: str) -> None:
    plan = load_plan(PLANS / name).model
    orders = running_orders(plan)
    assert list(orders) == days_of(plan)
    for day, items in orders.items():
        assert items == running_order(plan, day)
        assert day_total(plan, day, items) == day_total(plan, day)
