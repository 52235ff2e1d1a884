"""What other apps may ask the glossary (search uses it to expand queries)."""

from .matcher import Term, matcher_for


def live_terms(locale) -> list[Term]:
    """The live glossary of `locale` (a `Locale`, its id, or None for the default)."""
    return list(matcher_for(locale).terms)
