"""Marking text that a translation still shows in its source language.

wagtail-localize publishes a translation with untranslated segments showing the
source text: the French "Villes côtières résilientes" may carry an English
summary, figures, quote and update titles. Screen readers must read those in
English (WCAG 3.1.2), wherever they appear: on the page itself, as teasers on
theme pages and listings, in search results. The segments are known (strings of
a translation's source with no translation into its target locale), so instead
of asking every template to know which field is translated, the response of a
page in a non-default language is read once and each element (or text run)
whose text is exactly such a segment gets `lang` (and `dir`) of its source
language. The page cache stores the marked page, so this runs once per
publication, not per visitor.
"""

import html
import re
from functools import lru_cache

from bs4 import BeautifulSoup, NavigableString
from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Locale

from . import content_generation
from .links import text_direction

# Shorter strings ("14", "Beira") are too likely to be the same in both languages.
MIN_LENGTH = 8
# Teasers end with an ellipsis after a cut (core.rendering.teaser).
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")
_SKIP = {"script", "style", "head", "title", "textarea"}


def normalise(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(strip_tags(text or ""))).strip()


def _untranslated_rows(locale: Locale):
    """(segment text, source language) of every enabled translation into `locale`
    whose target is published with the segment still in the source language."""
    from wagtail_localize.models import StringSegment, StringTranslation

    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale.pk,
        has_error=False,
    )
    return (
        StringSegment.objects.filter(
            source__translations__target_locale=locale,
            source__translations__enabled=True,
        )
        .exclude(Exists(translated))
        .values_list("string__data", "source__locale__language_code")
        .distinct()
    )


def untranslated_texts(language_code: str) -> dict[str, str]:
    """{normalised text: language code} of the segments shown untranslated in the
    locale of `language_code`; cached until the next publication in that locale
    (no query on a cache hit)."""
    key = f"source-language:{language_code}:{content_generation.current(language_code)}"
    texts = cache.get(key)
    if texts is None:
        texts = {}
        locale = Locale.objects.filter(language_code=language_code).first()
        for data, language in _untranslated_rows(locale) if locale is not None else ():
            text = normalise(data)
            if len(text) >= MIN_LENGTH:
                texts[text] = language
        cache.set(key, texts, timeout=None)
    return texts


@lru_cache(maxsize=8)
def _direction(language: str) -> str:
    return text_direction(language)


def _source_language(text: str, texts: dict[str, str]) -> str | None:
    if text in texts:
        return texts[text]
    if text.endswith(ELLIPSIS) and len(text) > MIN_LENGTH * 2:
        start = text[: -len(ELLIPSIS)].rstrip()
        for candidate, language in texts.items():
            if candidate.startswith(start):
                return language
    return None


def _inherited_language(node, default: str) -> str:
    for parent in node.parents:
        if getattr(parent, "attrs", None) and parent.get("lang"):
            return parent["lang"]
    return default


def mark_source_language(content: str, texts: dict[str, str], page_language: str) -> str | None:
    """`content` with every element or text run showing an untranslated segment
    marked with its language; None when nothing needed marking."""
    soup = BeautifulSoup(content, "html.parser")
    body = soup.body
    if body is None:
        return None
    changed = False
    for element in body.find_all(True):
        if element.name in _SKIP or element.find_parent(_SKIP):
            continue
        language = _source_language(normalise(element.get_text()), texts)
        if language and _inherited_language(element, page_language) != language and not element.get("lang"):
            element["lang"] = language
            element["dir"] = _direction(language)
            changed = True
    for node in body.find_all(string=True):
        if not isinstance(node, NavigableString) or node.parent.name in _SKIP:
            continue
        language = _source_language(normalise(str(node)), texts)
        if language and _inherited_language(node, page_language) != language:
            span = soup.new_tag("span", lang=language, dir=_direction(language))
            node.wrap(span)
            changed = True
    return str(soup) if changed else None


class SourceLanguageMiddleware:
    """Marks untranslated segments in pages served in a non-default language
    (after the page cache in MIDDLEWARE, so the cache keeps the marked page)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = translation.get_language()
        if (
            language == settings.LANGUAGE_CODE
            or response.status_code != 200
            or getattr(response, "streaming", False)
            or not response.get("Content-Type", "").startswith("text/html")
            or request.path.startswith(("/admin/", "/django-admin/"))
        ):
            return response
        texts = untranslated_texts(language)
        if not texts:
            return response
        charset = response.charset or "utf-8"
        marked = mark_source_language(response.content.decode(charset), texts, language)
        if marked is not None:
            response.content = marked.encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
