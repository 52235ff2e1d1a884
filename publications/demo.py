"""Demo content of the publications app: types, an index in every language,
32 publications with PDF files, some translated, and a few weeks of figures."""

import random
import textwrap
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from core.demo_support import locales, publish, section_index, translate, translate_everywhere
from home.models import ThematicArea

from .counting import record_download, record_view
from .demo_data import (
    AUTHORS,
    BODIES,
    BODY_TRANSLATIONS,
    EXTRA_DOCUMENTS,
    INDEX,
    PUBLICATIONS,
    TRANSLATION_GAPS,
    TRANSLATIONS,
    TYPES,
)
from .models import (
    PublicationDocument,
    PublicationIndexPage,
    PublicationPage,
    PublicationPageThematicArea,
    PublicationType,
)
from .pdf import minimal_pdf

LANGUAGE_ORDER = ["en", "fr", "es", "ar", "zh-hans", "ru"]
FILE_TITLES = {"en": "Full text", "fr": "Texte intégral", "es": "Texto completo", "ar": "النص الكامل"}


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    types = _types(all_locales, log)
    index = _index(all_locales, log)
    areas = {area.slug: area for area in ThematicArea.objects.filter(locale=english)}

    created = 0
    for entry in PUBLICATIONS:
        slug, title, type_slug, area_slugs, day, authors, keywords, abstract = entry
        page = PublicationPage.objects.filter(slug=slug, locale=english).first()
        if page is None:
            page = _create(index, entry, types[type_slug], [areas[s] for s in area_slugs if s in areas])
            _figures(page, all_locales)
            created += 1
    log(f"publications: {len(PUBLICATIONS)} ({created} created)")

    created = 0
    for entry in PUBLICATIONS:
        slug = entry[0]
        page = PublicationPage.objects.get(slug=slug, locale=english)
        translations = {code: _texts(entry, code) for code in TRANSLATIONS.get(slug, {})}
        created += translate_everywhere(page, _texts(entry, "en"), translations, TRANSLATION_GAPS.get(slug))
    log(f"publication translations: {sum(map(len, TRANSLATIONS.values()))} ({created} created)")


def _texts(entry, code: str) -> tuple:
    """A publication's texts in `code`: title, abstract, authors and the read-online
    body's blocks (a paragraph's text without its <p>), in the shape of TRANSLATIONS."""
    slug, title, _type, _areas, _day, authors, _keywords, abstract = entry
    if code == "en":
        body = [_paragraph_text(text) for _kind, text in BODIES.get(slug, [])]
        return (title, abstract, authors, body)
    title, abstract = TRANSLATIONS[slug][code]
    return (title, abstract, AUTHORS[authors][code], BODY_TRANSLATIONS.get(slug, {}).get(code, []))


def _types(all_locales, log) -> dict:
    english = all_locales["en"]
    result, created = {}, 0
    for order, (slug, names) in enumerate(TYPES):
        kind = PublicationType.objects.filter(slug=slug, locale=english).first()
        if kind is None:
            kind = publish(PublicationType.objects.create(slug=slug, name=names[0], sort_order=order, locale=english))
            created += 1
        result[slug] = kind
        for code, name in zip(LANGUAGE_ORDER[1:], names[1:], strict=True):
            created += translate(kind, all_locales[code], {names[0]: name})[1]
    log(f"publication types: {len(TYPES)} in {len(all_locales)} languages ({created} created)")
    return result


def _index(all_locales, log) -> PublicationIndexPage:
    index, created = section_index(PublicationIndexPage, "publications", INDEX, rich_text=True)
    log(f"publication index pages: {created} translations created")
    return index


def _create(index, entry, kind, areas) -> PublicationPage:
    slug, title, _type, _areas, day, authors, keywords, abstract = entry
    page = PublicationPage(
        title=title,
        slug=slug,
        abstract=f"<p>{abstract}</p>",
        publication_date=date.fromisoformat(day),
        publication_type=kind,
        authors=authors,
        body=BODIES.get(slug, []),
    )
    index.add_child(instance=page)
    page.thematic_area_rows = [PublicationPageThematicArea(thematic_area=area, locale=page.locale) for area in areas]
    page.documents = [PublicationDocument(document=_pdf(slug, title, abstract, "en"))] + [
        PublicationDocument(document=_pdf(slug, title, abstract, code)) for code in EXTRA_DOCUMENTS.get(slug, [])
    ]
    page.keywords.add(*keywords)
    page.save()
    return publish(page)


def _pdf(slug: str, title: str, abstract: str, language: str):
    translated = TRANSLATIONS.get(slug, {}).get(language)
    heading, text = translated if translated else (title, abstract)
    name = f"{slug}-{language}.pdf"
    document = get_document_model().objects.filter(file__endswith=name).first()
    if document is None:
        document = get_document_model()(title=f"{heading} ({FILE_TITLES.get(language, language)})")
        lines = textwrap.wrap(text, 90)[:30]
        document.file.save(name, ContentFile(minimal_pdf(heading, lines, language=language)), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def _figures(page, all_locales) -> None:
    """A few weeks of plausible views and downloads, so the reach report has something to show."""
    rng = random.Random(page.slug)
    documents = list(page.documents.values_list("document_id", flat=True))
    today = timezone.localdate()
    for days_ago in range(0, 84, 3):
        day = today - timedelta(days=days_ago)
        for _ in range(rng.randint(0, 12)):
            record_view(page.translation_key, all_locales["en"].pk, day)
        for _ in range(rng.randint(0, 4)):
            record_download(page.translation_key, rng.choice(documents), all_locales["en"].pk, day)


def _paragraph_text(html: str) -> str:
    return html.removeprefix("<p>").removesuffix("</p>")
