"""What the public may see, in which language: the querysets both the API and
the reference pages read."""

from django.db.models import BooleanField, Case, Q, Value, When
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from .problems import not_found


def not_expired_q() -> Q:
    # `live` is only cleared when the scheduled-publishing command runs; until
    # then an expired page must still be hidden.
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def public_pages(model=Page):
    """Live, public (no view restriction), unexpired pages of `model`."""
    return model.objects.live().public().filter(not_expired_q())


def with_locale_fallback(queryset, locale: Locale):
    """Rows in `locale`, plus default-locale rows that have no counterpart there.

    The queryset must already hold only what the public may see, so that an
    unpublished translation falls back to its published source. Each row is
    annotated with `translated`: False where the default-locale row stands in.
    """
    default = Locale.get_default()
    if locale.pk == default.pk:
        return queryset.filter(locale=locale).annotate(translated=Value(True, output_field=BooleanField()))
    present = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=present))).annotate(
        translated=Case(When(locale=locale, then=Value(True)), default=Value(False), output_field=BooleanField())
    )


def locales_by_translation_key(queryset, translation_keys) -> dict:
    """{translation_key: [language codes it is published in]} in one query."""
    result: dict = {}
    rows = (
        queryset.filter(translation_key__in=list(translation_keys))
        .order_by("locale__language_code")
        .values_list("translation_key", "locale__language_code")
    )
    for key, code in rows:
        result.setdefault(key, []).append(code)
    return result


def localize_pages(pages, locale: Locale) -> list:
    """Swap each page for its public translation in `locale` where one exists.

    One query for the whole list, instead of `.localized` per page.
    """
    pages = [page for page in pages if page is not None]
    keys = {page.translation_key for page in pages}
    translations = {
        page.translation_key: page for page in public_pages().filter(translation_key__in=keys, locale=locale).specific()
    }
    return [translations.get(page.translation_key, page) for page in pages]


def locale_roots(site) -> list:
    """The site's home page in each locale (live ones)."""
    return list(site.root_page.get_translations(inclusive=True).live().select_related("locale"))


def default_site() -> Site:
    """The default site (its root page is the home page in the default locale).

    Raises a 404 problem when none is configured, so the API explains itself.
    """
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        raise not_found("site")
    return site


def answer_in_locale(copies, requested: Locale, fallback=None):
    """The copy of one item to answer a request for `requested` with.

    Every detail endpoint and page of the site answers the same way: the copy
    in the requested locale where it is public, else the default locale's copy,
    else `fallback` (an item written in a third language and never translated)
    or whichever copy there is. The chosen copy is marked `translated` (False
    when it stands in for a missing translation).

    Args:
        copies: the public copies of one item (same `translation_key`), pages
            or snippets, any locales; a queryset or a list.
        requested: the locale asked for.
        fallback: the copy to answer with when neither the requested nor the
            default locale has one.

    Returns:
        (copy or None, translated).
    """
    by_locale = {}
    for copy in copies:
        by_locale.setdefault(copy.locale_id, copy)
    chosen = by_locale.get(requested.pk) or by_locale.get(Locale.get_default().pk) or fallback
    if chosen is None and by_locale:
        chosen = next(iter(by_locale.values()))
    if chosen is None:
        return None, False
    chosen.translated = chosen.locale_id == requested.pk
    return chosen, chosen.translated


def translation_of(queryset, item, requested: Locale):
    """`item`'s copy in `requested` from `queryset` where there is one, else the
    default locale's, else `item` itself (see `answer_in_locale`); one query."""
    if item.locale_id == requested.pk:
        item.translated = True
        return item, True
    copies = queryset.filter(translation_key=item.translation_key, locale__in=[requested.pk, Locale.get_default().pk])
    return answer_in_locale(copies, requested, fallback=item)
