"""Messages in the request's language: a problem's `detail` and search's
`messages[].text` are worded in the locale asked for (`?locale=`, else the
language prefix of the path asked about), beside a stable `code` and `params`."""

import pytest

pytestmark = pytest.mark.django_db


def problem(response, status=400) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


def test_an_unknown_value_is_explained_in_french_and_arabic(client, home):
    english = problem(client.get("/api/v1/publications", {"ordering": "colour"}))
    french = problem(client.get("/api/v1/publications", {"ordering": "colour", "locale": "fr"}))
    arabic = problem(client.get("/api/v1/publications", {"ordering": "colour", "locale": "AR"}))
    assert english["detail"].startswith("Unknown value 'colour' for 'ordering'. Use one of: ")
    assert french["detail"].startswith("Valeur inconnue 'colour' pour « ordering ». Utilisez l'une de celles-ci : ")
    assert arabic["detail"].startswith("قيمة غير معروفة 'colour' للمعامل 'ordering'.")
    # What a front end reads to word its own message does not change with the language.
    for body in (french, arabic):
        assert (body["code"], body["params"], body["allowed"]) == (
            english["code"],
            english["params"],
            english["allowed"],
        )


def test_an_unknown_parameter_is_explained_in_the_requested_language(client, home):
    body = problem(client.get("/api/v1/stories", {"locale": "fr", "colour": "red"}))
    assert body["code"] == "unknown_parameter" and body["params"]["unknown"] == ["colour"]
    assert body["detail"].startswith("Paramètre(s) inconnu(s) : colour. Cette adresse accepte : ")
    body = problem(client.get("/api/v1/stories", {"locale": "ar", "colour": "red"}))
    assert body["detail"].startswith("معاملات استعلام غير معروفة: colour.")


def test_a_malformed_value_is_explained_in_the_requested_language(client, home):
    body = problem(client.get("/api/v1/publications", {"locale": "fr", "limit": "many"}))
    assert body["parameter"] == "limit"
    assert body["detail"] == "Requête non valide. limit: donnez un nombre entier."
    body = problem(client.get("/api/v1/publications", {"locale": "ar", "offset": "-1"}))
    assert body["detail"] == "طلب غير صالح. offset: أدخل عددًا لا يقل عن 0."


def test_nothing_published_names_what_in_the_requested_language(client, home):
    assert problem(client.get("/api/v1/events/999999", {"locale": "fr"}), 404)["detail"] == (
        "Aucun contenu publié de ce type (événement) ne correspond à cette demande."
    )
    assert problem(client.get("/api/v1/stories/999999", {"locale": "ar"}), 404)["detail"] == (
        "لا يوجد محتوى منشور من هذا النوع (قصة) يطابق هذا الطلب."
    )
    assert problem(client.get("/api/v1/stories/999999"), 404)["detail"] == "No published story matches this request."


def test_the_language_prefix_of_the_path_asked_about_words_the_problem(client, home):
    body = problem(client.get("/api/v1/pages/find", {"path": "/fr/nowhere/"}), 404)
    assert body["detail"].startswith("Aucune page publiée à l'adresse '/")
    body = problem(client.get("/api/v1/pages/find", {"path": "/ar/nowhere/"}), 404)
    assert body["detail"].startswith("لا توجد صفحة منشورة في '/")


def test_problems_from_the_input_guard_speak_the_requested_language(client, home):
    body = problem(client.get("/api/v1/search?q=a%00b&locale=fr"))
    assert body["detail"] == "« q » contient un caractère de contrôle (comme un octet NUL). Supprimez-le et réessayez."
    # A hostile locale is not a language: the default one words the problem.
    body = problem(client.get("/api/v1/search?q=a%00b&locale=f%00r"))
    assert "control character" in body["detail"]


def test_an_unknown_locale_leaves_the_problem_in_the_default_language(client, home):
    body = problem(client.get("/api/v1/publications", {"locale": "xx"}))
    assert body["detail"].startswith("Unknown value 'xx' for 'locale'.")


def test_search_messages_carry_code_params_and_text_in_the_requested_language(client, home):
    long_query = "ville " * 60
    body = client.get("/api/v1/search", {"q": long_query, "locale": "fr"}).json()
    (message,) = [m for m in body["messages"] if m["code"] == "query_shortened"]
    assert message["params"] == {"max_length": 200}
    assert message["text"] == "Votre recherche a été réduite à ses 200 premiers caractères."
    body = client.get("/api/v1/search", {"q": "%%%", "locale": "ar"}).json()
    assert [(m["code"], m["params"]) for m in body["messages"]] == [("no_words", {})]
    assert body["messages"][0]["text"] != "Type words or numbers to search; punctuation and symbols alone are ignored."
    english = client.get("/api/v1/search", {"q": "%%%"}).json()["messages"][0]
    assert english["text"] == "Type words or numbers to search; punctuation and symbols alone are ignored."


def test_openapi_lists_the_search_message_codes(client):
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    codes = schemas["SearchMessageOut"]["properties"]["code"]["enum"]
    assert codes == ["query_shortened", "no_words", "abbreviation_also_searched", "expansion_also_searched"]
    assert schemas["SearchOut"]["properties"]["messages"]["items"]["$ref"].endswith("/SearchMessageOut")
