"""What a problem is about: by id for `check` (searchable in the file), by title or name
in the app."""

from __future__ import annotations

from gathertui.i18n import msg


def test_an_entity_is_named_by_id_or_by_title() -> None:
    about = msg(
        "problem.about",
        entity=msg("entity.agenda", id="salat-jumat", called="Salat Jumat berjamaah"),
        problem=msg("entity.table", name="event"),
    )
    assert about.render("id").startswith('mata acara "salat-jumat"')
    assert about.render("id", by_name=True).startswith('mata acara "Salat Jumat berjamaah"')
    assert about.render("en", by_name=True).startswith('agenda item "Salat Jumat berjamaah"')


def test_without_a_title_the_id_stays() -> None:
    entity = msg("entity.people", id="budi", called="")
    assert entity.render("en", by_name=True) == 'person "budi"'
