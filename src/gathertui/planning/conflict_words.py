"""A merge's conflicts in words, for the app's conflict screen: what each is about
("Peserta Siti Rahayu: Kehadiran") and each side's value as a person reads it, with the
words `gathertui diff` uses for the same lists, fields and values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from gathertui.i18n import Message, msg, tr
from gathertui.i18n.dates import clock
from gathertui.i18n.labels import word
from gathertui.model.plan import MergeConflict, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.diff_words import SECTION_KEYS, field_name, value_words
from gathertui.planning.merge_conflicts import can_keep_both, shown, split_path
from gathertui.text import one_line

# Fields whose values are words of a closed vocabulary: "declined" reads "menolak".
VOCABULARIES = frozenset({"kind", "status", "side", "category", "attendance", "action"})
# Fields naming a signatory of gathertui.toml (a plan's namer has none: the id stays).
SIGNERS = frozenset({"signed_by", "acknowledged_by"})
# What tells one entity from another besides its name, in the order said.
KEY_FACTS = {
    "people": ("position", "delegation", "attendance"),
    "venues": ("building", "address"),
    "delegations": ("side",),
    "signatories": ("office",),
    "calendar": ("start", "end"),
    "holidays": ("date", "action"),
    "precedence": ("rank",),
    "targets": ("count", "since"),
}


@dataclass(frozen=True)
class ConflictWords:
    """One conflict as the conflict screen lists it."""

    place: str
    ours: str
    theirs: str
    # The common ancestor's value; empty when neither side had it before.
    base: str
    both: bool


class _Namer:
    """Names the entities of a plan or of gathertui.toml by id, as the lists show them."""

    def __init__(self, model: Plan | WorkspaceSettings) -> None:
        self.named: dict[str, dict[str, str]] = {}
        for section in model.ENTITY_LISTS:
            if section == "conflicts":
                continue
            # Only entities with ids can be named in a conflict's path.
            self.named[section] = {
                e.id: self.called(vars(e)) for e in getattr(model, section) if hasattr(e, "id")
            }

    @staticmethod
    def called(entity: dict[str, Any]) -> str:
        value = entity.get("name") or entity.get("title") or entity.get("position")
        return one_line(str(value or entity.get("id") or "…"))

    def name(self, section: str, ident: str) -> str:
        return self.named.get(section, {}).get(ident) or ident


def _section(top: str, lang: str) -> str:
    return tr(SECTION_KEYS[top], lang) if top in SECTION_KEYS else ""


def place(
    model: Plan | WorkspaceSettings, conflict: MergeConflict, lang: str, namer: _Namer
) -> str:
    """ "Peserta Siti Rahayu: Kehadiran", "Peserta Andi Pratama", "Kegiatan: Judul"."""
    top, ident, keys = split_path(model, conflict.path)
    section = _section(top, lang)
    field = field_name(top, ".".join(keys), lang) if keys else ""
    if ident is None:
        if not section:  # gathertui.toml's tables: the field's label says enough
            return field or top
        return tr("conflict.place_table", lang, section=section, field=field)
    name = namer.name(top, ident)
    for side in (conflict.ours, conflict.theirs):
        if name == ident and not keys and isinstance(side, dict):
            name = namer.called(side)
    if not keys:
        return tr("conflict.place_entity", lang, section=section, name=name).strip()
    return tr("conflict.place", lang, section=section, name=name, field=field).strip()


def _value(field: str, value: Any, lang: str, namer: _Namer) -> str:
    if isinstance(value, str) and field in VOCABULARIES:
        return word(value, lang, status=field == "status")
    if isinstance(value, str) and field in SIGNERS:
        return namer.name("signatories", value)
    return value_words(field, value, lang, namer.name)


def _entity(top: str, value: Any, lang: str, namer: _Namer) -> str:
    """An entity by its name and key facts: "Andi Pratama (Kepala Dinas, terkonfirmasi)"."""
    said = shown(value)
    if isinstance(said, Message):
        return said.render(lang)
    facts = [_value(key, value[key], lang, namer) for key in KEY_FACTS.get(top, ()) if key in value]
    if top == "agenda" and "start" in value and "minutes" in value:
        start = value["start"]
        start = clock(start, lang) if not isinstance(start, str) else start
        facts.append(tr("diff.item_time", lang, start=start, minutes=value["minutes"]))
    return f"{said} ({', '.join(facts)})" if facts else str(said)


def default(model: Plan | WorkspaceSettings, path: str) -> Any:
    """The value a key left out of the file has (a person's attendance: invited), which
    is what a side without the key means; None where the default is nothing."""
    top, ident, keys = split_path(model, path)
    owner: Any = getattr(model, top, None)
    if ident is not None:
        owner = next((e for e in owner or () if getattr(e, "id", None) == ident), None)
    for key in keys[:-1]:
        owner = getattr(owner, key, None)
    if not keys or not isinstance(owner, BaseModel):
        return None
    field = type(owner).model_fields.get(keys[-1])
    return None if field is None or field.default is PydanticUndefined else field.default


def side_words(
    model: Plan | WorkspaceSettings, conflict: MergeConflict, value: Any, lang: str, namer: _Namer
) -> str:
    """One side's value: an entity with its key facts, a field's value in words."""
    top, ident, keys = split_path(model, conflict.path)
    if ident is not None and not keys:
        return _entity(top, value, lang, namer)
    if value is None:
        value = default(model, conflict.path)
    if value is None:
        return tr("diff.none", lang)
    said = shown(_value(keys[-1] if keys else top, value, lang, namer))
    return said.render(lang) if isinstance(said, Message) else str(said)


def conflict_words(model: Plan | WorkspaceSettings, lang: str) -> list[ConflictWords]:
    """Every conflict of `model`, in the file's order."""
    namer = _Namer(model)

    def said(conflict: MergeConflict, value: Any) -> str:
        return side_words(model, conflict, value, lang, namer)

    def before(conflict: MergeConflict) -> str:
        # Left out: a key unset before the merge (its default, if it has one), or no
        # version before it (two new entities with one id).
        if conflict.base is None and default(model, conflict.path) is None:
            return ""
        return said(conflict, conflict.base)

    return [
        ConflictWords(
            place(model, conflict, lang, namer),
            said(conflict, conflict.ours),
            said(conflict, conflict.theirs),
            before(conflict),
            can_keep_both(conflict),
        )
        for conflict in model.conflicts
    ]


def settle_label(place_words: str) -> Message:
    """The undo stack's name for one settled conflict."""
    return msg("op.settle_conflict", place=place_words)
