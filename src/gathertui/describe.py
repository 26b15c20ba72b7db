"""Pydantic's validation errors, told as sentences about what a person wrote."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from gathertui.i18n import Message, msg
from gathertui.model.references import Finding, Phrase
from gathertui.text import one_line

Path = tuple[str | int, ...]

# The first word of pydantic's error type says what kind of value was expected.
_EXPECTED = {
    "int": "expect.int",
    "float": "expect.number",
    "string": "expect.text",
    "str": "expect.text",
    "date": "expect.date",
    "time": "expect.time",
    "datetime": "expect.datetime",
    "bool": "expect.bool",
    "list": "expect.list",
    "model": "expect.table",
    "dict": "expect.table",
}
# The bound's name in the error's context, the sentence for a file, the one for a form.
_BOUNDS = {
    "greater_than_equal": ("ge", "bound.ge", "form.ge"),
    "greater_than": ("gt", "bound.gt", "form.gt"),
    "less_than_equal": ("le", "bound.le", "form.le"),
    "less_than": ("lt", "bound.lt", "form.lt"),
}


def show_value(value: Any) -> str:
    """A value as it would be written in TOML, short and on one line."""
    if isinstance(value, str):
        text = '"' + one_line(value) + '"'
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, date | time | datetime):
        text = value.isoformat()
    elif isinstance(value, dict):
        text = "{…}"
    elif isinstance(value, list):
        text = "[…]"
    else:
        text = one_line(str(value))
    return text if len(text) <= 60 else text[:57] + "…"


def entity_label(path: Path, document: dict[str, Any]) -> Message | None:
    """Who the problem is about: `agenda item "pembukaan"`, `the event`, ..."""
    if not path:
        return None
    head = path[0]
    if len(path) >= 2 and isinstance(path[1], int) and isinstance(head, str):
        entries = document.get(head)
        entry = entries[path[1]] if isinstance(entries, list) and path[1] < len(entries) else None
        ident = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(ident, str) and ident:
            # What the app names it by (see Message.render): an item's title, a name.
            called = entry.get("title") or entry.get("name") if isinstance(entry, dict) else None
            called = one_line(called) if isinstance(called, str) else ""
            return msg(f"entity.{head}", id=one_line(ident), called=called)
        return msg(f"entity.{head}.number", number=path[1] + 1)
    if len(path) >= 2 and isinstance(head, str):
        return msg("entity.table", name=head)
    return None


def field_name(path: Path) -> str:
    """The key as a person would write it: `quotas.online`, `speakers[2]`."""
    inner = path[2:] if len(path) >= 2 and isinstance(path[1], int) else path[1:] or path
    name = ""
    for part in inner:
        name += f"[{part + 1}]" if isinstance(part, int) else ("." if name else "") + part
    return name


def _model_fields(root: type[BaseModel], path: Path) -> list[str]:
    """The keys allowed in the table at `path` (for "did you mean")."""
    model: Any = root
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        field = model.model_fields.get(part)
        if field is None:
            return []
        model = _inner_model(field.annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    """The model inside `list[Person]` or `Organization | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _did_you_mean(word: str, choices: list[str]) -> Message | str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return msg("hint.did_you_mean", word=close[0]) if close else ""


def describe(
    error: ErrorDetails, root: type[BaseModel], name: str | None = None
) -> tuple[str, Message]:
    """A problem code and the sentence for one pydantic error (without the entity);
    `name` calls the field otherwise than by its key (a form's label)."""
    kind = error["type"]
    path: Path = tuple(error["loc"])
    field = name or field_name(path)
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "missing-key", msg("error.missing", field=field)
    if kind == "extra_forbidden":
        key = str(path[-1])
        hint = _did_you_mean(key, _model_fields(root, path[:-1]))
        return "unknown-key", msg("error.unknown_key", key=one_line(key), hint=hint)
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", ""))
        options = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        hint = _did_you_mean(str(value), options) if isinstance(value, str) else ""
        return "bad-value", msg(
            "error.one_of",
            field=field,
            options=", ".join(options),
            value=show_value(value),
            hint=hint,
        )
    if kind == "list_type" and len(path) == 1 and isinstance(value, dict):
        return "bad-value", msg("error.table_not_list", name=path[0])
    if kind in _BOUNDS:
        key, message, _ = _BOUNDS[kind]
        return "bad-value", msg(message, field=field, bound=ctx.get(key), value=show_value(value))
    if kind == "string_too_short":
        return "bad-value", msg("error.empty", field=field)
    if kind == "string_too_long":
        return "bad-value", msg("error.too_long", field=field, max=ctx.get("max_length"))
    if kind == "string_pattern_mismatch":
        return "bad-value", msg("error.slug", field=field, value=show_value(value))
    if kind == "timezone":
        return "bad-value", msg("error.timezone", field=field, value=show_value(value))
    if kind == "local_time":
        return "bad-value", msg("error.local_time", field=field, value=show_value(value))
    if kind == "local_datetime":
        return "bad-value", msg("error.local_datetime", field=field, value=show_value(value))
    if kind == "end_before_start":
        return "bad-value", msg("error.end_before_start", start=ctx["start"], end=ctx["end"])
    if kind == "event_too_long":
        return "bad-value", msg("error.event_too_long", **ctx)
    if kind == "year_outside":
        return "bad-value", msg("error.year_outside", field=field, **ctx)
    if kind == "invisible":
        return "bad-value", msg("error.invisible", field=field)
    if kind == "web_address":
        return "bad-value", msg("error.web_address", field=field, value=show_value(value))
    expected_key = _EXPECTED.get(kind.split("_")[0])
    if expected_key:
        return "bad-value", msg(
            "error.expected", field=field, expected=msg(expected_key), value=show_value(value)
        )
    return "bad-value", msg("error.other", field=field, detail=error["msg"])


def in_form(error: ErrorDetails, root: type[BaseModel], labels: Mapping[str, str]) -> Message:
    """One pydantic error as a form says it: the field named by its label (`labels`, by
    model key, in the form's language), and an empty field said to be needed.

    `check` keeps `describe`'s sentences, which name the file's keys to point into it.
    """
    path: Path = tuple(error["loc"])
    key = next((part for part in path if isinstance(part, str)), "")
    label = labels.get(key)
    if label is None:
        return describe(error, root)[1]
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in ("missing", "string_too_short"):
        return msg("form.needed", field=label)
    if kind in _BOUNDS:
        bound_key, _, sentence = _BOUNDS[kind]
        return msg(sentence, field=label, bound=ctx.get(bound_key))
    expected_key = _EXPECTED.get(kind.split("_")[0])
    if expected_key:
        value = show_value(error.get("input"))
        return msg("form.expected", field=label, expected=msg(expected_key), value=value)
    if kind == "end_before_start":
        start = labels.get("start", "start")
        start = start[:1].lower() + start[1:]  # mid-sentence: "... lebih awal dari hari pertama"
        return msg("form.end_before_start", field=label, end=ctx["end"], start=start)
    return describe(error, root, label)[1]


def finding_message(finding: Finding) -> Message:
    """A rule of the model broken (a dangling reference, a repeated id), as a sentence."""
    params = {
        name: msg(value) if isinstance(value, Phrase) else value
        for name, value in finding.params.items()
    }
    return msg(finding.key, **params)
