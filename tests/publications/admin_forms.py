"""Posting the publication form as the admin does, publish or draft."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from publications.models import PublicationPage


def words(count: int) -> str:
    return "<p>" + " ".join(f"word{n}" for n in range(count)) + "</p>"


def form_data(*, abstract=None, areas=(), documents=(), body=(), publish=True, **fields):
    data = {
        "title": "Financing urban drainage",
        "slug": fields.pop("slug", "financing-urban-drainage"),
        "abstract": rich_text(words(40) if abstract is None else abstract, features=["bold", "italic", "link"]),
        "publication_date": "2025-03-01",
        "publication_type": "",
        "authors": "",
        "isbn": "",
        "doi": "",
        "keywords": "",
        "cover_image": "",
        "body": streamfield(list(body)),
        "thematic_area_rows": inline_formset([{"thematic_area": area.pk} for area in areas]),
        "documents": inline_formset([{"document": document.pk} for document in documents]),
    }
    data.update(fields)
    data["action-publish" if publish else "action-draft"] = "1" if publish else ""
    return nested_form_data(data)


def create(client, parent, data):
    url = reverse("wagtailadmin_pages:add", args=("publications", "publicationpage", parent.pk))
    return client.post(url, data, follow=True)


def created_page():
    return PublicationPage.objects.order_by("-pk").first()
