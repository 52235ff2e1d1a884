"""Helpers every app's demo module uses to create content idempotently."""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def locales() -> dict[str, Locale]:
    """{language code: Locale} for the site's languages, created if missing."""
    result = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        result[code], _ = Locale.objects.get_or_create(language_code=code)
    return result


def publish(obj):
    """Save a new revision of a page or a draftable snippet and publish it."""
    revision = obj.save_revision()
    revision.publish()
    obj.refresh_from_db()
    return obj


def translate(instance, locale: Locale, strings: dict[str, str], publish: bool = True):
    """Translate `instance` into `locale` the way a translator would, through
    wagtail-localize: submit it, fill in the strings, save the target.

    Going through wagtail-localize (rather than copying the object) keeps the
    translation linked to its source, so syncs, the translation reports and the
    remapping of foreign keys to translated snippets all behave as in real use.

    Args:
        instance: a page or translatable snippet in the source locale.
        locale: the target locale.
        strings: {source string: translated string}; a segment without an entry
            keeps its source text.
        publish: publish the translation (pages and draftable snippets).

    Returns:
        (translated instance, created).
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        target = strings.get(segment.string.data)
        if target:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": target},
            )
    # Saved as a draft and published here rather than with publish=True, which
    # defers publishing to transaction.on_commit (never run inside a test's
    # transaction, and run late inside the demo command's).
    source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
    result = instance.get_translation(locale)
    if hasattr(result, "specific"):
        result = result.specific
    if publish:
        result = publish_latest(result)
    return result, True


def publish_latest(obj):
    """Publish the latest revision of a page or draftable snippet."""
    obj.get_latest_revision().publish()
    obj.refresh_from_db()
    return obj


def section_index(model, slug: str, texts: dict[str, tuple[str, str]], *, rich_text: bool = False, prepare=None):
    """The home page's child of `model` (an index page with `title` and `introduction`),
    created in the default language from `texts["en"]` if missing and translated into
    every other language from `texts[code]`. Returns (index, translations created).

    Args:
        rich_text: the introduction is a rich-text field: stored as one paragraph.
        prepare: called with the new (unsaved) page to add its inline rows.
    """
    from wagtail.models import Site

    all_locales = locales()
    english = all_locales[settings.LANGUAGE_CODE]
    home = Site.objects.get(is_default_site=True).root_page
    index = model.objects.child_of(home).filter(locale=english).first()
    if index is None:
        title, introduction = texts[settings.LANGUAGE_CODE]
        if rich_text:
            introduction = f"<p>{introduction}</p>"
        index = model(title=title, slug=slug, introduction=introduction, locale=english)
        if prepare is not None:
            prepare(index)
        home.add_child(instance=index)
        index = publish(index)
    source = texts[settings.LANGUAGE_CODE]
    created = sum(
        translate(index, locale, dict(zip(source, texts[code], strict=True)))[1]
        for code, locale in all_locales.items()
        if code != settings.LANGUAGE_CODE and code in texts
    )
    return index, created
