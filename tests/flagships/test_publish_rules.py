"""What publishing a flagship requires, through the admin as an editor uses it;
and that drafts may stay incomplete."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from flagships.models import FlagshipPage, FlagshipReview
from tests.factories.home import ContactFactory

pytestmark = pytest.mark.django_db


def page_data(contacts=(), updates=(), action="action-publish", **fields):
    data = {
        "title": "Cities ready for floods",
        "slug": "cities-ready-for-floods",
        "summary": "Helping coastal cities plan for floods.",
        "start_date": "2024-01-01",
        "end_date": "",
        "status": "active",
        "review_interval_days": "",
        "body": streamfield([]),
        "contacts": inline_formset([{"contact": contact.pk} for contact in contacts]),
        "thematic_areas": inline_formset([]),
        "places": inline_formset([]),
        "partners": inline_formset([]),
        "updates": inline_formset(list(updates)),
        "financial_figures": inline_formset([]),
        "publications": inline_formset([]),
        "comments": inline_formset([]),
        action: "1",
    }
    data.update(fields)
    return nested_form_data(data)


def create(admin_client, index, data):
    url = reverse("wagtailadmin_pages:add", args=("flagships", "flagshippage", index.pk))
    return admin_client.post(url, data)


def errors_of(response) -> str:
    form = response.context["form"]
    return " ".join(str(message) for messages in form.errors.values() for message in messages)


def test_complete_flagship_publishes(admin_client, index):
    response = create(admin_client, index, page_data(contacts=[ContactFactory()]))
    assert response.status_code == 302, errors_of(response)
    page = FlagshipPage.objects.get(slug="cities-ready-for-floods")
    assert page.live
    assert page.contacts.count() == 1


def test_publishing_without_start_date_is_refused(admin_client, index):
    response = create(admin_client, index, page_data(contacts=[ContactFactory()], start_date=""))
    assert response.status_code == 200
    # On the field, without the label again (Wagtail's summary prefixes it: "Start date: give…").
    assert "give the date the programme started" in str(response.context["form"].errors["start_date"])
    assert "Start date: Start date" not in response.content.decode()
    assert not FlagshipPage.objects.exists()


def test_publishing_without_contact_is_refused(admin_client, index):
    response = create(admin_client, index, page_data(contacts=[]))
    assert response.status_code == 200
    assert "Contacts: add at least one contact" in errors_of(response)
    assert not FlagshipPage.objects.exists()


def test_publishing_without_summary_is_refused(admin_client, index):
    response = create(admin_client, index, page_data(contacts=[ContactFactory()], summary=""))
    assert "write two or three plain-language sentences" in str(response.context["form"].errors["summary"])


def test_end_date_before_start_is_refused(admin_client, index):
    data = page_data(contacts=[ContactFactory()], start_date="2024-05-01", end_date="2024-04-30")
    response = create(admin_client, index, data)
    assert response.status_code == 200
    assert "it cannot be before the start date" in str(response.context["form"].errors["end_date"])


def test_end_date_on_start_date_is_accepted(admin_client, index):
    data = page_data(contacts=[ContactFactory()], start_date="2024-05-01", end_date="2024-05-01")
    assert create(admin_client, index, data).status_code == 302


def test_update_dated_in_the_future_is_refused(admin_client, index):
    tomorrow = timezone.localdate() + timedelta(days=1)
    update = {"date": tomorrow.isoformat(), "kind": "milestone", "title": "Ribbon cutting", "text": ""}
    response = create(admin_client, index, page_data(contacts=[ContactFactory()], updates=[update]))
    assert response.status_code == 200
    assert "Updates: Ribbon cutting is dated" in errors_of(response)
    assert not FlagshipPage.objects.exists()


def test_update_dated_today_is_accepted(admin_client, index):
    update = {"date": timezone.localdate().isoformat(), "kind": "completed", "title": "Done", "text": ""}
    assert create(admin_client, index, page_data(contacts=[ContactFactory()], updates=[update])).status_code == 302


def test_contact_nobody_can_reach_is_refused(admin_client, index):
    # Saved directly: the snippet form would refuse it, but old data or imports may hold one.
    unreachable = ContactFactory(name="Silent Bob", email="", phone="")
    response = create(admin_client, index, page_data(contacts=[unreachable]))
    assert response.status_code == 200
    assert "Silent Bob has no email and no phone" in errors_of(response)


def test_contact_snippet_without_email_or_phone_is_refused():
    from django.core.exceptions import ValidationError

    contact = ContactFactory.build(email="", phone="")
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert "email" in error.value.message_dict


def test_draft_may_be_incomplete(admin_client, index):
    response = create(admin_client, index, page_data(action="action-save", start_date="", summary=""))
    assert response.status_code == 302
    page = FlagshipPage.objects.get()
    assert not page.live and page.start_date is None


def test_publishing_with_reviewed_ticked_records_a_review(admin_client, index, editor):
    create(admin_client, index, page_data(contacts=[ContactFactory()], reviewed="on"))
    page = FlagshipPage.objects.get()
    review = FlagshipReview.objects.get()
    assert (review.translation_key, review.reviewed_by) == (page.translation_key, editor)
    assert page.review_state.last_reviewed_on == timezone.localdate()


def test_publishing_without_reviewed_records_nothing(admin_client, index):
    create(admin_client, index, page_data(contacts=[ContactFactory()]))
    assert not FlagshipReview.objects.exists()


def test_saving_a_draft_with_reviewed_ticked_records_nothing(admin_client, index):
    create(admin_client, index, page_data(contacts=[ContactFactory()], action="action-save", reviewed="on"))
    assert not FlagshipReview.objects.exists()


def test_editing_and_publishing_with_reviewed_records_a_review(admin_client, make_flagship):
    page = make_flagship()
    contact = page.contacts.get().contact
    data = page_data(contacts=[contact], slug=page.slug, title=page.title, reviewed="on")
    data.update({"contacts-INITIAL_FORMS": "0"})
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, errors_of(response)
    assert FlagshipReview.objects.filter(translation_key=page.translation_key).count() == 1


def test_editor_sees_the_review_box_and_the_inline_sections(admin_client, make_flagship):
    page = make_flagship()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "I have reviewed this content" in html
    assert 'name="reviewed"' in html and "checked" not in html.split('name="reviewed"')[1][:40]
    for heading in ["For further information", "Updates", "Financial information", "Related publications"]:
        assert heading in html


def test_preview_shows_unsaved_contacts_and_updates(admin_client, make_flagship):
    page = make_flagship()
    contact = ContactFactory(name="Preview Person")
    update = {"date": "2025-01-02", "kind": "milestone", "title": "Preview milestone", "text": ""}
    data = page_data(contacts=[contact], updates=[update], slug=page.slug, title="Previewed title")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert admin_client.post(url, data).json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "Previewed title" in html and "Preview Person" in html and "Preview milestone" in html
