"""The reference pages: abstract first, the download block, the index with filters and pages, the feed."""

import pytest

from publications.listing import PAGE_SIZE
from publications.models import PublicationDocument
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import DocumentFactory, PublicationPageFactory, PublicationTypeFactory

pytestmark = pytest.mark.django_db


def html(client, url, params=None):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def test_abstract_comes_right_after_the_title(client, index):
    page = PublicationPageFactory(parent=index, authors="Housing Unit", body=[("paragraph", "<p>Chapter one.</p>")])
    body = html(client, page.url)
    # The head also carries the abstract and authors (meta description, JSON-LD): read after the title.
    title = body.index("<h1>")
    abstract = body.index("This report looks at how secondary cities", title)
    for later in ("Housing Unit", "Read or download", "Chapter one.", "Thematic areas"):
        assert title < abstract < body.index(later, title), later


def test_download_block_shows_format_size_and_language(client, index):
    french = DocumentFactory(title="Rapport complet", language="fr-FR")
    page = PublicationPageFactory(parent=index, documents=[DocumentFactory(title="Full report"), french])
    body = html(client, page.url)
    rows = {row.document.title: row for row in PublicationDocument.objects.filter(page=page)}
    assert rows["Rapport complet"].language == "fr"
    assert f'href="/downloads/publications/{rows["Full report"].pk}/"' in body
    assert f'(PDF, {rows["Full report"].size_label}, <span lang="en">English</span>)' in body
    assert '<span lang="fr">français</span>' in body


def test_read_online_link_when_there_is_a_body(client, index):
    page = PublicationPageFactory(parent=index, body=[("paragraph", "<p>Chapter one.</p>")])
    body = html(client, page.url)
    assert 'href="#read-online"' in body and "Chapter one." in body


def test_index_lists_cards_with_abstracts_and_filters(client, index):
    area = ThematicAreaFactory(name="Water", slug="water")
    guide = PublicationTypeFactory(name="Guide", slug="guide")
    PublicationPageFactory(parent=index, title="Drainage guide", thematic_areas=[area], publication_type=guide)
    PublicationPageFactory(parent=index, title="Housing report")
    body = html(client, index.url)
    assert "Drainage guide" in body and "Housing report" in body
    assert body.count("This report looks at how secondary cities") == 2
    filtered = html(client, index.url, {"thematic_area": "water"})
    assert "Drainage guide" in filtered and "Housing report" not in filtered
    assert "Housing report" not in html(client, index.url, {"type": "guide"})


def test_index_with_an_unknown_filter_says_so_and_shows_everything(client, index):
    PublicationPageFactory(parent=index, title="Housing report")
    body = html(client, index.url, {"thematic_area": "space"})
    assert "There is no “space” to filter by" in body
    assert "Housing report" in body


def test_index_paginates(client, index):
    for n in range(PAGE_SIZE + 1):
        PublicationPageFactory(parent=index, title=f"Publication {n:02d}")
    first = html(client, index.url)
    second = html(client, index.url, {"page": 2})
    assert 'rel="next"' in first and "Page 1 of 2" in first
    assert second.count('class="card publication-card"') == 1


def test_feed_per_locale(client, index, home, locales, translate):
    page = PublicationPageFactory(parent=index, title="Housing report")
    translate(home, locales["fr"], {})
    french_index, _ = translate(index, locales["fr"], {"Publications": "Publications FR"})
    translate(page, locales["fr"], {"Housing report": "Rapport sur le logement"})
    english = client.get("/publications/feed/")
    assert english.status_code == 200 and english["Content-Type"].startswith("application/atom+xml")
    assert "Housing report" in english.content.decode()
    french = client.get(french_index.url + "feed/").content.decode()
    assert "Rapport sur le logement" in french and 'xml:lang="fr"' in french
    assert "This report looks at how secondary cities" in french  # the abstract is the summary


def test_publication_shows_the_flagships_that_cite_it_in_its_language(client, index, home, locales, translate):
    from flagships.models import FlagshipPublication
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

    publication = PublicationPageFactory(parent=index, title="Housing report")
    flagships = FlagshipIndexPageFactory(parent=home)
    citing = FlagshipPageFactory(parent=flagships, title="Resilient cities programme", contacts=1)
    FlagshipPublication.objects.create(page=citing, publication=publication)
    FlagshipPageFactory(parent=flagships, title="Unrelated programme")
    draft = FlagshipPageFactory(parent=flagships, title="Draft programme", live=False)
    FlagshipPublication.objects.create(page=draft, publication=publication)

    assert [page.title for page in publication.citing_flagships()] == ["Resilient cities programme"]
    assert "Resilient cities programme" in html(client, publication.url)

    translate(home, locales["fr"], {})
    translate(flagships, locales["fr"], {})
    translate(citing, locales["fr"], {"Resilient cities programme": "Programme villes résilientes"})
    translate(index, locales["fr"], {})
    french, _ = translate(publication, locales["fr"], {})
    assert [page.title for page in french.citing_flagships()] == ["Programme villes résilientes"]
