"""Every page type walked as the people who use the admin would, not as a superuser.

An editor (the Editors group: may create and submit, not publish) creates a page
with a title, autosaves, submits content the rules refuse and is told why with
nothing lost, fixes it and submits again; a moderator (the Moderators group)
approves it, bulk-publishes a mixed selection and schedules. No step may answer
500, and nothing the editor typed may be lost."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from core.publish_paths import latest_revision_errors, messages_of

from .support import KINDS, create_form_data, edit_form_data, form_data

pytestmark = pytest.mark.django_db


def person(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name=group))
    return user


def blank_create_data(model, parent, user, title, slug):
    form_class = model().get_edit_handler().get_form_class()
    return form_data(form_class(instance=model(), for_user=user, parent_page=parent)) | {"title": title, "slug": slug}


def content_of(reference, user, page):
    """The form data of `reference`'s content, posted onto `page` (rows as new rows)."""
    return create_form_data(reference, user, page.slug) | {"title": page.title}


def replace_content(page, reference, user) -> dict:
    """What the browser posts when the editor replaces the page's content with
    `reference`'s: the saved rows (with their ids, as autosave left them) deleted,
    the reference's rows added as new ones."""
    current = edit_form_data(page, user)
    data = content_of(reference, user, page)
    for key in [key for key in data if key.endswith("-TOTAL_FORMS")]:
        prefix = key[: -len("-TOTAL_FORMS")]
        saved = int(current.get(key, 0))
        added = int(data[key])
        moved = {}
        for name in [name for name in data if name.startswith(f"{prefix}-")]:
            index, _dash, rest = name[len(prefix) + 1 :].partition("-")
            if index.isdigit() and rest:
                moved[f"{prefix}-{int(index) + saved}-{rest}"] = data.pop(name)
        data.update(moved)
        for name, value in current.items():
            index, _dash, rest = (
                name[len(prefix) + 1 :].partition("-") if name.startswith(f"{prefix}-") else ("", "", "")
            )
            if index.isdigit() and rest:
                data[name] = value
        for index in range(saved):
            data[f"{prefix}-{index}-DELETE"] = "on"
        data[key] = str(saved + added)
        data[f"{prefix}-INITIAL_FORMS"] = str(saved)
    return data


def field_messages(page) -> list[str]:
    """What the form may show for the page's refusal: the whole message or the part after its label."""
    error = latest_revision_errors(page)
    assert error is not None
    return [escape(text.split(": ", 1)[-1]) for text in messages_of(error)]


@pytest.fixture
def people(django_user_model):
    return person(django_user_model, "editor", "Editors"), person(django_user_model, "moderator", "Moderators")


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_an_editor_and_a_moderator_take_every_page_type_to_live(client, home, locales, people, settings, kind):
    for name, value in kind.settings:
        setattr(settings, name, value)
    editor, moderator = people
    parent = kind.parent(home)
    model_path = kind.model_path.split("/")
    from django.apps import apps

    model = apps.get_model(*model_path)
    slug = f"walk-{model_path[1]}"
    title = f"Walked {kind.name}"

    # The editor creates the page with a title only, as a draft.
    client.force_login(editor)
    create_url = f"/admin/pages/add/{model_path[0]}/{model_path[1]}/{parent.pk}/"
    assert client.get(create_url).status_code == 200
    response = client.post(create_url, blank_create_data(model, parent, editor, title, slug))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = Page.objects.get(slug=slug, depth=parent.depth + 1).specific
    edit_url = f"/admin/pages/{page.pk}/edit/"
    assert client.get(edit_url).status_code == 200

    # Autosave (Wagtail posts the edit form with Accept: application/json).
    broken = kind.broken(parent, f"{title} broken", f"{slug}-broken")
    data = content_of(broken, editor, page)
    response = client.post(edit_url, data, headers={"accept": "application/json"})
    assert response.status_code == 200 and response.json()["success"] is True, response.content.decode()[:2000]
    page = type(page).objects.get(pk=page.pk)
    assert latest_revision_errors(page) is not None  # the autosaved draft holds the broken content

    # Submitting it is refused on the form, with the rules' words; the draft is kept as autosaved.
    # (The browser has applied the ids autosave sent back to the rows it created.)
    data = edit_form_data(page, editor)
    response = client.post(edit_url, data | {"action-submit": "action-submit"})
    assert response.status_code == 200, response.content.decode()[:2000]
    shown = response.content.decode()
    assert any(message in shown for message in field_messages(broken)), shown[:3000]
    page = type(page).objects.get(pk=page.pk)
    assert not page.workflow_in_progress and not page.live
    assert page.get_latest_revision().as_object().title == title

    # Fixed and submitted: in moderation, still not live.
    elsewhere = kind.second_parent(home) if kind.second_parent else parent  # one per parent for some kinds
    valid = kind.valid(elsewhere, f"{title} ok", f"{slug}-ok")
    response = client.post(edit_url, replace_content(page, valid, editor) | {"action-submit": "action-submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = type(page).objects.get(pk=page.pk)
    assert page.workflow_in_progress and not page.live

    # The editor may not publish: bulk publish is refused politely, not with a 500.
    response = client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/", {}, follow=True)
    assert response.status_code in (200, 403)
    assert not type(page).objects.get(pk=page.pk).live

    # The moderator approves from the dashboard: live.
    client.force_login(moderator)
    assert client.get("/admin/").status_code == 200
    state = page.current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {})
    assert response.status_code == 302
    assert type(page).objects.get(pk=page.pk).live

    # Bulk publish of a broken and a valid draft: one goes live, the other is listed with its reasons.
    valid = kind.valid(elsewhere, f"{title} bulk", f"{slug}-bulk")  # (a brief: the next month)
    response = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={broken.pk}&id={valid.pk}&next=/admin/", {}, follow=True
    )
    assert response.status_code == 200
    assert type(valid).objects.get(pk=valid.pk).live and not type(broken).objects.get(pk=broken.pk).live
    said = response.content.decode()
    assert "Not published: “" in said and any(message in said for message in field_messages(broken))

    # Scheduling: the broken page is refused on the form; a valid one waits for its time.
    go_live = (timezone.localtime() + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    refused = client.post(
        f"/admin/pages/{broken.pk}/edit/",
        edit_form_data(broken, moderator) | {"go_live_at": go_live, "action-publish": "action-publish"},
    )
    assert refused.status_code == 200
    assert not type(broken).objects.get(pk=broken.pk).get_latest_revision().approved_go_live_at
    later = kind.valid(elsewhere, f"{title} later", f"{slug}-later")
    response = client.post(
        f"/admin/pages/{later.pk}/edit/",
        edit_form_data(later, moderator) | {"go_live_at": go_live, "action-publish": "action-publish"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    later = type(later).objects.get(pk=later.pk)
    assert not later.live and later.get_latest_revision().approved_go_live_at is not None
