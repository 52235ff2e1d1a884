"""The giving API: a headless front end starts a gift and gets the provider's
checkout URL, checked as the giving form checks a gift, its return URLs kept to
the front ends the site trusts."""

import json

import pytest

from donate.models import DonationIntent, ProjectStatus

pytestmark = pytest.mark.django_db

URL = "/api/v1/donate/gifts"
URLS = '"return_url": "x", "cancel_url": "x"}'
FRONT_END = "https://www.example.org"


@pytest.fixture(autouse=True)
def front_end(settings):
    settings.CORS_ALLOWED_ORIGINS = [FRONT_END]


def gift(page, **changes) -> dict:
    body = {
        "project": page.pk,
        "amount": "25.00",
        "currency": "USD",
        "frequency": "one_off",
        "email": "donor@example.net",
        "return_url": f"{FRONT_END}/thanks",
        "cancel_url": f"{FRONT_END}/give?cancelled=1",
    }
    body.update(changes)
    return body


def post(client, body, **headers):
    raw = body if isinstance(body, str) else json.dumps(body)
    return client.post(URL, data=raw, content_type="application/json", **headers)


def problem(response, status=400):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


def test_a_valid_gift_answers_the_checkout_url_and_comes_back_to_the_front_end(client, project):
    response = post(client, gift(project), HTTP_ORIGIN=FRONT_END)
    assert response.status_code == 201, response.content
    body = response.json()
    intent = DonationIntent.objects.get()
    assert body["intent"] == str(intent.pk)
    assert (body["amount"], body["currency"], body["frequency"]) == ("25.00", "USD", "one_off")
    assert body["checkout_url"].startswith("http://testserver/") and str(intent.pk) in body["checkout_url"]
    assert (intent.amount, intent.currency, intent.donor_email) == (25, "USD", "donor@example.net")
    assert response["Access-Control-Allow-Origin"] == FRONT_END

    # The sandbox checkout sends the donor back to the front end, with the reference.
    after = client.post(body["checkout_url"].removeprefix("http://testserver"), {"action": "complete"})
    assert after.status_code == 302
    assert after["Location"] == f"{FRONT_END}/thanks?intent={intent.pk}"
    intent.refresh_from_db()
    assert intent.status == DonationIntent.Status.COMPLETED


def test_cancelling_goes_back_to_the_cancel_url(client, project):
    body = post(client, gift(project)).json()
    after = client.post(body["checkout_url"].removeprefix("http://testserver"), {"action": "cancel"})
    assert after["Location"] == f"{FRONT_END}/give?cancelled=1&intent={body['intent']}"


@pytest.mark.parametrize(
    ("changes", "parameter", "words"),
    [
        ({"amount": "0.50"}, "amount", "smallest gift"),
        ({"amount": "100000000"}, "amount", "contact us"),
        ({"currency": "EUR"}, "currency", "USD only"),
        ({"return_url": "https://evil.example/thanks"}, "return_url", FRONT_END),
        ({"cancel_url": "javascript:alert(1)"}, "cancel_url", FRONT_END),
        ({"return_url": f"{FRONT_END}.evil.example/"}, "return_url", FRONT_END),
    ],
)
def test_what_the_giving_form_refuses_the_api_refuses_with_the_same_message(client, project, changes, parameter, words):
    body = problem(post(client, gift(project, **changes)))
    assert body["parameter"] == parameter
    assert words in body["detail"]
    assert not DonationIntent.objects.exists()


