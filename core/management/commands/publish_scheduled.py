"""Wagtail's `publish_scheduled`, one revision at a time, keeping the publish checks.

Wagtail's command publishes every due revision in a loop and stops at the first
exception, so one refused page (core.publish_paths) would hold back every page
scheduled after it. This one (it takes Wagtail's name: `core` comes first in
INSTALLED_APPS) publishes each due revision in its own transaction; a refused
one keeps its schedule, is logged, is listed on the dashboard and its owner is
told once by email. Expiry and `--dryrun` are Wagtail's.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from core.models import ScheduledPublishRefusal
from core.publish_paths import refusal_text, revision_errors

logger = logging.getLogger(__name__)


class Command(WagtailCommand):
    help = "Publish what is scheduled to go live and unpublish what has expired; refused pages keep their schedule."

    def handle(self, *args, **options):
        if options["dryrun"]:
            return super().handle(*args, **options)
        self.unpublish_expired()
        published, refused = 0, 0
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at")
        for revision in due:
            try:
                with transaction.atomic():
                    revision.publish(log_action="wagtail.publish.scheduled")
            except ValidationError as error:
                refused += 1
                self.refused(revision, error)
            else:
                published += 1
                ScheduledPublishRefusal.objects.filter(revision=revision).delete()
        self.stdout.write(f"Published {published}; refused {refused} (kept scheduled).")

    def unpublish_expired(self):
        # Wagtail's first step, unchanged: models with a live flag whose expiry has passed.
        from django.apps import apps
        from wagtail.models import DraftStateMixin, Page

        models = [Page] + [
            model for model in apps.get_models() if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
        ]
        for model in models:
            for obj in list(model.objects.filter(live=True, expire_at__lt=timezone.now()).order_by("expire_at")):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")

    def refused(self, revision, error):
        reasons = refusal_text(error)
        logger.warning("Scheduled publishing refused: revision %s of %r: %s", revision.pk, revision.object_str, reasons)
        self.stderr.write(f"Not published: {revision.object_str} (revision {revision.pk}): {reasons}")
        refusal, created = ScheduledPublishRefusal.objects.update_or_create(
            revision=revision, defaults={"reasons": reasons, "last_tried_at": timezone.now()}
        )
        if not refusal.owner_notified:
            refusal.owner_notified = self.notify_owner(revision, reasons)
            refusal.save(update_fields=["owner_notified"])

    def notify_owner(self, revision, reasons) -> bool:
        obj = revision.content_object
        owner = getattr(obj, "owner", None) or revision.user
        if owner is None or not owner.email:
            return False
        language = getattr(getattr(owner, "wagtail_userprofile", None), "get_preferred_language", lambda: None)()
        with override(language or settings.LANGUAGE_CODE):
            # The reasons in the owner's language: the checks again, now that it is active.
            error = revision_errors(revision)
            reasons = refusal_text(error) if error is not None else reasons
            send_mail(
                _("Not published as scheduled: %(title)s") % {"title": revision.object_str},
                _(
                    "“%(title)s” was scheduled to go live but the publishing checks refused it:\n\n%(reasons)s\n\n"
                    "It stays scheduled: correct the page and publish it (or schedule it again)."
                )
                % {"title": revision.object_str, "reasons": reasons},
                None,
                [owner.email],
            )
        return True
