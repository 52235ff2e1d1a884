"""The public glossary page of each locale, A to Z."""

from itertools import groupby

from django.shortcuts import render
from wagtail.models import Locale

from .models import Abbreviation


def _initial(abbreviation: str) -> str:
    first = abbreviation[:1].upper()
    return first if first.isalpha() else "#"


def glossary_index(request):
    """The live glossary of the visitor's language (from the URL prefix), grouped by initial."""
    locale = Locale.get_active()
    entries = sorted(
        Abbreviation.objects.live()
        .filter(locale=locale)
        .only("abbreviation", "expansion", "description", "variants", "locale_id"),
        key=lambda entry: (entry.abbreviation.casefold(), entry.abbreviation),
    )
    groups = [(letter, list(rows)) for letter, rows in groupby(entries, key=lambda e: _initial(e.abbreviation))]
    return render(
        request,
        "glossary/glossary_index.html",
        {"groups": groups, "entry_count": len(entries), "language_code": locale.language_code},
    )
