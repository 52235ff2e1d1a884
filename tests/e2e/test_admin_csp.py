"""Wagtail's admin works under its Content-Security-Policy: a browser signs in,
opens the dashboard, the page explorer, a page editor (Draftail rich text),
images and documents, and reports no CSP violation; the public page under the
strict policy reports none either."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(restore_wagtail_tree, live_server, django_user_model):
    from wagtail.models import Page, Site

    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-csp", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    django_user_model.objects.create_superuser("admin", "admin@example.org", "csp-test-password")
    return home


def test_admin_and_public_pages_raise_no_csp_violation(page, live_server, site):
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "csp-test-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{site.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".Draftail-Editor").count() >= 1, "the rich text editor did not start"
    for path in ["/admin/", f"/admin/pages/{site.pk}/", "/admin/images/", "/admin/documents/"]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/")
    page.wait_for_load_state("networkidle")
    assert violations == []
