"""A document is served only while something public uses it, whichever app uses it.

Users: publications' document rows, donation reports, project reports, links in
rich text (Wagtail's reference index); or a collection marked public. A document
nobody uses is private. Editors who may change or choose documents always get it.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.http import Http404
from django.test import RequestFactory
from django.urls import resolve
from wagtail.models import Collection

from core.document_users import public_document_ids, registered_sources
from core.documents import serve_media
from core.models import DocumentAccessSettings
from donate.models import DonationProjectReport, DonationReport
from tests.factories import HomePageFactory
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.publications import DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


def served(client, document) -> bool:
    response = client.get(document.url)
    assert response.status_code in (200, 404), response.status_code
    return response.status_code == 200


def link_to(document) -> str:
    return f'<p>See <a linktype="document" id="{document.pk}">the report</a>.</p>'


def test_every_app_registers_its_users():
    assert {"publications.PublicationDocument", "donate.reports", "wagtail.ReferenceIndex"} <= set(registered_sources())


def test_unused_document_is_private(client, home):
    assert not served(client, DocumentFactory())


def test_publication_document_follows_its_publication(client, home):
    index = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=index)
    document = publication.documents.get().document
    assert served(client, document)
    publication.unpublish()
    assert not served(client, document)


@pytest.mark.parametrize("live", [True, False])
def test_donation_report_document_follows_the_donate_page(client, home, live):
    page = DonatePageFactory(parent=home, live=live)
    document = DocumentFactory()
    DonationReport.objects.create(
        page=page,
        title="2024 report",
        period_start=datetime.date(2024, 1, 1),
        period_end=datetime.date(2024, 12, 31),
        document=document,
        locale=page.locale,
    )
    assert served(client, document) is live


@pytest.mark.parametrize("live", [True, False])
def test_project_report_document_follows_the_project(client, home, live):
    donate = DonatePageFactory(parent=home)
    project = DonationProjectPageFactory(parent=donate, live=live)
    document = DocumentFactory()
    DonationProjectReport.objects.create(
        page=project, title="Progress", date=datetime.date(2024, 6, 1), document=document, locale=project.locale
    )
    assert served(client, document) is live


def test_rich_text_link_makes_a_document_public_only_while_the_page_is(client, home):
    document = DocumentFactory()
    page = HomePageFactory(parent=home, slug="about", introduction=link_to(document))
    assert served(client, document)
    page.unpublish()
    assert not served(client, document)


def test_link_added_only_in_a_draft_keeps_the_document_private(client, home):
    document = DocumentFactory()
    page = HomePageFactory(parent=home, slug="about")
    page.introduction = link_to(document)
    page.save_revision()
    assert not served(client, document)
    page.get_latest_revision().publish()
    assert served(client, document)


def test_restricted_and_expired_pages_do_not_publish_their_documents(client, home):
    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    private, expired = DocumentFactory(), DocumentFactory()
    restricted = HomePageFactory(parent=home, slug="members", introduction=link_to(private))
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    HomePageFactory(
        parent=home,
        slug="old",
        introduction=link_to(expired),
        expire_at=timezone.now() - datetime.timedelta(days=1),
    )
    assert public_document_ids([private.pk, expired.pk]) == set()
    assert not served(client, private) and not served(client, expired)


def test_public_collection_publishes_its_documents_and_its_subcollections(client, home):
    press = Collection.get_first_root_node().add_child(name="Press kit")
    logos = press.add_child(name="Logos")
    document = DocumentFactory(collection=logos)
    assert not served(client, document)
    settings = DocumentAccessSettings.load()
    settings.public_collections.set([press])
    assert served(client, document)


def test_editors_open_private_documents_and_translators_do_not(client, home, django_user_model):
    document = DocumentFactory()
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    reader = django_user_model.objects.create_user("reader", password="pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert served(client, document)
    client.force_login(reader)
    assert not served(client, document)


def test_redirects_and_files_are_never_stored_by_shared_caches(client, home):
    index = PublicationIndexPageFactory(parent=home)
    document = PublicationPageFactory(parent=index).documents.get().document
    response = client.get(document.url)
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]


def test_media_route_never_serves_documents(home):
    document = DocumentFactory()
    request = RequestFactory().get("/media/" + document.file.name)
    with pytest.raises(Http404):
        serve_media(request, document.file.name)
    name = document.file.name.split("/")[-1]
    # Spellings of the same folder a raw HTTP client sends unnormalised (curl --path-as-is,
    # %2e decoded by the server into "."): each resolves into documents/.
    for path in (f"images/../documents/{name}", f"./documents/{name}", f".//documents/{name}", f"/documents/{name}"):
        with pytest.raises(Http404):
            serve_media(request, path)


def test_media_route_still_serves_images(home):
    from tests.factories.images import ImageFactory

    image = ImageFactory()
    response = serve_media(RequestFactory().get("/media/" + image.file.name), "./" + image.file.name)
    assert response.status_code == 200


def test_document_urls_resolve_to_the_checked_view(home):
    assert resolve(DocumentFactory().url).func.__name__ == "serve_document"
