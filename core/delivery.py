"""What the public may see, in which language: the querysets both the API and
the reference pages read."""

import threading

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db.models import BooleanField, Case, Exists, OuterRef, Q, Value, When
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .problems import not_found


class _RequestLocales(threading.local):
    """The locale table, read once per request: an API listing otherwise asks for
    the default locale and the table three or four times. Outside a request
    (commands, tests between requests) every call reads the table afresh."""

    active = False
    table: dict | None = None


_request_locales = _RequestLocales()


def _start(**kwargs):
    _request_locales.active, _request_locales.table = True, None


def _finish(**kwargs):
    _request_locales.active, _request_locales.table = False, None


request_started.connect(_start, dispatch_uid="core-delivery-locales-start")
request_finished.connect(_finish, dispatch_uid="core-delivery-locales-finish")


def locale_table() -> dict[int, Locale]:
    """{id: Locale} for every locale; one query per request."""
    if _request_locales.active and _request_locales.table is not None:
        return _request_locales.table
    table = {locale.pk: locale for locale in Locale.objects.all()}
    if _request_locales.active:
        _request_locales.table = table
    return table


def default_locale() -> Locale:
    """The default locale (`Locale.get_default()`), from the request's locale table."""
    code = settings.LANGUAGE_CODE
    for locale in locale_table().values():
        if locale.language_code == code:
            return locale
    return Locale.get_default()


def not_expired_q() -> Q:
    # `live` is only cleared when the scheduled-publishing command runs; until
    # then an expired page must still be hidden.
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def in_private_section():
    """Pages at or under a page with a view restriction, decided by the database.

    The same set as Wagtail's `.public()` excludes (a restricted page and its
    descendants: their tree path starts with the restricted page's path), but as
    one correlated subquery inside the listing's own query: `.public()` first
    reads every restriction in a query of its own, each time a queryset is built.
    """
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


# The columns a page's links are built from (its place in the tree, its locale and
# its translations), for listings that load only what they show (`queryset.only(...)`).
PAGE_LINK_COLUMNS = ("id", "path", "depth", "url_path", "slug", "locale_id", "translation_key", "content_type_id")


def public_pages(model=Page):
    """Live, public (no view restriction), unexpired pages of `model`."""
    return model.objects.live().exclude(in_private_section()).filter(not_expired_q())


def with_locale_fallback(queryset, locale: Locale):
    """Rows in `locale`, plus default-locale rows that have no counterpart there.

    The queryset must already hold only what the public may see, so that an
    unpublished translation falls back to its published source. Each row is
    annotated with `translated`: False where the default-locale row stands in.
    """
    default = default_locale()
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


def default_site() -> Site:
    """The default site (its root page is the home page in the default locale).

    Raises a 404 problem when none is configured, so the API explains itself.
    """
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        raise not_found(gettext_lazy("site"))
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
