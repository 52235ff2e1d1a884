"""Sections that later apps add to earlier apps' pages.

The flagship page shows its latest stories and the home page the latest stories
and events, but `stories` and `events` come after `flagships` and `home` in the
app order, so those apps cannot import them. A later app registers a section for
a page type here, from its `AppConfig.ready()`; the page's template renders
whatever is registered with `{% page_sections page %}` (core's public_tags).

    register_page_section(FlagshipPage, "latest-stories", "stories/sections/latest_stories.html",
                          latest_stories_for_flagship, order=50)
"""

from collections.abc import Callable
from dataclasses import dataclass

# context(page, request) -> the section's template context, or None to show nothing.
SectionContext = Callable[[object, object], dict | None]


@dataclass(frozen=True)
class PageSection:
    name: str
    template: str
    context: SectionContext
    order: int = 100


_sections: dict[type, dict[str, PageSection]] = {}


def register_page_section(model: type, name: str, template: str, context: SectionContext, *, order: int = 100):
    """Show a section on pages of `model` (and its subclasses). Registering a name
    again replaces the earlier registration (idempotent across reloads)."""
    _sections.setdefault(model, {})[name] = PageSection(name, template, context, order)


def sections_for(page) -> list[PageSection]:
    found: dict[str, PageSection] = {}
    for klass in type(page).__mro__:
        for name, section in _sections.get(klass, {}).items():
            found.setdefault(name, section)
    return sorted(found.values(), key=lambda section: (section.order, section.name))


def rendered_sections(page, request) -> list[tuple[str, dict]]:
    """(template, context) for each registered section that has something to show."""
    result = []
    for section in sections_for(page):
        context = section.context(page, request)
        if context:
            result.append((section.template, context))
    return result
