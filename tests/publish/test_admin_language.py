"""An editor whose admin language is French reads every refusal in French: the
publish checks' messages and the paths' own words (bulk publish, the edit form,
submitting for moderation)."""

import html

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from .support import KINDS, edit_form_data

pytestmark = pytest.mark.django_db

FLAGSHIP = next(kind for kind in KINDS if kind.name == "flagship")


def french_user(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    return user


@pytest.fixture
def broken_flagship(home):
    return FLAGSHIP.broken(FLAGSHIP.parent(home), "Villes résilientes", "villes-resilientes")


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_bulk_publish_lists_the_skipped_page_and_its_reasons_in_french(client, django_user_model, broken_flagship):
    moderator = french_user(django_user_model, "moderatrice", "Moderators")
    client.force_login(moderator)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={broken_flagship.pk}&next=/admin/"
    said = text(client.post(url, {"include_descendants": ""}, follow=True))
    assert "Non publiée : « Villes résilientes ». " in said
    assert "Résumé : rédigez deux ou trois phrases en langage clair avant de publier." in said
    assert "Date de début : indiquez la date à laquelle le programme a commencé (ou commencera)." in said
    assert "Not published" not in said and "Summary: write" not in said
    assert not type(broken_flagship).objects.get(pk=broken_flagship.pk).live


def test_the_edit_form_refuses_in_french(client, django_user_model, broken_flagship):
    moderator = french_user(django_user_model, "moderatrice", "Moderators")
    client.force_login(moderator)
    data = edit_form_data(broken_flagship, moderator) | {"action-publish": "action-publish"}
    response = client.post(f"/admin/pages/{broken_flagship.pk}/edit/", data)
    assert response.status_code == 200
    said = text(response)
    # On its field, after the field's label; the contacts (a row set, not a field) with theirs.
    assert "rédigez deux ou trois phrases en langage clair avant de publier." in said
    assert "Contacts : ajoutez au moins un contact sous « Pour en savoir plus » avant de publier." in said
    assert "write two or three plain-language sentences" not in said
    assert not type(broken_flagship).objects.get(pk=broken_flagship.pk).live


def test_an_editor_who_submits_for_moderation_is_refused_in_french(client, django_user_model, broken_flagship):
    editor = french_user(django_user_model, "redacteur", "Editors")
    client.force_login(editor)
    data = edit_form_data(broken_flagship, editor) | {"action-submit": "action-submit"}
    response = client.post(f"/admin/pages/{broken_flagship.pk}/edit/", data)
    assert response.status_code == 200
    assert "rédigez deux ou trois phrases en langage clair avant de publier." in text(response)
    assert not type(broken_flagship).objects.get(pk=broken_flagship.pk).workflow_in_progress


def test_a_scheduled_refusal_reaches_a_french_owner_and_dashboard_in_french(client, django_user_model, broken_flagship):
    from django.core import mail
    from django.core.management import call_command

    from .support import make_due

    owner = french_user(django_user_model, "proprietaire", "Moderators")
    type(broken_flagship).objects.filter(pk=broken_flagship.pk).update(owner=owner)
    # Scheduled before the rule existed: the revision falls due whatever it holds.
    make_due(broken_flagship.get_latest_revision())
    call_command("publish_scheduled")

    assert [message.subject for message in mail.outbox] == ["Non publiée comme prévu : Villes résilientes"]
    assert "les contrôles de publication l’ont refusée" in mail.outbox[0].body
    assert "Résumé : rédigez deux ou trois phrases" in mail.outbox[0].body

    client.force_login(owner)
    dashboard = text(client.get("/admin/"))
    assert "Non publiées comme prévu" in dashboard
    assert "Résumé : rédigez deux ou trois phrases en langage clair avant de publier." in dashboard
    assert not type(broken_flagship).objects.get(pk=broken_flagship.pk).live
