"""The glossary of each locale, for headless front ends: the list (with an ETag,
so clients revalidate instead of downloading it again) and one abbreviation."""

import hashlib

from django.http import HttpResponse
from django.utils.http import parse_etags
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router
from wagtail.models import Locale

from core.api_params import Window, listing_schema, paginate, resolve_locale
from core.delivery import locales_by_translation_key, translation_of
from core.problems import Problem, responses, text
from core.schemas import OutSchema
from core.serializers import locale_codes

from .matcher import matcher_for, version
from .models import Abbreviation

router = Router(tags=["glossary"])
api_prefix = "/glossary"


class AbbreviationOut(OutSchema):
    id: int
    abbreviation: str
    expansion: str
    description: str
    variants: list[str]
    locale: str
    translated: bool
    locales: list[str]


AbbreviationListOut = listing_schema(AbbreviationOut, "AbbreviationListOut")


def _locales_of(entries) -> dict:
    """{translation_key: [language codes with a live entry]}, in one query."""
    return locales_by_translation_key(Abbreviation.objects.live(), [entry.translation_key for entry in entries])


def abbreviation_out(entry: Abbreviation, codes: dict, locales: dict, translated: bool = True) -> dict:
    return {
        "id": entry.pk,
        "abbreviation": entry.abbreviation,
        "expansion": entry.expansion,
        "description": entry.description,
        "variants": entry.variant_list,
        "locale": codes[entry.locale_id],
        "translated": translated,
        "locales": locales.get(entry.translation_key, []),
    }


def _etag(locale: Locale, window: Window) -> str:
    # The version token changes whenever an entry of this locale is published,
    # unpublished or deleted, so it stands for the list's content.
    raw = f"{locale.language_code}:{version(locale.pk)}:{window.capped_limit}:{window.offset}"
    return f'"glossary-{hashlib.sha256(raw.encode()).hexdigest()[:32]}"'


@router.get(
    "",
    response=responses(AbbreviationListOut),
    url_name="glossary",
    summary="The glossary of a locale, A to Z",
)
def list_abbreviations(request, response: HttpResponse, locale: str | None = None, window: Query[Window] = None):
    """Each locale has its own glossary (the French one has "ODD" where the English
    has "SDG"); these are the entries that locale's text is expanded with. Send the
    `ETag` back in `If-None-Match` to get `304 Not Modified` while it is unchanged."""
    requested = resolve_locale(locale)
    window = window or Window()
    etag = _etag(requested, window)
    if etag in parse_etags(request.headers.get("If-None-Match", "")):
        not_modified = HttpResponse(status=304)
        not_modified["ETag"] = etag
        return not_modified
    response["ETag"] = etag
    codes = locale_codes()
    queryset = Abbreviation.objects.live().filter(locale=requested).order_by("abbreviation", "pk")

    def build(rows):
        locales = _locales_of(rows)
        return [abbreviation_out(entry, codes, locales) for entry in rows]

    return paginate(queryset, window, build)


@router.get(
    "/{abbreviation}",
    response=responses(AbbreviationOut),
    url_name="glossary_term",
    summary="One abbreviation",
)
def get_abbreviation(request, abbreviation: str, locale: str | None = None):
    """Look up an abbreviation as written (capitals matter), or one of its variants.

    An English abbreviation asked for in another locale answers with that
    locale's entry when it is translated ("SDG" in French gives "ODD"), else
    with the English entry and `translated: false`.
    """
    requested = resolve_locale(locale)
    codes = locale_codes()
    entry = _live_entry(abbreviation, requested)
    if entry is not None:
        return abbreviation_out(entry, codes, _locales_of([entry]))
    default = Locale.get_default()
    if requested.pk != default.pk:
        source = _live_entry(abbreviation, default)
        if source is not None:
            entry, translated = translation_of(Abbreviation.objects.live(), source, requested)
            return abbreviation_out(entry, codes, _locales_of([entry]), translated=translated)
    raise Problem(
        404,
        text(
            _(
                "%(abbreviation)s is not in the %(language)s glossary. Abbreviations are matched as "
                "written, capitals included; GET /api/v1/glossary lists them."
            ),
            abbreviation=repr(abbreviation),
            language=requested.language_code,
        ),
        parameter="abbreviation",
    )


def _live_entry(written: str, locale: Locale) -> Abbreviation | None:
    term = matcher_for(locale).forms.get(written)
    if term is None:
        return None
    return Abbreviation.objects.live().filter(locale=locale, abbreviation=term.abbreviation).first()
