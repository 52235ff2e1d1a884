"""Every page type saves as a draft with only a title, through the admin: the
create form's "Save draft", then Wagtail's autosave request on the edit form."""

import pytest
from django.apps import apps
from django.utils.text import slugify
from wagtail.models import Page

from .support import form_data

pytestmark = pytest.mark.django_db

PAGE_MODELS = sorted(
    (model for model in apps.get_models() if issubclass(model, Page) and model is not Page),
    key=lambda model: model._meta.label,
)


def create_form(model, parent, user):
    form_class = model().get_edit_handler().get_form_class()
    return form_class(instance=model(), for_user=user, parent_page=parent)


def draft_through_admin(client, user, model, parent, title):
    """Post the blank create form with a title (and the slug the browser derives from it)."""
    data = form_data(create_form(model, parent, user)) | {"title": title, "slug": slugify(title)}
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    response = client.post(url, data)
    assert response.status_code == 302, (model, response.content.decode()[:3000])
    return Page.objects.get(slug=slugify(title), depth=parent.depth + 1).specific


def parent_for(client, user, model, made):
    """A parent of an allowed type, itself made as a title-only draft through the admin."""
    allowed = model.allowed_parent_page_models()
    if Page in allowed:
        return Page.get_first_root_node()
    parent_model = next(candidate for candidate in allowed if candidate is not Page)
    if parent_model not in made:
        grandparent = parent_for(client, user, parent_model, made)
        made[parent_model] = draft_through_admin(
            client, user, parent_model, grandparent, f"Parent {parent_model._meta.model_name}"
        )
    return made[parent_model]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_a_title_is_enough_for_a_draft(admin_client, admin_user, model, locales):
    parent = parent_for(admin_client, admin_user, model, {})
    page = draft_through_admin(admin_client, admin_user, model, parent, f"Only a title {model._meta.model_name}")
    assert not page.live and page.get_latest_revision() is not None
    # No blank inline row comes back on reopening the draft.
    form = create_form(model, parent, admin_user)
    assert all(formset.total_form_count() == 0 for formset in form.formsets.values())

    # Wagtail's autosave: the edit form posted with Accept: application/json.
    data = form_data(
        type(page)
        .objects.get(pk=page.pk)
        .get_edit_handler()
        .get_form_class()(instance=page, for_user=admin_user, parent_page=parent)
    )
    data["title"] = f"{page.title} (autosaved)"
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data, headers={"accept": "application/json"})
    assert response.status_code == 200, response.content.decode()[:2000]
    assert response.json()["success"] is True, response.json()
    assert Page.objects.get(pk=page.pk).get_latest_revision().as_object().title.endswith("(autosaved)")
