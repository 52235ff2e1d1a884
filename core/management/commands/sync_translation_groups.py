from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import get_language_info
from wagtail.models import GroupPagePermission, Locale, Site

from core.locale_permissions import locale_scoped_models
from core.models import LocaleRole
from core.translation_review import ensure_review_workflow

PAGE_PERMISSIONS = {False: ["add_page", "change_page"], True: ["add_page", "change_page", "publish_page"]}


class Command(BaseCommand):
    help = (
        "Create a translator group and a reviewer group per non-default locale, confined to that "
        "locale: pages through permissions on the locale's tree, translatable snippets through their "
        "locale-scoped policy; and the locale's review workflow (its reviewers approve submitted "
        "translations), assigned on its home page. Idempotent; run again after adding a locale or a "
        "locale's home page."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        default = Locale.get_default()
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        # The Translations report (what is missing or out of date) is their work list.
        view_report = Permission.objects.get(content_type__app_label="wagtail_localize", codename="view_translation")
        for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code"):
            name = get_language_info(locale.language_code)["name"]
            for can_publish, label in ((False, "Translators"), (True, "Reviewers")):
                group, _ = Group.objects.get_or_create(name=f"{label}: {name}")
                LocaleRole.objects.update_or_create(
                    group=group, defaults={"locale": locale, "can_publish": can_publish}
                )
                group.permissions.add(access_admin, view_report, *self._snippet_permissions(can_publish))
                home = site.root_page.get_translation_or_none(locale) if site else None
                if home is not None:
                    for codename in PAGE_PERMISSIONS[can_publish]:
                        GroupPagePermission.objects.get_or_create(
                            group=group,
                            page=home,
                            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
                        )
                if can_publish:
                    ensure_review_workflow(locale, group, home)
                self.stdout.write(
                    f"{group.name}: {'publishes' if can_publish else 'translates'} "
                    f"in {locale.language_code}{'' if home else ' (no home page yet)'}"
                )

    def _snippet_permissions(self, can_publish: bool) -> list[Permission]:
        actions = ["view", "change"] + (["publish"] if can_publish else [])
        permissions = []
        for model in locale_scoped_models():
            content_type = ContentType.objects.get_for_model(model)
            codenames = [f"{action}_{model._meta.model_name}" for action in actions]
            permissions += Permission.objects.filter(content_type=content_type, codename__in=codenames)
        return permissions
