"""An override of a Textual handler bound with `@on` is never called for its message.

`@on` binds the function itself, not its name, so a subclass's method of the same name
is skipped when the message arrives, and the guard it holds with it (the palette's
Enter after it closed ended the app that way). Every override must bind itself.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import gathertui.tui


def test_no_override_of_an_on_handler_goes_unheard() -> None:
    unheard = []
    for module_info in pkgutil.walk_packages(gathertui.tui.__path__, "gathertui.tui."):
        module = importlib.import_module(module_info.name)
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            for name, value in vars(cls).items():
                bound = [
                    base for base in cls.__mro__[1:] if hasattr(vars(base).get(name), "_textual_on")
                ]
                if bound and not hasattr(value, "_textual_on"):
                    unheard.append(f"{cls.__module__}.{cls.__name__}.{name}")
    assert unheard == []
