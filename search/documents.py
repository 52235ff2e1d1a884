"""Which documents a visitor in a locale may see."""

from django.db.models import BooleanField, Case, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from wagtail.models import Locale

from .models import SearchDocument


def visible_documents(locale: Locale, default: Locale | None = None):
    """Documents in `locale`, plus default-locale documents of pages with no
    published translation there (annotated `translated=False`), unexpired.

    Documents exist only for live, public pages, so an unpublished translation
    has none and its published source stands in, as elsewhere on the site.
    """
    now = timezone.now()
    current = SearchDocument.objects.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    default = default or Locale.get_default()
    if locale.pk == default.pk:
        return current.filter(locale=locale).annotate(translated=Value(True, output_field=BooleanField()))
    # NOT EXISTS probes the (translation_key, locale) index for each stand-in
    # candidate, instead of hashing every translation of the locale per query.
    translated_here = SearchDocument.objects.filter(translation_key=OuterRef("translation_key"), locale=locale)
    return current.filter(Q(locale=locale) | (Q(locale=default) & ~Exists(translated_here))).annotate(
        translated=Case(When(locale=locale, then=Value(True)), default=Value(False), output_field=BooleanField())
    )
