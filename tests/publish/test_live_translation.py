"""wagtail-localize writes a live translation's row before it publishes: the
checks run first, so a refused translation leaves the live text as it was.
The rules are the page's own locale's (the Chinese abstract counts characters)."""

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from publications.models import PublicationPage
from tests.factories.publications import ABSTRACT, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_french(home, locales, translate):
    index = PublicationIndexPageFactory(parent=home)
    page = PublicationPageFactory(parent=index, title="Drainage")
    french, _ = translate(page, locales["fr"], {})
    assert french.live
    return page, french


def retranslate(source_page, locale, text):
    """The translator types `text` for the abstract's segment in the editor."""
    translation = Translation.objects.get(source__object_id=source_page.translation_key, target_locale=locale)
    segment = next(
        s
        for s in StringSegment.objects.filter(source=translation.source).select_related("string", "context")
        if s.context.path == "abstract"
    )
    StringTranslation.objects.update_or_create(
        translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": text}
    )
    return translation


def test_a_three_word_french_abstract_is_refused_and_the_live_text_stays(
    admin_client, live_french, locales, django_capture_on_commit_callbacks
):
    page, french = live_french
    retranslate(page, locales["fr"], "Trop court ici.")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{french.pk}/edit/", {"action": "publish"}, follow=True)
    text = response.content.decode()
    assert "was not published in" in text and "it has 3 words" in text
    french = PublicationPage.objects.get(pk=french.pk)
    assert french.live and "Trop court" not in french.abstract  # the row visitors read is unchanged
    api = admin_client.get(french.get_api_url()).json()
    assert "Trop court" not in str(api)


def test_update_translations_publish_skips_the_refused_locale_and_says_so(
    admin_client, live_french, locales, django_capture_on_commit_callbacks
):
    page, french = live_french
    translation = retranslate(page, locales["fr"], "Trop court ici.")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}, follow=True
        )
    assert (
        "Not published: Drainage (French)" in response.content.decode() or "Not published" in response.content.decode()
    )
    assert "Trop court" not in PublicationPage.objects.get(pk=french.pk).abstract


def test_the_chinese_rule_applies_to_a_chinese_translation(home, locales, translate):
    from django.core.exceptions import ValidationError

    index = PublicationIndexPageFactory(parent=home)
    page = PublicationPageFactory(parent=index, title="Drainage")
    assert ABSTRACT  # 60 words of English: fine in English
    chinese, _ = translate(page, locales["zh-hans"], {}, publish=False)
    obj = chinese.get_latest_revision_as_object()
    obj.abstract = "<p>" + "城市排水" * 10 + "</p>"  # 40 characters: a full English count, too short in Chinese
    revision = obj.save_revision()
    with pytest.raises(ValidationError) as refused:
        revision.publish()
    assert "an abstract in Chinese needs at least 60 characters" in str(refused.value)
