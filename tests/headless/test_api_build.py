"""Proof: the demo site in six languages, built by a front end from the API alone.

The builder below only sends HTTP requests (no database, no templates): for each
locale it reads /site, the home page, each section with its listings and every
listed item's detail, except where a listing offers `expand=` (the OpenAPI
document says which): then the listing is asked with every expansion, its items
carry what their details carry, and no detail is fetched. Then every internal
link (items, and the pages embedded items link to) and every hreflang target
(`translations` with `translated: true`) must be a page the build produced.
The request count goes to docs/api.md.

Loading the demo takes minutes, so this runs with `make api-build` (API_BUILD=1).
"""

import os
from collections import Counter
from urllib.parse import urlencode

import pytest
from django.core.management import call_command

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not os.environ.get("API_BUILD"), reason="slow: make api-build"),
]

# A front end knows where each section's items are listed; the Donate page lists
# its projects by thematic area.
EXTRA_LISTINGS = {"donate": "/api/v1/donate/thematic-areas"}


def embedded_links(item: dict) -> set[str]:
    """The page URLs inside an expanded item: embedded publications, related
    pages, a brief's entries (objects with a `type` and a `url`)."""
    found: set[str] = set()

    def walk(value, top=False):
        if isinstance(value, dict):
            if not top and value.get("url") and ("type" in value or "api_url" in value):
                found.add(value["url"])
            for key, nested in value.items():
                if key != "translations":
                    walk(nested)
        elif isinstance(value, list):
            for nested in value:
                walk(nested)

    walk(item, top=True)
    return found


class ApiOnlyBuilder:
    def __init__(self, client):
        self.client = client
        self.requests: Counter = Counter()
        self.pages: dict[str, dict] = {}
        self.links: set[str] = set()
        self.hreflang: set[str] = set()
        self.fallback_details = Counter()
        self.by_section: Counter = Counter()  # requests per "section type/locale"
        self.section: str | None = None
        self.offered: dict[str, list[str]] = {}

    def get(self, path: str, params: dict | None = None) -> dict:
        url = f"{path}{'&' if '?' in path else '?'}{urlencode(params)}" if params else path
        response = self.client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        self.requests[path.split("?")[0].split("/")[3].removesuffix(".json")] += 1
        if self.section:
            self.by_section[self.section] += 1
        return response.json()

    def page(self, payload: dict, locale: str) -> None:
        url = payload.get("url")
        if url:
            self.pages[url] = payload
        for entry in payload.get("translations", []):
            if entry["translated"]:
                self.hreflang.add(entry["url"])
        if not payload.get("translated", True) and locale != "en":
            self.fallback_details[locale] += 1

    def expansions(self) -> dict[str, list[str]]:
        """{listing path: the `expand` values it offers}, from the OpenAPI document."""
        document = self.get("/api/v1/openapi.json")
        offered = {}
        for path, operations in document["paths"].items():
            for parameter in operations.get("get", {}).get("parameters", []):
                if parameter["name"] == "expand":
                    offered[path] = parameter["schema"]["items"]["enum"]
        return offered

    def listing(self, path: str, locale: str) -> list[dict]:
        items, offset = [], 0
        expand = self.offered.get(path)
        while True:
            params = {"locale": locale, "limit": 100, "offset": offset}
            if expand:
                params["expand"] = ",".join(expand)
            body = self.get(path, params)
            items += body["items"]
            offset += body["limit"]
            if offset >= body["count"]:
                return items

    def build(self) -> None:
        # Listings that embed their items' detail content (`expand=`) need no detail request per item.
        self.offered = self.expansions()
        for locale in [item["code"] for item in self.get("/api/v1/locales")]:
            site = self.get("/api/v1/site", {"locale": locale})
            self.links |= {link["url"] for link in site["navigation"] if not link["external"]}
            self.page(self.get(site["home_api_url"]), locale)
            for section in site["sections"]:
                if not section["api_url"]:
                    continue
                self.section = f"{section['type']}/{locale}"
                detail = self.get(section["api_url"])
                self.page(detail, locale)
                listings = [url.split("?")[0] for url in detail.get("listing_api_urls", [])]
                if section["type"] in EXTRA_LISTINGS:
                    listings.append(EXTRA_LISTINGS[section["type"]])
                for listing in listings:
                    expanded = listing in self.offered
                    for item in self.listing(listing, locale):
                        for entry in item.get("projects", [item]):
                            self.links.add(entry["url"])
                            if expanded:
                                self.page(entry, locale)
                                self.links |= embedded_links(entry)
                            elif entry.get("api_url"):
                                self.page(self.get(entry["api_url"]), locale)
            self.section = None


def test_the_demo_site_builds_from_the_api_alone(client):
    call_command("load_demo_content")
    builder = ApiOnlyBuilder(client)
    builder.build()

    built = set(builder.pages)
    total = sum(builder.requests.values())
    print(f"\nAPI-only build: {total} requests for {len(built)} pages; by endpoint: {dict(builder.requests)}")
    print(f"By section and locale: {dict(builder.by_section)}")
    print(f"Non-English details answered by the English fallback: {dict(builder.fallback_details)}")
    assert len(built) > 50
    # Every internal link leads to a built page (the glossary and search pages are the front end's own).
    unbuilt = {link for link in builder.links - built - {None} if "/glossary/" not in link and "/search/" not in link}
    assert unbuilt == set()
    assert builder.hreflang - built == set()
