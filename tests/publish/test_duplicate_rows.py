"""No inline row twice: a Publish racing an autosave, old revisions, swapped rows."""

import pytest
from django.core.exceptions import ValidationError

from publications.models import PublicationPage
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import ABSTRACT, DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory

from .support import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return PublicationIndexPageFactory(parent=home)


def with_rows(data, prefix, key, values, ids=None):
    data = {name: value for name, value in data.items() if not name.startswith(f"{prefix}-")}
    data[f"{prefix}-TOTAL_FORMS"] = str(len(values))
    data[f"{prefix}-INITIAL_FORMS"] = str(len([pk for pk in (ids or []) if pk]))
    data[f"{prefix}-MIN_NUM_FORMS"] = "0"
    data[f"{prefix}-MAX_NUM_FORMS"] = "1000"
    for index, value in enumerate(values):
        data[f"{prefix}-{index}-{key}"] = str(value)
        data[f"{prefix}-{index}-id"] = str((ids or [""] * len(values))[index] or "")
        data[f"{prefix}-{index}-ORDER"] = str(index + 1)
        data[f"{prefix}-{index}-DELETE"] = ""
    return data


def test_a_publish_racing_an_autosave_leaves_one_row_each(admin_client, admin_user, index):
    page = PublicationPage(title="Drainage in secondary cities", slug="drainage", abstract=ABSTRACT, live=False)
    index.add_child(instance=page)
    page.save_revision()
    document, area = DocumentFactory(), ThematicAreaFactory()
    data = edit_form_data(page, admin_user)
    data = with_rows(data, "documents", "document", [document.pk])
    data = with_rows(data, "thematic_area_rows", "thematic_area", [area.pk])
    url = f"/admin/pages/{page.pk}/edit/"

    # The autosave saves the new rows; its answer (their ids) has not reached the
    # browser when the editor clicks Publish, which posts the rows again without ids.
    autosave = admin_client.post(url, data, headers={"accept": "application/json"})
    assert autosave.json()["success"] is True
    published = admin_client.post(url, data | {"action-publish": "action-publish"})
    assert published.status_code == 302, published.content.decode()[:3000]

    page = PublicationPage.objects.get(pk=page.pk)
    assert page.live
    assert [row.document_id for row in page.documents.all()] == [document.pk]
    assert [row.thematic_area_id for row in page.thematic_area_rows.all()] == [area.pk]
    live = page.live_revision.as_object()
    assert len(live.documents.all()) == 1 and len(live.thematic_area_rows.all()) == 1
    assert len(admin_client.get(page.get_api_url()).json()["documents"]) == 1


def test_a_revision_holding_a_row_twice_is_refused(index):
    page = PublicationPageFactory(parent=index, publish=False)
    page = PublicationPage.objects.get(pk=page.pk)
    obj = page.get_latest_revision_as_object()
    document = obj.documents.all()[0].document
    obj.documents.add(type(obj.documents.all()[0])(document=document))
    revision = obj.save_revision()
    with pytest.raises(ValidationError) as refused:
        revision.publish()
    assert "is attached more than once" in str(refused.value.message_dict["documents"])


def test_swapping_two_rows_documents_saves(admin_client, admin_user, index):
    """modelcluster updates rows in place: on PostgreSQL the constraint is deferred to
    the commit; SQLite cannot defer, and has no constraint to trip over."""
    first, second = DocumentFactory(), DocumentFactory()
    page = PublicationPageFactory(parent=index, documents=[first, second])
    page = PublicationPage.objects.get(pk=page.pk)
    rows = list(page.documents.all())
    data = edit_form_data(page, admin_user)
    data = with_rows(data, "documents", "document", [second.pk, first.pk], ids=[row.pk for row in rows])
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data | {"action-publish": "action-publish"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PublicationPage.objects.get(pk=page.pk)
    assert [row.document_id for row in page.documents.all()] == [second.pk, first.pk]
