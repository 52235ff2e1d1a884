"""Double opt-in: nobody is subscribed before following the emailed link; links
that are forged, tampered with or expired change nothing; no address is ever shown."""

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from freezegun import freeze_time

from briefs.models import Subscriber
from briefs.subscriptions import CONFIRM_SALT, unsubscribe_token

pytestmark = pytest.mark.django_db


def sign_up(client, email="delegate@example.org", language="fr", prefix="/fr", **extra):
    data = {"email": email, "language": language, "brief": "on", **extra}
    return client.post(f"{prefix}/subscriptions/", data)


def link_in(message, kind="confirm") -> str:
    # Confirmation links are on the visitor's host (testserver), links in issues
    # sent by the worker on the configured Site's (localhost): core/absolute_urls.py.
    return re.search(rf"http://(?:testserver|localhost)(\S+/subscriptions/{kind}/\S+/)", message.body).group(1)


def test_signing_up_sends_a_link_and_subscribes_nobody_yet(client, home):
    response = sign_up(client)
    assert response.status_code == 302 and response["Location"] == "/fr/subscriptions/check-your-inbox/"
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING and subscriber.language == "fr"
    assert Subscriber.objects.confirmed().count() == 0
    (message,) = mail.outbox
    assert message.to == ["delegate@example.org"] and link_in(message).startswith("/fr/subscriptions/confirm/")


def test_confirming_needs_the_button_and_works_once(client, home):
    sign_up(client)
    link = link_in(mail.outbox[0])
    page = client.get(link)
    assert (
        page.status_code == 200 and Subscriber.objects.get().status == Subscriber.Status.PENDING
    )  # a GET is not consent
    confirmed = client.post(link)
    assert confirmed.status_code == 200 and "delegate@example.org" not in confirmed.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.wants_brief
    again = client.post(link)
    assert again.status_code == 200 and Subscriber.objects.get().confirmed_at == subscriber.confirmed_at


def test_an_expired_link_asks_to_sign_up_again(client, home):
    sign_up(client)
    link = link_in(mail.outbox[0])
    with freeze_time(timedelta(days=8)):
        response = client.post(link)
    assert response.status_code == 400 and "Le lien de confirmation a expiré" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_forged_and_tampered_links_change_nothing(client, home):
    sign_up(client)
    subscriber = Subscriber.objects.get()
    forged = signing.dumps({"s": subscriber.pk, "l": "fr", "b": 1, "n": 1}, salt=CONFIRM_SALT, key="not-our-key")
    link = link_in(mail.outbox[0])
    tampered = link[:-6] + ("A" if link[-6] != "A" else "B") + link[-5:]
    for url in (f"/fr/subscriptions/confirm/{forged}/", tampered, "/fr/subscriptions/confirm/%00/"):
        response = client.post(url)
        assert response.status_code in (400, 404), url
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    unsubscribe = f"/subscriptions/unsubscribe/{unsubscribe_token(subscriber.pk, 'brief')}x/"
    assert client.post(unsubscribe).status_code == 400


@pytest.mark.parametrize(
    "data",
    [
        {"email": "not-an-address", "language": "fr", "brief": "on"},
        {"email": "a\x00b@example.org", "language": "fr", "brief": "on"},
        {"email": "ok@example.org", "language": "xx", "brief": "on"},
        {"email": "ok@example.org", "language": "fr"},  # neither list
    ],
)
def test_bad_sign_ups_are_refused_and_store_nothing(client, home, data):
    response = client.post("/fr/subscriptions/", data)
    assert response.status_code == 400
    assert not Subscriber.objects.exists() and not mail.outbox


def test_signing_up_again_does_not_reveal_the_address_and_changes_nothing_until_confirmed(client, home):
    sign_up(client, newsletter="")
    client.post(link_in(mail.outbox[0]))
    response = sign_up(client, language="es", prefix="/es", newsletter="on")
    assert response.status_code == 302  # the same answer as for a new address
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "fr" and not subscriber.wants_newsletter
    client.post(link_in(mail.outbox[1]))
    subscriber.refresh_from_db()
    assert subscriber.language == "es" and subscriber.wants_newsletter and subscriber.wants_brief


def test_sign_ups_are_rate_limited(client, home, settings):
    settings.BRIEFS_SUBSCRIBE_RATE = "2/h"
    for n in range(2):
        assert sign_up(client, email=f"p{n}@example.org").status_code == 302
    assert sign_up(client, email="p3@example.org").status_code == 429
    assert Subscriber.objects.count() == 2


def test_one_address_gets_a_limited_number_of_confirmation_emails(client, home, settings):
    settings.BRIEFS_SUBSCRIBE_RATE_PER_EMAIL = "2/d"
    for _ in range(4):
        assert sign_up(client).status_code == 302
    assert len(mail.outbox) == 2


def test_the_api_sign_up_answers_the_same_and_never_returns_an_address(client, home):
    response = client.post(
        "/api/v1/subscriptions",
        {"email": "d@example.org", "language": "ar", "newsletter": True},
        content_type="application/json",
    )
    assert response.status_code == 202 and "d@example.org" not in response.content.decode()
    assert Subscriber.objects.get().language == "ar" and mail.outbox
    bad = client.post("/api/v1/subscriptions", {"email": "nope"}, content_type="application/json")
    assert bad.status_code == 400 and bad["Content-Type"] == "application/problem+json"
    language = client.post(
        "/api/v1/subscriptions", {"email": "e@example.org", "language": "xx"}, content_type="application/json"
    )
    assert language.status_code == 400 and language.json()["parameter"] == "language"


def test_unsubscribing_from_one_list_keeps_the_other(client, home):
    sign_up(client, newsletter="on")
    client.post(link_in(mail.outbox[0]))
    subscriber = Subscriber.objects.get()
    response = client.post(f"/fr/subscriptions/unsubscribe/{unsubscribe_token(subscriber.pk, 'brief')}/")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert (
        subscriber.status == Subscriber.Status.CONFIRMED and not subscriber.wants_brief and subscriber.wants_newsletter
    )


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_api_refuses_a_body_a_cross_site_page_could_send_without_a_preflight(client, home, content_type):
    body = '{"email": "victim@example.org", "language": "en", "brief": true}'
    response = client.generic(
        "POST", "/api/v1/subscriptions", body, content_type=content_type, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 400
    assert response.json()["parameter"] == "Content-Type"
    assert not mail.outbox


def test_api_refuses_a_sign_up_from_a_foreign_page_and_accepts_the_sites_own(client, home):
    body = {"email": "victim@example.org", "language": "en", "brief": True}
    foreign = client.post(
        "/api/v1/subscriptions", body, content_type="application/json", HTTP_ORIGIN="https://evil.example"
    )
    assert foreign.status_code == 403 and foreign["Content-Type"].startswith("application/problem+json")
    assert not mail.outbox
    own = client.post("/api/v1/subscriptions", body, content_type="application/json", HTTP_ORIGIN="http://testserver")
    assert own.status_code == 202 and len(mail.outbox) == 1
