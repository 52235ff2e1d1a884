"""Helpers every app's demo module uses to create content idempotently, and to
translate it through wagtail-localize.

Demo translations are written as structures of the same shape as the English
texts (tuples, lists and dicts of strings), one per language code, in each app's
`demo_data`; `text_pairs` turns an English structure and a translated one into
the {source: translation} strings wagtail-localize's segments are filled from.
A translation is complete (every segment translated, so the Translations report
says "Up to date") unless the app's demo data names it in `TRANSLATION_GAPS`:
`MISSING` (no translation: the locale shows the fallback notice) or `PARTIAL`
(published with segments left in English: the incomplete notice and the report's
"Published incomplete")."""

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
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


# Deliberate gaps in the demo's translations (see TRANSLATION_GAPS in each app's demo_data).
MISSING, PARTIAL = "missing", "partial"

# Segments that are data rather than words: a translation keeps the source value, so
# a page keeps its slug in every language (/fr/publications/<same slug>/), a country
# code stays a code and a phone number a number.
KEPT_FIELDS = frozenset({"slug", "country", "phone"})


def text_pairs(english, translated) -> dict[str, str]:
    """{English text: translation} from two structures of the same shape.

    A `None` in the translated structure leaves that text in English (a partial
    translation); a shape that differs is a mistake in the demo data and raises.
    """
    if translated is None or english is None:
        return {}
    if isinstance(english, str):
        if not isinstance(translated, str):
            raise ImproperlyConfigured(f"{english!r}: translation {translated!r} is not a string")
        return {english: translated} if english else {}
    if isinstance(english, dict):
        if english.keys() != translated.keys():
            raise ImproperlyConfigured(f"keys differ: {sorted(english)} and {sorted(translated)}")
        pairs = {}
        for key, text in english.items():
            pairs.update(text_pairs(text, translated[key]))
        return pairs
    if len(english) != len(translated):
        raise ImproperlyConfigured(f"{len(english)} English texts, {len(translated)} translated: {translated!r}")
    pairs = {}
    for text, target in zip(english, translated, strict=True):
        pairs.update(text_pairs(text, target))
    return pairs


def translate_everywhere(instance, english, translations: dict, gaps: dict | None = None) -> int:
    """Translate `instance` into every other site language from `translations`
    ({language code: structure shaped like `english`}); returns how many
    translations were created.

    `gaps` ({language code: MISSING or PARTIAL}) names the deliberate gaps; any
    other language must have a complete translation, or loading the demo fails
    and says which texts lack one.
    """
    gaps = gaps or {}
    created = 0
    for code, locale in locales().items():
        if code == settings.LANGUAGE_CODE:
            continue
        gap = gaps.get(code)
        if code not in translations:
            if gap != MISSING:
                raise ImproperlyConfigured(f"{instance}: no {code} translation, and not named as a gap")
            continue
        strings = text_pairs(english, translations[code])
        confirmed_by = demo_reviewer(locale) if gap == PARTIAL else None
        created += translate(instance, locale, strings, complete=gap != PARTIAL, confirmed_by=confirmed_by)[1]
    return created


def child_page(index, model, slug: str, build: Callable[[], object]):
    """The child of `index` with `slug`, or a new page made by `build()`, added under
    `index` and published. Returns (page, created)."""
    page = model.objects.child_of(index).filter(slug=slug).first()
    if page is not None:
        return page, False
    page = build()
    index.add_child(instance=page)
    return publish(page), True


def slug_rows(row_model, field: str, queryset, slugs: list[str]) -> list:
    """Inline rows of `row_model` pointing through `field` at the objects of `queryset`
    named by `slugs`, in their order; slugs with no object are skipped."""
    by_slug = {obj.slug: obj for obj in queryset.filter(slug__in=slugs)}
    return [row_model(**{field: by_slug[slug]}) for slug in slugs if slug in by_slug]


