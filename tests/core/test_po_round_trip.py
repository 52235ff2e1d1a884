"""A translator downloads a page's PO file, translates it offline and uploads it."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail_localize.models import Translation

from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def test_po_export_and_import_round_trip(admin_client, home, locales, translate):
    about = HomePageFactory(parent=home, slug="about", title="About us", hero_text="We build better cities.")
    translate(home, locales["fr"], {})
    french, _ = translate(about, locales["fr"], {})
    translation = Translation.objects.get(source__object_id=about.translation_key, target_locale=locales["fr"])

    download = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    sources = {entry.msgid for entry in po}
    assert {"About us", "We build better cities."} <= sources

    for entry in po:
        entry.msgstr = {
            "About us": "À propos",
            "We build better cities.": "Nous construisons des villes meilleures.",
        }.get(entry.msgid, "")
    upload = SimpleUploadedFile("fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302

    translation.save_target(publish=False)
    french.refresh_from_db()
    draft = french.get_latest_revision_as_object()
    assert draft.title == "À propos"
    assert draft.hero_text == "Nous construisons des villes meilleures."
    assert french.live_revision_id != french.latest_revision_id, "saved as a draft, not published"
    assert client_sees_title(home, french) != "À propos"


def client_sees_title(home, page):
    from django.test import Client

    html = Client().get(page.get_url()).content.decode()
    return "À propos" if "<h1>À propos</h1>" in html else "other"
