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

from django.urls import NoReverseMatch, reverse
from django.utils import translation
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
# {URL name: (its slug argument, the same kind of function)}
_translated_routes: dict[str, tuple[str, Callable]] = {}


def register_translated_slug(parameter: str, public_rows: Callable) -> None:
    """Declare that `parameter` takes the slugs of translatable objects, which
    differ per language. `public_rows()` returns a queryset of the objects the
    public may see (live snippets, public pages) in every locale; listings read
    them with core.delivery.with_locale_fallback. Called from AppConfig.ready()."""
    if parameter not in PLACE_PARAMETERS:
        raise ValueError(f"{parameter!r} is not kept by the language switcher")
    _translated_slugs[parameter] = public_rows


def register_translated_route(url_name: str, argument: str, public_rows: Callable) -> None:
    """Declare that the view named `url_name` (a view with no page, such as a
    thematic area's page) takes the slug of a translatable object in `argument`,
    so that the switcher links to the same object's slug in each language."""
    _translated_routes[url_name] = (argument, public_rows)


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
        """The object `slug` names for visitors of `locale_id`: its row there, else
        a default-locale row with that slug (views accept both)."""
        for locale in (locale_id, self.default_locale_id):
            for key, slugs in self.by_key.items():
                if slugs.get(locale) == slug:
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


def takes_translated_slug(match) -> bool:
    """Whether the resolved view `match` is named by a registered per-language slug."""
    return match is not None and match.url_name in _translated_routes


def route_urls(match, query: str, source_locale_id: int, targets: dict[str, int], default_locale_id: int):
    """{language code: URL} of the view `match` (a ResolverMatch) with its slug
    argument replaced by the same object's slug in each language, or None when
    the view takes no registered slug. Languages whose object cannot be found
    are left out (their URL is unchanged)."""
    if not takes_translated_slug(match):
        return None
    argument, public_rows = _translated_routes[match.url_name]
    slug = match.kwargs.get(argument)
    if not slug:
        return None
    known = slug_translations(public_rows, [slug], source_locale_id, default_locale_id)
    key = known.key_of(slug, source_locale_id)
    urls = {}
    for code, locale_id in targets.items():
        target_slug = known.seen_in(key, locale_id)
        if target_slug is None:
            continue
        try:
            with translation.override(code):
                url = reverse(match.view_name, args=match.args, kwargs={**match.kwargs, argument: target_slug})
        except NoReverseMatch:  # a slug the route's pattern refuses: keep the plain link
            continue
        urls[code] = f"{url}?{query}" if query else url
    return urls
