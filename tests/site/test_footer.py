"""The page shell's footer and header come from the organisation's settings."""

import pytest
from wagtail.models import Site

from home.models import OrganisationSettings
from tests.factories.search import PublishedPageFactory

pytestmark = pytest.mark.django_db


def test_footer_shows_contact_details_legal_pages_and_the_newsletter(client, home):
    privacy = PublishedPageFactory(parent=home, title="Privacy notice", slug="privacy")
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.mission = "A better urban future for all"
    settings.address = "PO Box 30030\nNairobi, Kenya"
    settings.contact_email = "info@example.org"
    settings.phone = "+254 20 762 3120"
    settings.privacy_page = privacy
    settings.save()
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert "A better urban future for all" in footer
    assert "PO Box 30030<br>Nairobi, Kenya" in footer
    assert 'href="mailto:info@example.org"' in footer and 'href="tel:+254207623120"' in footer
    assert 'href="/privacy/"' in footer and "Terms of use" not in footer, "only the legal pages that are set"
    assert 'href="/subscriptions/"' in footer


def test_footer_legal_links_follow_the_visitors_language(client, home, locales, translate):
    privacy = PublishedPageFactory(parent=home, title="Privacy notice", slug="privacy")
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = privacy
    settings.save()
    translate(home, locales["fr"], {})
    footer = client.get("/fr/").content.decode().split("<footer", 1)[1]
    assert "/fr/" in footer.split("Confidentialité")[0].rsplit("href=", 1)[1]