def demo_reviewer(locale: Locale):
    """The demo's reviewer for `locale`: a member of the locale's reviewer group
    (made by `sync_translation_groups`, which the home app's demo runs first)
    who cannot sign in. The demo's deliberately half-done translations are
    published with this reviewer's confirmation of their untranslated parts,
    as a real reviewer would publish them."""
    from django.contrib.auth import get_user_model

    from core.models import LocaleRole

    role = LocaleRole.objects.filter(locale=locale, can_publish=True).select_related("group").first()
    if role is None:
        raise ImproperlyConfigured(f"no reviewer group for {locale.language_code}: run sync_translation_groups first")
    user, created = get_user_model().objects.get_or_create(
        username=f"demo-reviewer-{locale.language_code}",
        defaults={"first_name": "Demo reviewer", "last_name": f"({locale.language_code})", "email": ""},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(role.group)
    return user


def translate(
    instance,
    locale: Locale,
    strings: dict[str, str],
    publish: bool = True,
    complete: bool = False,
    confirmed_by=None,
):
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
        complete: every segment must have a translation (KEPT_FIELDS keep
            theirs); raise, naming the texts without one, if not.
        confirmed_by: the reviewer who confirms publishing a page with
            untranslated segments (core.models.untranslated_confirmation);
            without one, publishing such a page is refused (ValidationError).

    Returns:
        (translated instance, created).
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    untranslated = _fill_segments(source, locale, strings)
    if complete and untranslated:
        raise ImproperlyConfigured(f"{instance}: no {locale.language_code} translation for {untranslated}")
    return _save_translation(instance, source, locale, publish, confirmed_by), True


def sync_translations(instance, strings: Callable[[str], dict[str, str]]) -> int:
    """Bring the existing translations of `instance` up to date after it changed, as
    a translator would with "Update translations": refresh the source's segments,
    translate the new ones from `strings(language code)`, save and publish each
    translation. Returns how many translations were synced."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    synced = 0
    for translation in Translation.objects.filter(source=source).select_related("target_locale"):
        locale = translation.target_locale
        _fill_segments(source, locale, strings(locale.language_code), overwrite=False)
        # A deliberately half-done translation stays half-done: its reviewer
        # confirms the new revision (a complete one needs no reviewer).
        total, done = translation.get_progress()
        reviewer = demo_reviewer(locale) if done < total else None
        _save_translation(instance, source, locale, publish=True, confirmed_by=reviewer)
        synced += 1
    return synced


def _fill_segments(source, locale: Locale, strings: dict[str, str], overwrite: bool = True) -> list[str]:
    """Store `strings` as the translations of the source's segments into `locale`;
    returns the texts of the segments left without one. `overwrite=False` keeps
    a segment's existing translation."""
    untranslated = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        target = strings.get(segment.string.data)
        if not target and segment.context.path.rsplit(".", 1)[-1] in KEPT_FIELDS:
            target = segment.string.data
        if not target:
            untranslated.append(segment.string.data)
            continue
        lookup = {"translation_of": segment.string, "locale": locale, "context": segment.context}
        if overwrite:
            StringTranslation.objects.update_or_create(**lookup, defaults={"data": target})
        else:
            StringTranslation.objects.get_or_create(**lookup, defaults={"data": target})
    return untranslated


def _save_translation(instance, source, locale: Locale, publish: bool, confirmed_by=None):
    # Saved as a draft and published here rather than with publish=True, which
    # defers publishing to transaction.on_commit (never run inside a test's
    # transaction, and run late inside the demo command's).
    source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
    result = instance.get_translation(locale)
    if hasattr(result, "specific"):
        result = result.specific
    if publish:
        if confirmed_by is not None:
            from core.models.untranslated_confirmation import confirm_untranslated

            confirm_untranslated(result.get_latest_revision(), confirmed_by)
        result = publish_latest(result)
    return result


def publish_latest(obj):
    """Publish the latest revision of a page or draftable snippet."""
    obj.get_latest_revision().publish()
    obj.refresh_from_db()
    return obj


def section_index(model, slug: str, texts: dict[str, tuple], *, rich_text: bool = False, prepare=None):
    """The home page's child of `model` (an index page with `title` and `introduction`),
    created in the default language from `texts["en"]` if missing and translated, in
    full, into every other language from `texts[code]`. Returns (index, translations created).

    Args:
        texts: {language code: (title, introduction, ...)}; the texts after the first
            two are those `prepare` puts on the page, in the same shape in every language.
        rich_text: the introduction is a rich-text field: stored as one paragraph.
        prepare: called with the new (unsaved) page to add its other texts and inline rows.
    """
    from wagtail.models import Site

    english = locales()[settings.LANGUAGE_CODE]
    home = Site.objects.get(is_default_site=True).root_page
    index = model.objects.child_of(home).filter(locale=english).first()
    if index is None:
        title, introduction = texts[settings.LANGUAGE_CODE][:2]
        if rich_text:
            introduction = f"<p>{introduction}</p>"
        index = model(title=title, slug=slug, introduction=introduction, locale=english)
        if prepare is not None:
            prepare(index)
        home.add_child(instance=index)
        index = publish(index)
    translations = {code: text for code, text in texts.items() if code != settings.LANGUAGE_CODE}
    return index, translate_everywhere(index, texts[settings.LANGUAGE_CODE], translations)
