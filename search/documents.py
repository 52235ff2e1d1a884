"""Which documents a visitor in a locale may see."""

from django.db.models import BooleanField, Case, Q, Value, When
from django.utils import timezone
from wagtail.models import Locale

from .models import SearchDocument


def visible_documents(locale: Locale):
    """Documents in `locale`, plus default-locale documents of pages with no
    published translation there (annotated `translated=False`), unexpired.

    Documents exist only for live, public pages, so an unpublished translation
    has none and its published source stands in, as elsewhere on the site.
    """
    now = timezone.now()
    current = SearchDocument.objects.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    default = Locale.get_default()
    if locale.pk == default.pk:
        return current.filter(locale=locale).annotate(translated=Value(True, output_field=BooleanField()))
    present = current.filter(locale=locale).values("translation_key")
    return current.filter(Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=present))).annotate(
        translated=Case(When(locale=locale, then=Value(True)), default=Value(False), output_field=BooleanField())
    )
