"""Every action in the command palette (ctrl+p), named plainly in the UI language."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from gathertui.text import one_line
from gathertui.tui.app import GathertuiApp
from gathertui.tui.text import t

Command = tuple[str, Callable[[], object], str]


class GathertuiCommands(Provider):
    def _commands(self) -> list[Command]:
        app = self.app
        assert isinstance(app, GathertuiApp)  # a provider has no `getters.app`
        screen = self.screen
        found: list[Command] = []

        def add(key: str, action: str, help_key: str) -> None:
            found.append((t(app, key), partial(app.run_action, action, screen), t(app, help_key)))

        from gathertui.tui.screens.plan import PlanScreen

        if isinstance(screen, PlanScreen):
            for name, action in (
                ("cmd.overview", "tab('overview')"),
                ("cmd.roster", "tab('roster')"),
                ("cmd.agenda", "tab('agenda')"),
                ("cmd.venues", "tab('venues')"),
                ("cmd.delegations", "tab('delegations')"),
                ("cmd.save", "save"),
                ("cmd.undo", "undo"),
                ("cmd.redo", "redo"),
                ("cmd.add_person", "add_person"),
                ("cmd.edit_quotas", "pane('roster', 'quotas')"),
                ("cmd.filter", "pane('roster', 'filter')"),
                ("cmd.precedence_order", "pane('roster', 'precedence_order')"),
                ("cmd.edit_event", "edit_event"),
                ("cmd.edit_signing", "edit_signing"),
                ("cmd.edit_invitation", "edit_invitation"),
                ("cmd.add_item", "pane('agenda', 'add')"),
                ("cmd.add_venue", "pane('venues', 'add')"),
                ("cmd.reuse_venue", "pane('venues', 'reuse')"),
                ("cmd.seating", "pane('venues', 'seating')"),
                ("cmd.add_delegation", "pane('delegations', 'add')"),
                ("cmd.reflow_day", "pane('agenda', 'reflow')"),
                ("cmd.day_venue", "pane('agenda', 'day_venue')"),
                ("cmd.export", "export"),
                ("cmd.copy_whatsapp", "copy_whatsapp"),
                ("cmd.import_roster", "import_roster"),
                ("cmd.history", "history"),
            ):
                add(name, action, f"{name}.help")
            if screen.session.plan.conflicts:
                add("cmd.conflicts", "conflicts", "cmd.conflicts.help")
            if screen.coverage_shown():
                add("cmd.coverage", "tab('coverage')", "cmd.coverage.help")
                add("cmd.add_coverage", "pane('coverage', 'add')", "cmd.add_coverage.help")
            found.append(
                (
                    t(app, "cmd.workspace"),
                    app.action_workspace,
                    t(app, "cmd.workspace.help"),
                )
            )
        else:
            add("cmd.new_plan", "new", "cmd.new_plan.help")
        found.append((t(app, "cmd.help"), app.action_help, t(app, "cmd.help.help")))
        found.append((t(app, "cmd.calendar"), app.action_calendar, t(app, "cmd.calendar.help")))
        found.append((t(app, "cmd.settings"), app.action_settings, t(app, "cmd.settings.help")))
        found.append((t(app, "cmd.sync"), app.action_sync, t(app, "cmd.sync.help")))
        for path, plan in app.workspace.effective_plans():
            found.append(
                (
                    t(app, "cmd.open", title=one_line(plan.event.title)),
                    partial(app.open_plan, path),
                    str(path.name),
                )
            )
        return found

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            # The matcher reads its candidate as markup; plan titles are data, so they are
            # escaped first and a "[b]" in a title shows as written.
            candidate = escape(name)
            score = matcher.match(candidate)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(candidate), callback, text=name, help=escape(help_text)
                )
