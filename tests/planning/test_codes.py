"""The registry of problem codes, its explanations, and silencing codes per workspace.

The source is read to find every code a problem is made with, so a code added later
without an entry in `planning.codes` (and its explanation in both languages) fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT, VISIT
from gathertui.i18n import LANGUAGES, msg
from gathertui.i18n.compile import entries
from gathertui.planning.codes import CODES, PARTS, can_silence, close_codes, explanation
from gathertui.planning.silence import audible, silence_problems
from gathertui.problems import Problem, Severity
from gathertui.state import open_workspace, plan_problems
from gathertui.storage import load_plan, load_settings
from gathertui.storage.locate import place

SOURCE = ROOT / "src" / "gathertui"
CATALOGS = {lang: entries(lang) for lang in LANGUAGES}
CODE_SHAPE = re.compile(r"^[a-z]+(-[a-z]+)*$")
# Calls that make a problem, and where their code is: (position, keyword).
MAKERS = {
    "warn": (0, "code"),
    "problem": (0, "code"),
    "Finding": (0, "code"),
    "Problem": (0, "code"),
}
# Codes passed on in a variable whose literals are found elsewhere: from `describe`'s
# returned (code, message) pairs, and from `Finding`s.
FORWARDED = {("storage/reader.py", "code"), ("storage/reader.py", "f.code")}


# --- reading the source -------------------------------------------------------------------


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for given in call.keywords:
        if given.arg == keyword:
            return given.value
    return call.args[position] if len(call.args) > position else None


Function = ast.FunctionDef | ast.AsyncFunctionDef


def _calls(tree: ast.Module) -> list[tuple[ast.Call, Function | None]]:
    """Every call, with the function it is written in (None: the module's own code)."""
    found: list[tuple[ast.Call, Function | None]] = []

    def visit(node: ast.AST, function: Function | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else None
            if isinstance(child, ast.Call):
                found.append((child, function))
            visit(child, inner or function)

    visit(tree, None)
    return found


def _parameters(function: Function | None) -> list[str]:
    if function is None:
        return []
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


def _assigned_strings(function: ast.AST, name: str) -> list[str] | None:
    """The strings a local `name` is set to, if it is only ever set to strings."""
    values = [
        node.value
        for node in ast.walk(function)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
    ]
    if values and all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values):
        return [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return None


def _module_codes(relative: str, tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """The codes made in one module (code → where), and the code expressions not resolved.

    A function that passes one of its parameters on as the code (`_double_bookings(context,
    "venue-double-booked", ...)` → `context.warn(code, ...)`) is followed: its callers'
    literals are codes too.
    """
    makers = dict(MAKERS)
    found: dict[str, str] = {}
    unresolved: set[str] = set()
    calls = _calls(tree)
    grew = True
    while grew:
        grew = False
        for call, function in calls:
            name = _name(call)
            if name not in makers:
                continue
            argument = _argument(call, *makers[name])
            where = f"{relative}:{call.lineno}"
            if argument is None:
                continue
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, where)
                continue
            if isinstance(argument, ast.Name):
                strings = _assigned_strings(function or tree, argument.id)
                if strings is not None:
                    found.update({s: where for s in strings if s not in found})
                    continue
                parameters = _parameters(function)
                if function is not None and argument.id in parameters:
                    if function.name not in makers:
                        makers[function.name] = (parameters.index(argument.id), argument.id)
                        grew = True
                    continue
            unresolved.add(ast.unparse(argument))
    # `describe` answers (code, message) pairs.
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Return)
            and isinstance(node.value, ast.Tuple)
            and len(node.value.elts) == 2
            and isinstance(node.value.elts[0], ast.Constant)
            and isinstance(node.value.elts[0].value, str)
            and isinstance(node.value.elts[1], ast.Call)
            and _name(node.value.elts[1]) == "msg"
        ):
            found.setdefault(node.value.elts[0].value, f"{relative}:{node.lineno}")
    return found, unresolved


