"""An editor opening an overdue flagship programme is warned on its edit page:
by how many days, the owner and the contacts to ask, and what clears it, in the
editor's admin language. A programme that is up to date shows no warning."""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override
from wagtail.users.models import UserProfile

from flagships.models import FlagshipPage, FlagshipReview
from tests.factories.flagships import FlagshipPageFactory

pytestmark = pytest.mark.django_db

WARNING = "data-review-overdue"


def editor_in(django_user_model, language):
    user = django_user_model.objects.create_user(f"editor-{language}", f"editor-{language}@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def published_long_ago(index, days, **kwargs):
    owner = kwargs.pop("owner", None)
    page = FlagshipPageFactory(parent=index, contacts=1, owner=owner, **kwargs)
    page = FlagshipPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    FlagshipPage.objects.filter(pk=page.pk).update(first_published_at=timezone.now() - timedelta(days=days))
    return FlagshipPage.objects.get(pk=page.pk)


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user(
        "owner", "amina.owner@example.org", "pw", first_name="Amina", last_name="Diallo"
    )


@pytest.fixture
def overdue(index, owner):
    page = published_long_ago(index, 400, owner=owner, title="Resilient cities")
    assert page.review_state.is_overdue
    return page


def warning_text(response) -> str:
    """The warning's text with its whitespace folded, or '' when there is none."""
    content = response.content.decode()
    start = content.find(WARNING)
    if start == -1:
        return ""
    start = content.find(">", start) + 1
    block = content[start : content.find("</div>", start)]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", block)).split())


def test_an_editor_sees_how_overdue_it_is_whom_to_ask_and_what_to_do(client, django_user_model, overdue):
    client.force_login(editor_in(django_user_model, "en"))
    response = client.get(f"/admin/pages/{overdue.pk}/edit/")
    assert response.status_code == 200
    said = warning_text(response)
    state = overdue.review_state
    assert state.days_overdue > 200
    assert f"This flagship programme is overdue for review by {state.days_overdue} days." in said
    assert "it has not been reviewed since it was first published" in said
    assert "Owner: Amina Diallo ( amina.owner@example.org )" in said
    contact = overdue.contacts.get().contact
    assert f"Contact for further information: {contact.name} ( {contact.email} )" in said
    assert "tick “I have reviewed this content” under Review, then publish (or submit for moderation)" in said


def test_the_warning_is_in_the_editors_admin_language(client, django_user_model, overdue):
    client.force_login(editor_in(django_user_model, "fr"))
    said = warning_text(client.get(f"/admin/pages/{overdue.pk}/edit/"))
    days = overdue.review_state.days_overdue
    assert f"Ce programme phare a {days} jours de retard de révision." in said
    assert "il n’a pas été révisé depuis sa première publication" in said
    assert "Propriétaire : Amina Diallo" in said
    assert "cochez « J’ai vérifié ce contenu » sous Révision, puis publiez (ou soumettez à la modération)" in said
    assert "overdue" not in said


def test_a_programme_reviewed_since_says_when_it_was(client, django_user_model, overdue):
    FlagshipReview.objects.create(translation_key=overdue.translation_key, page=overdue)
    FlagshipReview.objects.filter(translation_key=overdue.translation_key).update(
        reviewed_at=timezone.now() - timedelta(days=120)
    )
    state = FlagshipPage.objects.get(pk=overdue.pk).review_state
    assert state.is_overdue and state.last_reviewed_on is not None
    client.force_login(editor_in(django_user_model, "en"))
    said = warning_text(client.get(f"/admin/pages/{overdue.pk}/edit/"))
    assert f"overdue for review by {state.days_overdue} days" in said
    with override("en"):
        last, due = (date_format(day, "DATE_FORMAT") for day in (state.last_reviewed_on, state.review_due_on))
    assert f"Its review was due on {due}; it was last reviewed on {last}." in said


def test_a_programme_that_is_not_overdue_shows_no_warning(client, django_user_model, index):
    recent = published_long_ago(index, 10, title="Clean water")
    draft = FlagshipPageFactory(parent=index, contacts=1, live=False, title="Not published yet")
    client.force_login(editor_in(django_user_model, "en"))
    for page in (recent, draft):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert WARNING not in response.content.decode()
    # Nor does the form for a new flagship.
    response = client.get(f"/admin/pages/add/flagships/flagshippage/{index.pk}/")
    assert response.status_code == 200 and WARNING not in response.content.decode()
