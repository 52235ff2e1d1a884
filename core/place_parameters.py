"""A visitor's place on a listing (view, month, page of results, filters), carried
across the language switcher into each language's copy of the listing.

Most parameters mean the same in every language. A filter whose values are the
slugs of translatable objects does not: a thematic area is `logement` in French
and `الإسكان` in Arabic, and a flagship page's slug is translated with its title.
Such a parameter is registered here by the app whose listing reads it
(`register_translated_slug`), and its values are replaced by the slug of the same
object (the same translation_key) that the target listing's visitors see, read
for every language in one query.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.http import urlencode

# What says where a visitor is on a listing. Anything else (preview tokens,
# tracking parameters) is left behind.
PLACE_PARAMETERS = (
    "view",
    "month",
    "page",
    "year",
    "audience",
    "region",
    "country",
    "type",
    "keyword",
    "flagship",
    "thematic_area",
)
MAX_VALUE_LENGTH = 100

# {parameter: a function returning the rows, in every locale, the public may see}
_translated_slugs: dict[str, Callable] = {}


def register_translated_slug(parameter: str, public_rows: Callable) -> None:
    """Declare that `parameter` takes the slugs of translatable objects, which
    differ per language. `public_rows()` returns a queryset of the objects the
    public may see (live snippets, public pages) in every locale; listings read
    them with core.delivery.with_locale_fallback. Called from AppConfig.ready()."""
    if parameter not in PLACE_PARAMETERS:
        raise ValueError(f"{parameter!r} is not kept by the language switcher")
    _translated_slugs[parameter] = public_rows


@dataclass(frozen=True)
class SlugTranslations:
    """The slugs of one snippet model, by translation_key and locale id."""

    by_key: dict  # {translation_key: {locale_id: slug}}
    default_locale_id: int

    def seen_in(self, key, locale_id: int) -> str | None:
        """The slug visitors of `locale_id` filter by: the locale's own live row,
        else the default locale's (as core.delivery.with_locale_fallback shows them)."""
        slugs = self.by_key.get(key, {})
        return slugs.get(locale_id) or slugs.get(self.default_locale_id)

    def key_of(self, slug: str, locale_id: int):
        for key in self.by_key:
            if self.seen_in(key, locale_id) == slug:
                return key
        return None


def slug_translations(public_rows, slugs, source_locale_id: int, default_locale_id: int) -> SlugTranslations:
    """Every public row, in every locale, of the objects that `slugs` may name on
    a listing in `source_locale_id`: one query, whatever the number of languages."""
    named = public_rows().filter(slug__in=slugs, locale_id__in={source_locale_id, default_locale_id})
    rows = (
        public_rows()
        .filter(translation_key__in=named.values("translation_key"))
        .order_by()
        .values_list("translation_key", "locale_id", "slug")
    )
    by_key: dict = {}
    for key, locale_id, slug in rows:
        by_key.setdefault(key, {})[locale_id] = slug
    return SlugTranslations(by_key, default_locale_id)


def kept_pairs(params) -> list[tuple[str, str]]:
    """The place parameters of a query string, as (name, value) pairs."""
    pairs = []
    for name in PLACE_PARAMETERS:
        for value in params.getlist(name):
            value = value.strip()
            if not value or len(value) > MAX_VALUE_LENGTH or "\x00" in value:
                continue
            pairs.append((name, value))
    return pairs


def place_queries(params, source_locale_id: int, targets: dict[str, int], default_locale_id: int) -> dict[str, str]:
    """{language code: query string} keeping the visitor's place on a listing
    read in `source_locale_id`, for listings read in `targets` ({code: locale id}).

    A translated-slug value becomes the same snippet's slug in the target; a value
    with no counterpart there (or unknown on the listing being read, which showed
    all items) is left out rather than turned into an unknown filter."""
    pairs = kept_pairs(params)
    translations = {}
    for name, public_rows in _translated_slugs.items():
        slugs = [value for kept, value in pairs if kept == name]
        if slugs:
            translations[name] = slug_translations(public_rows, slugs, source_locale_id, default_locale_id)
    queries = {}
    for code, locale_id in targets.items():
        target_pairs = []
        for name, value in pairs:
            if name in translations:
                known = translations[name]
                value = known.seen_in(known.key_of(value, source_locale_id), locale_id)
                if value is None or (name, value) in target_pairs:
                    continue
            target_pairs.append((name, value))
        queries[code] = urlencode(target_pairs)
    return queries
