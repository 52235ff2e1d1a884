"""Every admin report asks for its own permission, and every export is inert in a spreadsheet.

A translator (or any user who may open the admin) must not read the reach figures
or the webhook receivers (their URLs often embed secrets); the groups that use a
report hold its permission.
"""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.reports import ReportView

from core.exports import neutralise_formula
from core.reports import ProtectedReportView
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

# Report name → its URL name. The search index report (Elasticsearch outbox) asks
# for a permission no group holds: administrators only, unless one is granted it.
REPORTS = {
    "publication_reach": "publications.view_downloadcount",
    "webhook_deliveries": "webhooks.view_webhookdelivery",
    "translation_status": "wagtail_localize.view_translation",
    "flagships_review_report": "flagships.view_flagshipreview",
    "donate_ledger": "donate.view_donation",
    "donate_funding_report": "donate.view_donation",
    "donate_refused_events": "donate.view_refusedevent",
    "events_unanswered_questions": "events.view_question",
}


def _admin_report_views():
    """(url name, view class) of every ReportView mounted under /admin/."""
    found = []

    def walk(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns)
            elif isinstance(pattern, URLPattern):
                view_class = getattr(pattern.callback, "view_class", None)
                if view_class and issubclass(view_class, ReportView):
                    found.append((pattern.name, view_class))

    walk(get_resolver().url_patterns)
    return found


def test_every_project_report_is_protected():
    project_apps = (
        "core",
        "home",
        "glossary",
        "publications",
        "flagships",
        "donate",
        "events",
        "briefs",
        "search",
        "webhooks",
    )
    views = [view for _, view in _admin_report_views() if view.__module__.split(".")[0] in project_apps]
    assert {view.__name__ for view in views} >= {"PublicationReachReport", "WebhookDeliveryReportView"}
    unprotected = {view.__name__ for view in views if not issubclass(view, ProtectedReportView)}
    assert not unprotected


@pytest.fixture
def translator(home, locales, django_user_model):
    call_command("sync_translation_groups", verbosity=0)
    user = django_user_model.objects.create_user("translator", password="pw")
    user.groups.add(Group.objects.get(name="Translators: French"))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.parametrize("url_name", [name for name in REPORTS if name != "translation_status"])
@pytest.mark.parametrize("export", ["", "?export=csv", "?export=xlsx"])
def test_translator_can_open_neither_report_nor_export(client, translator, url_name, export):
    client.force_login(translator)
    response = client.get(f"/admin/{_path(url_name)}{export}")
    assert refused(response)
    assert url_name not in client.get("/admin/").content.decode()


def test_translators_see_the_translations_report_only(client, translator):
    client.force_login(translator)
    assert client.get("/admin/" + _path("translation_status")).status_code == 200


@pytest.mark.parametrize(
    "url_name", ["publication_reach", "translation_status", "flagships_review_report", "events_unanswered_questions"]
)
def test_editors_keep_the_editorial_reports(client, editor, url_name):
    client.force_login(editor)
    assert client.get("/admin/" + _path(url_name)).status_code == 200


def test_editors_do_not_see_webhook_receivers(client, editor):
    client.force_login(editor)
    assert refused(client.get("/admin/" + _path("webhook_deliveries")))


def test_permission_alone_opens_the_report(client, django_user_model):
    user = django_user_model.objects.create_user("ops", password="pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_webhookdelivery")
    )
    client.force_login(user)
    assert client.get("/admin/" + _path("webhook_deliveries")).status_code == 200


def refused(response) -> bool:
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


def _path(url_name):
    from django.urls import reverse

    return reverse(url_name).removeprefix("/admin/")


FORMULAS = ['=HYPERLINK("https://evil.example","Open")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "＝1"]


@pytest.mark.parametrize("payload", FORMULAS)
def test_neutralise_formula_quotes_text_that_a_spreadsheet_would_run(payload):
    assert neutralise_formula(payload) == "'" + payload
    assert neutralise_formula("Housing = shelter") == "Housing = shelter"
    assert neutralise_formula(-5) == -5


def test_csv_and_xlsx_exports_hold_formulas_as_text(admin_client):
    url = "https://hooks.example/x"
    WebhookDelivery.objects.create(event='=HYPERLINK("https://evil.example","x")', url=url, payload={})
    response = admin_client.get("/admin/" + _path("webhook_deliveries") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][1] == '\'=HYPERLINK("https://evil.example","x")'
    response = admin_client.get("/admin/" + _path("webhook_deliveries") + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cell = sheet.cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value.startswith("'=HYPERLINK")
