"""The translator's loop in a browser, with the real French groups: the French
translator translates a page in wagtail-localize's editor and submits it for
review; the French reviewer is emailed, opens the share link and reads French,
approves from the dashboard confirming the part left in English, and the page is
live in French."""

import re

import pytest
from django.core import mail

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password-1"


@pytest.fixture
def site(restore_wagtail_tree, live_server):
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from wagtail.models import Locale, Page, Site

    from tests.factories import HomePageFactory
    from tests.translation_support import translate

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    french = Locale.objects.get(language_code="fr")
    translate(home, french, {"Better cities": "Des villes meilleures"})
    page = HomePageFactory(
        parent=home,
        slug="coasts",
        title="Resilient coasts",
        hero_text="Sea walls and mangroves protect coastal cities.",
        introduction="<p>Read our work.</p>",
    )
    call_command("sync_translation_groups", verbosity=0)
    # An editor has asked for the French translation: a draft copy, nothing translated yet.
    draft, _ = translate(page, french, {}, publish=False)
    from django.contrib.auth import get_user_model

    users = {}
    for role, group in (("translator", "Translators: French"), ("reviewer", "Reviewers: French")):
        user = get_user_model().objects.create_user(role, email=f"{role}@example.org", password=PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return {"url": live_server.url, "page_id": draft.pk, "key": page.translation_key}


def sign_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def translate_segment(page, source_text, translation):
    segment = page.locator("li", has_text=source_text).filter(has=page.get_by_role("button", name="Translate")).last
    segment.get_by_role("button", name="Translate").click()
    field = page.locator("textarea:focus")
    field.fill(translation)
    page.get_by_role("button", name="Save").click()
    page.get_by_text(translation).first.wait_for()


def test_french_translation_goes_through_review_to_live(browser, site):
    base = site["url"]
    translator = browser.new_context(locale="fr-FR").new_page()
    translator.set_default_timeout(15_000)
    sign_in(translator, base, "translator")
    translator.goto(f"{base}/admin/pages/{site['page_id']}/edit/")
    bar = translator.locator("[data-translation-loop]")
    bar.wait_for()
    # Delete is not the translator's main action: wagtail-localize's footer is not offered.
    assert not translator.locator(".js-translation-editor footer.footer").is_visible()
    translate_segment(translator, "Resilient coasts", "Côtes résilientes")
    translate_segment(
        translator,
        "Sea walls and mangroves protect coastal cities.",
        "Digues et mangroves protègent les villes côtières.",
    )
    translator.reload()
    bar.locator("[data-submit-for-review]").click()
    translator.wait_for_url(re.compile(r".*/translation-review/\d+/submit/"))
    assert "Read our work." in translator.content()  # the part left in English is named
    translator.locator("form button[data-submit-for-review]").click()
    translator.wait_for_url(f"{base}/admin/pages/{site['page_id']}/edit/")
    assert translator.locator("[data-translation-in-review]").is_visible()

    # One email to the reviewer (not Wagtail's group-approval notice beside it).
    ours = [message for message in mail.outbox if "reviewer@example.org" in message.to]
    assert len(ours) == 1 and ours[0].subject.startswith("Translation to review")
    share_url = re.search(r"(http://\S+/preview/\S+/)", ours[0].body).group(1)

    reviewer_context = browser.new_context(locale="fr-FR")
    reviewer = reviewer_context.new_page()
    reviewer.set_default_timeout(15_000)
    reviewer.goto(share_url)
    assert reviewer.evaluate("document.documentElement.lang") == "fr"
    assert reviewer.locator("h1").inner_text().strip() == "Côtes résilientes"
    assert "Digues et mangroves" in reviewer.content()

    sign_in(reviewer, base, "reviewer")
    panel = reviewer.locator("#translations-awaiting-review-content, [id^=translations-awaiting-review]").first
    row = reviewer.locator("tr[data-awaiting-review]", has_text="Côtes résilientes")
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(target_locale__language_code="fr", source__object_id=site["key"])
    total, done = translation.get_progress()
    left = total - done  # the introduction (and any other part the translator left)
    assert left >= 1
    assert f"{left} part{'s' if left > 1 else ''} untranslated" in row.inner_text()
    assert panel.is_visible()
    row.get_by_role("button", name="Approve and publish…").click()
    modal = reviewer.locator(".modal-content")
    modal.locator("[data-untranslated-parts]").wait_for()
    assert "Read our work." in modal.inner_text()
    modal.get_by_label("Publish with the untranslated parts in the original language").check()
    with reviewer.expect_navigation():  # the dashboard again, once the approval is done
        modal.locator("button[type=submit]").click()
    assert not reviewer.locator("tr[data-awaiting-review]").count()
    # The approval recorded the reviewer's confirmation of the parts left in English.
    from wagtail.models import Page

    from core.models import UntranslatedPublishConfirmation

    live = Page.objects.get(pk=site["page_id"])
    confirmation = UntranslatedPublishConfirmation.objects.get(revision=live.live_revision)
    assert confirmation.confirmed_by.username == "reviewer" and confirmation.untranslated == left

    reviewer.goto(f"{base}/fr/coasts/")
    assert reviewer.evaluate("document.documentElement.lang") == "fr"
    assert reviewer.locator("h1").inner_text().strip() == "Côtes résilientes"
    assert reviewer.locator("#incomplete-notice").is_visible()
    reviewer_context.close()
