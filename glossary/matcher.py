"""One compiled matcher per locale, rebuilt when that locale's glossary changes.

The matcher is a dictionary from every written form (abbreviation and variants)
to its term, so finding a term costs one lookup per candidate token whatever the
glossary's size. Each process keeps its matchers in memory; a version token per
locale in the shared cache tells every process when to rebuild, so publishing,
unpublishing or deleting an entry on one worker is seen by all of them.
"""

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Locale

VERSION_KEY = "glossary:version:{}"


@dataclass(frozen=True)
class Term:
    abbreviation: str
    expansion: str
    description: str = ""
    variants: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """The shape the rendering path reports to templates and the API."""
        return {"abbreviation": self.abbreviation, "expansion": self.expansion, "description": self.description}


@dataclass
class Matcher:
    forms: dict[str, Term] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)

    @classmethod
    def from_terms(cls, terms) -> "Matcher":
        matcher = cls()
        for term in terms:
            matcher.terms.append(term)
            matcher.forms[term.abbreviation] = term
        for term in matcher.terms:
            for variant in term.variants:
                # An entry's own abbreviation wins over another entry's variant.
                matcher.forms.setdefault(variant, term)
        return matcher


_matchers: dict[int, tuple[str, Matcher]] = {}


def _locale_id(locale) -> int:
    if locale is None:
        return Locale.get_default().pk
    return locale if isinstance(locale, int) else locale.pk


def version(locale) -> str:
    """The current version token of `locale`'s glossary (created if the cache lost it)."""
    key = VERSION_KEY.format(_locale_id(locale))
    token = cache.get(key)
    if token is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        token = cache.get(key)
    return token


def matcher_for(locale) -> Matcher:
    """The live glossary of `locale`, compiled; one cache read when nothing changed."""
    from .models import Abbreviation

    locale_id = _locale_id(locale)
    current = version(locale_id)
    cached = _matchers.get(locale_id)
    if cached is not None and cached[0] == current:
        return cached[1]
    rows = (
        Abbreviation.objects.live()
        .filter(locale_id=locale_id)
        .order_by("abbreviation")
        .values_list("abbreviation", "expansion", "description", "variants")
    )
    matcher = Matcher.from_terms(
        Term(abbreviation, expansion, description, tuple(Abbreviation.parse_variants(variants)))
        for abbreviation, expansion, description, variants in rows
    )
    _matchers[locale_id] = (current, matcher)
    return matcher


def invalidate(locale) -> None:
    """Make every process rebuild `locale`'s matcher on its next use."""
    locale_id = _locale_id(locale)
    cache.set(VERSION_KEY.format(locale_id), uuid.uuid4().hex, timeout=None)
    _matchers.pop(locale_id, None)
