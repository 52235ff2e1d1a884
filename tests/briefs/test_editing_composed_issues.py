"""An editor edits what the composer drafted: nothing the composer wrote is lost.

The composer's part of an item (why it is there, the flagship update it reports,
the figures as they were, the project's status) is not in the edit form. Saving
the draft, autosaving or publishing must keep it, on a new brief and on one
already live, or Member States get a brief without its financial figures and
re-composing treats every item as removed by the editor (QA F1, F20).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from briefs.models import MonthlyBriefPage, NewsletterIssuePage
from briefs.services import compose_monthly_brief, compose_newsletter
from core.demo_support import publish_latest
from tests.briefs.conftest import MAY, update
from tests.publish.support import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    """A member of Wagtail's Editors group, as the shipped roles give it (not a superuser)."""
    user = get_user_model().objects.create_user("editor1", "editor1@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    client.user = user
    return client


def composed_part(page) -> list[tuple]:
    """What the composer holds on each item of the page's latest revision."""
    draft = MonthlyBriefPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    return [
        (item.source_key, item.update_key, item.project_status, item.figures, item.translation_key)
        for item in draft.items.all()
    ]


def save_draft(client, page, **changes):
    """The edit form as the editor sees it, posted with "Save draft" (no action name)."""
    page = type(page).objects.get(pk=page.pk)  # its latest revision, not the one it was loaded with
    data = edit_form_data(page, client.user) | changes
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return response


def test_saving_a_newly_composed_brief_keeps_its_figures_and_update_references(may, editor_client):
    response = editor_client.post(f"/admin/briefs/compose/{may.index.pk}/", {"month": "2024-05"})
    page = MonthlyBriefPage.objects.get(month=MAY)
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    composed = composed_part(page)
    assert any(figures for _key, _update, _status, figures, _tk in composed)

    save_draft(editor_client, page, introduction='{"blocks": [], "entityMap": {}}')
    assert composed_part(page) == composed

    # The brief as Member States read it still has the money and the update's title.
    draft = MonthlyBriefPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.introduction = "<p>A month of completions.</p>"
    draft.save_revision()
    publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))
    text = editor_client.get("/updates/2024-05/email/text/").content.decode()
    assert "Budget:" in text and "Drainage finished in Beira" in text

    # Composing again recognises every item: nothing new, nothing "removed by you".
    again = compose_monthly_brief(MAY)
    assert (again.added, again.dropped) == (0, 0) and again.kept == len(composed)


def test_an_autosave_then_save_keeps_the_composed_part(may, editor_client):
    page = compose_monthly_brief(MAY).page
    composed = composed_part(page)
    data = edit_form_data(MonthlyBriefPage.objects.get(pk=page.pk), editor_client.user)
    autosave = editor_client.post(f"/admin/pages/{page.pk}/edit/", data, headers={"accept": "application/json"})
    assert autosave.json()["success"] is True
    save_draft(editor_client, page, **{"items-0-note": "Member States asked about this in March."})
    assert composed_part(page) == composed
    draft = MonthlyBriefPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.items.all()[0].note == "Member States asked about this in March."


def test_items_composed_into_a_live_brief_keep_their_figures_when_the_editor_saves(may, editor_client):
    page = compose_monthly_brief(MAY).page
    draft = page.get_latest_revision_as_object()
    draft.introduction = "<p>Published words.</p>"
    draft.save_revision()
    publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))
    update(may.flagships["coastal"], MAY.replace(day=28), "major_development", "Bond issued")
    recomposed = editor_client.post(f"/admin/briefs/compose/{may.index.pk}/", {"month": "2024-05"}, follow=True)
    assert "“Monthly brief: May 2024”: 1 new item, 4 kept, 0 left out" in recomposed.content.decode()
    composed = composed_part(page)
    assert "Bond issued" not in editor_client.get("/updates/2024-05/").content.decode()

    save_draft(editor_client, page)
    assert composed_part(page) == composed
    newest = MonthlyBriefPage.objects.get(pk=page.pk).get_latest_revision_as_object().items.all()
    assert newest[len(newest) - 1].figures  # the coastal programme's budget, received, spent and gap


def test_propose_items_after_a_save_adds_nothing_twice(may, editor_client):
    page, added = compose_newsletter(6)
    assert added > 0
    save_draft(editor_client, page)
    response = editor_client.post(f"/admin/briefs/propose/{page.pk}/", {"weeks": "6"})
    assert response.status_code == 302
    draft = NewsletterIssuePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    linked = [item.source_key for item in draft.items.all()]
    assert len(linked) == added and len(set(linked)) == added
    listing = editor_client.get(response["Location"])
    assert "0 items proposed" in listing.content.decode()
