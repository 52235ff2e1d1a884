"""One meaning of `translated` everywhere: an object (an item, or one nested in
it: thematic areas, focal points, contacts, links) says `translated: true` only
when it is in the requested locale, and its `locale` is its own. Checked over
every golden payload, asked in English and in French."""

import pytest

from tests.core.test_golden_payloads import NAMES, cases
from tests.factories.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(home):
    return build_world(home)


def disagreements(value, requested: str, path: str = "") -> list[str]:
    """Every object whose `translated` disagrees with its `locale`. Entries of
    `translations` describe other locales (whether a translation exists there),
    so they are not asked about the requested one."""
    found = []
    if isinstance(value, dict):
        locale, translated = value.get("locale"), value.get("translated")
        if isinstance(locale, str) and isinstance(translated, bool) and translated != (locale == requested):
            found.append(f"{path or '.'}: locale {locale!r}, translated {translated}")
        for key, item in value.items():
            if key != "translations":
                found += disagreements(item, requested, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += disagreements(item, requested, f"{path}[{index}]")
    return found


# Endpoints whose answer is the same in every locale (they take no `locale`).
LOCALE_FREE = {"locales", "changes", "redirects"}


@pytest.mark.parametrize("requested", ["en", "fr"])
def test_no_nested_object_disagrees_with_its_locale(client, world, requested):
    found = {}
    for name in set(NAMES) - LOCALE_FREE:
        _openapi_path, url, query = cases(world)[name]
        response = client.get(url, {**query, "locale": requested})
        assert response.status_code == 200, (name, response.content)
        problems = disagreements(response.json(), requested)
        if problems:
            found[name] = problems[:3]
    assert found == {}