@pytest.mark.parametrize(
    ("raw", "parameter"),
    [
        ('{"project": %d, "amount": NaN, "currency": "USD", "return_url": "x", "cancel_url": "x"}', "amount"),
        ('{"project": %d, "amount": 1e20, "currency": "USD", "return_url": "x", "cancel_url": "x"}', "amount"),
        ('{"project": %d, "amount": "Infinity", "currency": "USD", "return_url": "x", "cancel_url": "x"}', "amount"),
        (
            '{"project": 99999999999999999999999, "amount": "5", "currency": "USD", ' + URLS,
            "project",
        ),
        ('{"project": %d, "amount": "5", "currency": "U\\u0000D", "return_url": "x", "cancel_url": "x"}', "currency"),
        (
            '{"project": %d, "amount": "5", "currency": "USD", "email": "a\\u0000@b.org", ' + URLS,
            "email",
        ),
        ('{"project": %d, "amount": "5.001", "currency": "USD", "return_url": "x", "cancel_url": "x"}', "amount"),
        ('{"project": %d, "amount": "5", "currency": "USD"}', "return_url"),
    ],
)
def test_malformed_input_is_a_problem_naming_the_field_never_a_500(client, project, raw, parameter):
    text = raw % project.pk if "%d" in raw else raw
    body = problem(post(client, text))
    assert body["parameter"] == parameter
    assert not DonationIntent.objects.exists()


def test_not_json_is_a_problem(client, project):
    problem(post(client, "{not json"))


def test_unknown_or_unpublished_project_is_404(client, project):
    assert problem(post(client, gift(project, project=2**40)), 404)["parameter"] == "project"
    project.unpublish()
    problem(post(client, gift(project)), 404)


def test_problems_are_worded_in_the_requested_language(client, project, locales):
    """A French or Arabic front end (`?locale=`) reads the refusals in its language; `code` stays."""
    url = f"{URL}?locale=fr"
    unknown = client.post(url, data=json.dumps(gift(project, project=2**40)), content_type="application/json")
    assert problem(unknown, 404)["detail"] == "Aucun projet publié n’accepte de dons sous cet identifiant."
    foreign = client.post(
        url, data=json.dumps(gift(project)), content_type="application/json", HTTP_ORIGIN="https://evil.example"
    )
    assert problem(foreign, 403)["detail"].startswith("Les dons ne peuvent être lancés")
    elsewhere = gift(project, return_url="https://evil.example/thanks")
    refused = client.post(f"{URL}?locale=ar", data=json.dumps(elsewhere), content_type="application/json")
    body = problem(refused)
    assert body["parameter"] == "return_url" and "عنوان URL" in body["detail"]


def test_a_funded_project_takes_no_gift(client, project):
    project.status = ProjectStatus.FUNDED
    project.save_revision().publish()
    body = problem(post(client, gift(project)))
    assert "fully funded" in body["detail"]


def test_an_untrusted_browser_origin_is_refused(client, project):
    problem(post(client, gift(project), HTTP_ORIGIN="https://evil.example"), 403)
    assert not DonationIntent.objects.exists()


def test_gifts_share_the_giving_forms_rate_limit(client, project, settings):
    settings.DONATE_GIVE_RATE = "2/m"
    assert post(client, gift(project)).status_code == 201
    assert (
        client.post(
            f"/giving/give/{project.pk}/", {"amount": "10", "currency": "USD", "frequency": "one_off"}
        ).status_code
        == 302
    )
    # The form and the API count against one budget: the third gift is refused.
    problem(post(client, gift(project)), 429)


def test_openapi_documents_the_giving_endpoint(client):
    document = client.get("/api/v1/openapi.json").json()
    operation = document["paths"]["/api/v1/donate/gifts"]["post"]
    assert set(operation["responses"]) >= {"201", "400", "403", "404", "429"}
    assert operation["responses"]["400"]["content"]["application/problem+json"]
    gift_in = document["components"]["schemas"]["GiftIn"]
    assert gift_in["properties"]["frequency"]["enum"] == ["one_off", "monthly"]
    assert set(gift_in["required"]) == {"project", "amount", "currency", "return_url", "cancel_url"}


@pytest.mark.parametrize("amount", ["1_000", "１０００", "٢٥", "25.", "1e3"])
def test_amounts_take_ascii_digits_only(client, project, amount):
    body = problem(post(client, gift(project, amount=amount), HTTP_ORIGIN=FRONT_END))
    assert body["parameter"] == "amount" and "ASCII digits" in body["detail"]
    assert not DonationIntent.objects.exists()
