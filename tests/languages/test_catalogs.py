"""Labels visitors read on flagship and donate pages exist in every language,
and amounts follow the reader's conventions, isolated for bidi."""

import ast
import re
from decimal import Decimal
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation
from django.utils.translation.template import templatize

LANGUAGES = ["fr", "es", "ar", "zh-hans", "ru"]
VISITOR_LABELS = [
    "Planned", "Paused", "Milestone", "Major development", "Funds received", "Funds spent",
    "Review", "Figure", "Valid on", "Share", "What", "All projects that need funding", "Thank you",
    "%(received)s received of %(goal)s (%(percent)s)",
]  # fmt: skip


@pytest.mark.parametrize("code", LANGUAGES)
def test_visitor_labels_are_translated(code):
    with translation.override(code):
        untranslated = [msgid for msgid in VISITOR_LABELS if translation.gettext(msgid) == msgid]
    assert untranslated == []


def _progress(code):
    template = Template(
        "{% load i18n public_tags %}{% blocktranslate with received=received|money:'USD' goal=goal|money:'USD' "
        "percent=share|percent %}{{ received }} received of {{ goal }} ({{ percent }}){% endblocktranslate %}"
    )
    with translation.override(code):
        return template.render(Context({"received": Decimal("4525"), "goal": Decimal("12500000"), "share": 0}))


def test_amounts_follow_the_readers_conventions_and_stay_whole_in_arabic():
    assert _progress("en") == "<bdi>$4,525.00</bdi> received of <bdi>$12,500,000.00</bdi> (<bdi>0%</bdi>)"
    french = _progress("fr")
    assert french.startswith("<bdi>4\u202f525,00\xa0$US</bdi> reçus sur <bdi>12\u202f500\u202f000,00\xa0$US</bdi>")
    arabic = _progress("ar")
    # Each amount is one isolated run: no "USD received of 4525,00" scramble.
    assert arabic.count("<bdi>") == 3
    assert "12500000,00" not in arabic and "USD received" not in arabic


# Every visitor-facing message: the strings of the public templates (not the
# admin's) and of the modules whose messages visitors read (the donation form,
# project statuses, currencies, search and listing messages, the receipt, API problems).
VISITOR_MODULES = [
    "donate/forms.py",
    "donate/models/choices.py",
    "donate/currencies.py",
    "donate/receipts.py",
    "search/service.py",
    "search/views.py",
    "publications/listing.py",
    "publications/feeds.py",
    "stories/page_context.py",
    # The API's problem details and what they name (worded in the request's language).
    "core/problems.py",
    "core/api.py",
    "core/input_guard.py",
    "core/uploads.py",
    "site/api.py",
    "search/api.py",
    "glossary/api.py",
    "briefs/api.py",
    "events/api.py",
    "stories/api.py",
    "home/api.py",
]
ADMIN_TEMPLATES = ("/admin/", "core/templates/", "/share_links/", "translation_status")
CATALOG_CODES = {"fr": "fr", "es": "es", "ar": "ar", "zh-hans": "zh_Hans", "ru": "ru"}
_CALL = re.compile(r"\b(n?p?gettext(?:_lazy)?|_)\(")


def _string_args(source: str, start: int) -> list[str]:
    """The leading string literal arguments of the call that opens at `start`."""
    tree = ast.parse(_balanced(source, start), mode="eval")
    return [arg.value for arg in tree.body.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]


def _balanced(source: str, start: int) -> str:
    depth, index = 0, source.index("(", start)
    for position in range(index, len(source)):
        depth += {"(": 1, ")": -1}.get(source[position], 0)
        if depth == 0:
            return "f" + source[index : position + 1]
    raise ValueError("unbalanced call")


def _messages(source: str) -> set[tuple[str | None, str]]:
    found = set()
    for match in _CALL.finditer(source):
        name = match.group(1)
        try:
            args = _string_args(source, match.start())
        except (SyntaxError, ValueError):
            continue
        if name.startswith(("pgettext", "npgettext")) and len(args) >= 2:
            found.add((args[0], args[1]))
        elif args and not name.startswith(("pgettext", "npgettext")):
            found.add((None, args[0]))
    return found


def visitor_messages() -> set[tuple[str | None, str]]:
    root = Path(settings.BASE_DIR)
    messages = set()
    for path in sorted(root.glob("*/templates/**/*.*")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith((".venv", "tests")) or any(part in relative for part in ADMIN_TEMPLATES):
            continue
        messages |= _messages(templatize(path.read_text(), origin=str(path)))
    for module in VISITOR_MODULES:
        messages |= _messages((root / module).read_text())
    return messages


@pytest.mark.parametrize("code", list(CATALOG_CODES))
def test_no_visitor_message_is_untranslated(code):
    catalog = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / CATALOG_CODES[code] / "LC_MESSAGES" / "django.po"))
    translated = {
        (entry.msgctxt, entry.msgid)
        for entry in catalog
        if not entry.obsolete and "fuzzy" not in entry.flags and (entry.msgstr or any(entry.msgstr_plural.values()))
    }
    with translation.override(code):
        # Django's and Wagtail's own catalogs cover some (weekday names).
        missing = sorted(
            msgid
            for context, msgid in visitor_messages()
            if (context, msgid) not in translated
            and (translation.pgettext(context, msgid) if context else translation.gettext(msgid)) == msgid
        )
    assert missing == [], f"{len(missing)} visitor messages untranslated in {code}"