def source_codes() -> tuple[dict[str, str], set[tuple[str, str]]]:
    found: dict[str, str] = {}
    unresolved: set[tuple[str, str]] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        codes, loose = _module_codes(relative, ast.parse(path.read_text(encoding="utf-8")))
        for code, where in codes.items():
            found.setdefault(code, where)
        unresolved |= {(relative, expression) for expression in loose}
    return found, unresolved


def test_the_scan_finds_codes_made_every_way() -> None:
    found, _ = source_codes()
    # One of each: context.warn, Source.problem, Finding, describe's pairs, a forwarder.
    for code in ("no-pic", "syntax", "duplicate-id", "bad-value", "venue-double-booked"):
        assert code in found


def test_every_code_made_in_the_source_is_registered() -> None:
    found, _ = source_codes()
    missing = {code: where for code, where in found.items() if code not in CODES}
    assert not missing, f"add these to gathertui.planning.codes.CODES: {missing}"
    assert all(CODE_SHAPE.match(code) for code in found)


def test_every_code_is_made_from_something_the_scan_can_read() -> None:
    _, unresolved = source_codes()
    assert unresolved <= FORWARDED, (
        "a problem's code comes from an expression the registry test cannot follow: "
        f"{unresolved - FORWARDED}; pass a literal, or add it to FORWARDED with a reason"
    )


def test_every_registered_code_is_made_somewhere() -> None:
    found, _ = source_codes()
    assert set(CODES) <= set(found), f"no longer made: {set(CODES) - set(found)}"


# --- the registry -------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_explained_in_both_languages(code: str) -> None:
    assert CODE_SHAPE.match(code)
    for part in PARTS:
        key = f"explain.{code}.{part}"
        assert all(key in CATALOGS[lang] for lang in LANGUAGES), f"{key} is missing"
        texts = {lang: "".join(CATALOGS[lang][key].forms) for lang in LANGUAGES}
        assert all(text.strip() for text in texts.values())
        assert texts["id"] != texts["en"], f"{key} is not translated"
    for lang in LANGUAGES:
        text = "\n".join(m.render(lang) for m in explanation(code))
        assert code in text and "explain." not in text


def test_no_explanation_without_a_code() -> None:
    explained = {
        key.split(".")[1] for key in CATALOGS["en"] if re.match(r"^explain\.[a-z-]+\.", key)
    }
    assert explained - {"part"} <= set(CODES)


def test_severities_and_what_can_be_silenced() -> None:
    assert CODES["syntax"] is Severity.ERROR and not can_silence("syntax")
    assert CODES["no-pic"] is Severity.WARNING and can_silence("no-pic")
    assert CODES["same-day-event"] is Severity.INFO and can_silence("same-day-event")
    assert not can_silence("no-such-code")


def test_an_explanation_says_whether_it_can_be_silenced() -> None:
    assert "silence" in explanation("no-pic")[-1].render("en")
    assert "cannot be silenced" in explanation("syntax")[-1].render("en")


def test_close_codes() -> None:
    assert close_codes("same-day-evnt")[0] == "same-day-event"
    assert close_codes("No-Pic") == ["no-pic"]
    assert close_codes("zzz") == []


# --- silencing ----------------------------------------------------------------------------


def _problem(code: str, severity: Severity) -> Problem:
    return Problem(code, severity, msg("check.no_pic", item="x", when="y"))


def test_audible_leaves_out_silenced_warnings_and_information_never_errors(
    workspace: Path,
) -> None:
    settings = load_settings(workspace / "gathertui.toml").model
    settings.settings.silence = ["no-pic", "same-day-event", "bad-value"]
    problems = [
        _problem("no-pic", Severity.WARNING),
        _problem("same-day-event", Severity.INFO),
        _problem("bad-value", Severity.ERROR),
        _problem("over-capacity", Severity.WARNING),
    ]
    kept = audible(problems, settings)
    assert [p.code for p in kept] == ["bad-value", "over-capacity"]
    assert audible(problems, None) == problems


def _silence(workspace: Path, entries: str) -> Path:
    settings = workspace / "gathertui.toml"
    text = settings.read_text(encoding="utf-8")
    text = text.replace('timezone = "Asia/Jakarta"\n', f'timezone = "Asia/Jakarta"\n{entries}\n')
    settings.write_text(text, encoding="utf-8")
    return settings


