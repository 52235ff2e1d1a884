"""F16: "Preview in <language>" of a translated publication with a document.

wagtail-localize's preview builds the translation in memory, so its document
rows have no id yet; the download link used to be reversed with None and the
preview answered 500 (NoReverseMatch). Checked as each locale's translator."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail_localize.models import Translation

from publications.models import PublicationDocument
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

TRANSLATORS = {
    "fr": "Translators: French",
    "es": "Translators: Spanish",
    "ar": "Translators: Arabic",
    "ru": "Translators: Russian",
    "zh-hans": "Translators: Simplified Chinese",
}


@pytest.mark.parametrize("code", TRANSLATORS, ids=str)
def test_a_translator_previews_a_publication_with_a_document(client, home, locales, translate, django_user_model, code):
    locale = locales[code]
    index = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=index, title="Drainage in small towns", slug="drainage")
    translate(home, locale, {})
    translate(index, locale, {})
    translated, _created = translate(publication, locale, {}, publish=False)
    call_command("sync_translation_groups", verbosity=0)
    translator = django_user_model.objects.create_user(f"tr-{code}", password="pw-for-tests-only")
    translator.groups.add(Group.objects.get(name=TRANSLATORS[code]))
    translation = Translation.objects.get(source__object_id=publication.translation_key, target_locale=locale)

    client.force_login(translator)
    assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200
    response = client.get(f"/admin/localize/translate/{translation.pk}/preview/")
    assert response.status_code == 200
    document = PublicationDocument.objects.get(page=publication).document
    assert document.url in response.content.decode()

    # The live page (rows with ids) keeps its counted download link.
    row = PublicationDocument.objects.get(page=publication)
    assert f"/downloads/publications/{row.pk}/" in client.get(publication.url).content.decode()
