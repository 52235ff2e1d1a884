"""Translating in tests as the project's rules require.

A translation published with untranslated parts needs a reviewer's confirmation
(core.models.untranslated_confirmation). Tests that publish half-done
translations on purpose record it through the same API the reviewers' screens
use, given by a member of Wagtail's Moderators group (who may publish in every
locale); pass `confirmed_by` to name another reviewer, or publish=False to
leave the translation a draft. Snippets are published by their locale's
reviewers and administrators only (Moderators hold no snippet publish
permission): an administrator confirms a snippet's translation.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.demo_support import translate as translate_with_localize


def moderator():
    """A Moderators member without an email address (Wagtail's notices skip it).

    Browser tests run on a flushed database (live_server), where the groups the
    migrations create are gone: there an administrator confirms instead."""
    group = Group.objects.filter(name="Moderators").first()
    user, created = get_user_model().objects.get_or_create(
        username="fixture-moderator", defaults={"email": "", "is_superuser": group is None}
    )
    if created and group is not None:
        user.groups.add(group)
    return user


def administrator():
    """An administrator without an email address, who may publish every snippet."""
    user, _created = get_user_model().objects.get_or_create(
        username="fixture-administrator", defaults={"email": "", "is_superuser": True}
    )
    return user


def translate(instance, locale, strings, publish=True, complete=False, confirmed_by=None):
    """core.demo_support.translate, confirmed by a moderator (a snippet: an
    administrator) when it publishes."""
    from wagtail.models import Page

    if publish and confirmed_by is None:
        confirmed_by = moderator() if isinstance(instance, Page) else administrator()
    return translate_with_localize(
        instance, locale, strings, publish=publish, complete=complete, confirmed_by=confirmed_by
    )


def publish_confirmed(obj, confirmed_by=None):
    """Save `obj` (a translated page) as a new revision and publish it with a
    reviewer's confirmation of its untranslated parts, as a reviewer would."""
    from core.models.untranslated_confirmation import confirm_untranslated

    revision = obj.save_revision()
    confirm_untranslated(revision, confirmed_by or moderator())
    revision.publish()
    obj.refresh_from_db()
    return revision
