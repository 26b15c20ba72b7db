"""UI text: catalog lookups bound to the app's language, and translated key bindings."""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode

from gathertui.i18n import Message, tr
from gathertui.problems import Problem, Severity
from gathertui.tui.app import GathertuiApp

# How a problem's severity is shown beside it, in every list of problems.
MARKS = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}


def ui_lang(node: DOMNode) -> str:
    """The language of the app `node` belongs to."""
    app = node.app
    assert isinstance(app, GathertuiApp)
    return app.lang


def t(node: DOMNode, key: str, /, **params: Any) -> str:
    """The sentence `key` in the language of the app `node` belongs to."""
    return tr(key, ui_lang(node), **params)


def said(node: DOMNode, message: Message) -> str:
    """`message` in the app's language; what a problem is about named by its title or
    name, not the id `gathertui check` gives for searching the file."""
    return message.render(ui_lang(node), by_name=True)


def marked(node: DOMNode, problem: Problem) -> str:
    """ "⚠ message": a problem as its lists show it."""
    return f"{MARKS[problem.severity]} {said(node, problem.message)}"


def translate_bindings(node: DOMNode, lang: str) -> None:
    """Bindings are declared with catalog keys as descriptions; show them in `lang`.

    Textual reads descriptions from the class, so each node's own copy of its bindings
    is rewritten once, at construction, before the footer or palette sees it.
    """
    translated: dict[str, list[Binding]] = {}
    for key, bindings in node._bindings.key_to_bindings.items():
        translated[key] = [
            dataclasses.replace(
                binding,
                description=tr(binding.description, lang),
                tooltip=tr(binding.tooltip, lang) if binding.tooltip else "",
            )
            if binding.description.startswith("key.")
            else binding
            for binding in bindings
        ]
    node._bindings.key_to_bindings = translated