def _without_pic(visit: Path) -> None:
    text = visit.read_text(encoding="utf-8")
    visit.write_text(text.replace('pic = "ayu-wulandari"\n', "", 1), encoding="utf-8")


def test_a_silenced_code_leaves_every_list_and_count(workspace: Path) -> None:
    visit = workspace / VISIT
    _without_pic(visit)
    loud = open_workspace(workspace).all_problems()
    assert any(p.code == "no-pic" for p in loud)
    counts = open_workspace(workspace).counts()

    _silence(workspace, 'silence = ["no-pic"]')
    opened = open_workspace(workspace)
    quiet = opened.all_problems()
    assert not any(p.code == "no-pic" for p in quiet)
    assert len(quiet) == len(loud) - sum(p.code == "no-pic" for p in loud)
    assert opened.counts()[visit] < counts[visit]
    assert not any(p.code == "no-pic" for p in plan_problems(load_plan(visit), opened.preferences))
    # Without the workspace's settings, nothing is silenced.
    assert any(p.code == "no-pic" for p in plan_problems(load_plan(visit)))


def test_information_can_be_silenced(workspace: Path) -> None:
    settings = workspace / "gathertui.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8")
        + '\n[[calendar]]\nid = "pawai"\ntitle = "Pawai"\nstart = 2023-05-26\n',
        encoding="utf-8",
    )
    problems = open_workspace(workspace).all_problems()
    [info] = [p for p in problems if p.code == "same-day-event"]
    assert info.severity is Severity.INFO
    _silence(workspace, 'silence = ["same-day-event"]')
    problems = open_workspace(workspace).all_problems()
    assert not any(p.code == "same-day-event" for p in problems)


def test_errors_stay_and_silencing_them_is_warned_of(workspace: Path) -> None:
    visit = workspace / VISIT
    text = visit.read_text(encoding="utf-8")
    visit.write_text(text.replace('venue = "lokakrida"', 'venue = "aula"', 1), encoding="utf-8")
    settings = _silence(workspace, 'silence = ["unknown-reference"]')
    problems = open_workspace(workspace).all_problems()
    assert any(p.code == "unknown-reference" and p.file == visit for p in problems)
    [warning] = [p for p in problems if p.code == "cannot-silence"]
    assert warning.severity is Severity.WARNING and warning.file == settings
    assert warning.path == ("settings", "silence", 0)
    line = settings.read_text(encoding="utf-8").split("\n")[warning.line - 1]
    assert line[warning.column - 1 :].startswith('"unknown-reference"')


def test_each_unknown_entry_is_warned_of_where_it_is_written(workspace: Path) -> None:
    settings = _silence(
        workspace,
        'silence = [\n  "no-pic", # a comment with ] and "quotes"\n  "same-day-evnt", "bogus",\n]',
    )
    loaded = load_settings(settings)
    found = place(silence_problems(settings, loaded.model), loaded.source.index)
    lines = settings.read_text(encoding="utf-8").split("\n")
    line = lines.index('  "same-day-evnt", "bogus",') + 1
    assert [(p.code, p.line, p.column) for p in found] == [
        ("unknown-code", line, 3),
        ("unknown-code", line, 20),
    ]
    assert 'did you mean "same-day-event"' in found[0].message.render("en")
    assert "did you mean" not in found[1].message.render("en")
    assert [p.path for p in found] == [("settings", "silence", 1), ("settings", "silence", 2)]


def test_the_warnings_about_silence_are_in_the_workspace_and_can_be_silenced(
    workspace: Path,
) -> None:
    _silence(workspace, 'silence = ["bogus"]')
    assert [p.code for p in open_workspace(workspace).all_problems()] == ["unknown-code"]
    (workspace / "gathertui.toml").write_text(
        (workspace / "gathertui.toml")
        .read_text(encoding="utf-8")
        .replace('silence = ["bogus"]', 'silence = ["bogus", "unknown-code"]'),
        encoding="utf-8",
    )
    assert open_workspace(workspace).all_problems() == []
