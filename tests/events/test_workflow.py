"""The question workflow end to end, as the people involved walk it (run on
SQLite and on PostgreSQL by `make test`): a representative submits and confirms,
another never confirms, staff moderate and answer, the meeting page and the API
show the question with its answer, and the sender is told."""

import re

import pytest
from django.core import mail

from events.models import Question

pytestmark = pytest.mark.django_db


def test_submit_confirm_moderate_answer_publish_notify(
    client, admin_client, meeting, django_capture_on_commit_callbacks
):
    visitor = client
    form = {
        "name": "Ana Pérez",
        "mission": "Permanent Mission of Chile",
        "email": "ana@mission.example",
        "text": "How will the regional offices take part in the housing review?",
        "may_publish": "on",
    }
    assert visitor.post(f"/meetings/{meeting.pk}/questions/", form).status_code == 302
    unconfirmed = {**form, "email": "ghost@mission.example", "text": "A question nobody confirms."}
    assert visitor.post(f"/meetings/{meeting.pk}/questions/", unconfirmed).status_code == 302
    link = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[0].body).group(0)
    assert visitor.post(link).status_code == 200

    confirmed = Question.objects.get(email="ana@mission.example")
    ghost = Question.objects.get(email="ghost@mission.example")
    assert confirmed.confirmed_at is not None and ghost.confirmed_at is None

    # Staff see only confirmed questions in the report, then publish and answer.
    report = admin_client.get("/admin/reports/unanswered-questions/").content.decode()
    assert "regional offices" in report and "nobody confirms" not in report
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/events_questions/edit/{confirmed.pk}/",
            {
                "visibility": "public",
                "duplicate_of": "",
                "answer": "Each office joins the June review.",
                "publish_answer": "on",
            },
        )
    assert response.status_code == 302

    html = visitor.get(meeting.url).content.decode()
    assert "regional offices" in html and "Each office joins the June review." in html
    assert "nobody confirms" not in html and "ana@mission.example" not in html
    assert "1 question received; 0 still to be answered." in html
    api = visitor.get(f"/api/v1/meetings/{meeting.pk}").json()
    assert [item["answer"] for item in api["questions"]] == ["Each office joins the June review."]
    assert "nobody confirms" not in str(api)

    (notice,) = mail.outbox
    assert notice.to == ["ana@mission.example"] and "Each office joins the June review." in notice.body
    assert meeting.url in notice.body
    report = admin_client.get("/admin/reports/unanswered-questions/results/").content.decode()
    assert "regional offices" not in report
