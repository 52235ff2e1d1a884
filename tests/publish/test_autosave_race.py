"""A Publish racing an autosave adds no inline row twice, on every page type.

The editor types new rows (allocations, suggested amounts, reports, updates,
figures, partners...); the autosave saves them and sends their ids back, and
the editor clicks Publish before the browser has them: the same rows arrive
again without ids (wagtail#14568, wagtail#14359, modelcluster#211). A donor
must not see an allocation or a report twice, nor a programme an update twice.
"""

from datetime import date

import pytest

from briefs.models import BriefItem
from donate.models import DonationProjectReport

from .support import KINDS, create_form_data

pytestmark = pytest.mark.django_db


# Rows the kinds' valid drafts do not come with, typed by the editor in this test.
TYPED_ROWS = {
    "donation project": lambda obj: obj.reports.add(
        DonationProjectReport(title="Progress report 2025", date=date(2025, 12, 31), link="https://example.org/r.pdf")
    ),
    "monthly brief": lambda obj: obj.items.add(
        BriefItem(section="development", happened_on=date(2026, 3, 2), note="Ministers endorsed the plan.")
    ),
}


def row_counts(obj) -> dict[str, int]:
    form_class = obj.get_edit_handler().get_form_class()
    # Wagtail's comments formset is not an inline panel of the page's own rows.
    return {
        relation: len(getattr(obj, relation).all()) for relation in form_class.formsets if relation != "comments"
    }


def form_errors(response) -> list:
    form = response.context["form"]
    errors = [form.errors]
    for formset in form.formsets.values():
        errors += [formset.non_form_errors(), *[row.errors for row in formset.forms if row.errors]]
    return [error for error in errors if error]


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_a_publish_racing_an_autosave_adds_each_row_once(kind, home, admin_client, admin_user):
    page = kind.valid(kind.parent(home), f"Autosave race {kind}", "autosave-race")
    typed = page.get_latest_revision_as_object()
    if str(kind) in TYPED_ROWS:
        TYPED_ROWS[str(kind)](typed)
        typed.save_revision()
        page = type(page).objects.get(pk=page.pk)
    expected = row_counts(typed)
    if not any(expected.values()):
        pytest.skip(f"a {kind} has no inline rows")
    # What the browser posts: the rows the editor typed, none of them saved yet.
    data = create_form_data(page, admin_user, page.slug)
    for relation in expected:
        getattr(typed, relation).set([])
    typed.save(clean=False)
    typed.save_revision()
    url = f"/admin/pages/{page.pk}/edit/"

    autosave = admin_client.post(url, data, headers={"accept": "application/json"})
    assert autosave.json()["success"] is True, autosave.json()
    published = admin_client.post(url, data | {"action-publish": "action-publish"})
    assert published.status_code == 302, form_errors(published)

    page = type(page).objects.get(pk=page.pk)
    assert page.live
    assert row_counts(page) == expected
    assert row_counts(page.live_revision.as_object()) == expected
