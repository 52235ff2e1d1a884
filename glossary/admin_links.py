"""Admin URLs the glossary's checks and report link to."""

from django.urls import reverse
from django.utils.http import urlencode


def add_to_glossary_url(abbreviation: str, language_code: str) -> str:
    """The glossary's add form, prefilled with `abbreviation`, in the page's locale."""
    path = reverse("wagtailsnippets_glossary_abbreviation:add")
    return f"{path}?{urlencode({'locale': language_code, 'abbreviation': abbreviation})}"
