"""Who uses a document, and so whether the public may download it.

Wagtail's document URL (`/documents/<id>/<name>`) serves any document by its
sequential id. Here a document is served to the public only while at least one
of its users is public (a live, public, unexpired page, or a live snippet), or
when it sits in a collection marked public (Settings → Document access).
A document nobody uses is private. Editors who may change or choose a document
always get it (the admin links to it).

Users are found through a registry, as search documents are: `core` cannot
import the apps whose pages attach documents, so each app registers, from its
`AppConfig.ready()`, a function that says which of some documents it uses
publicly (publications' document rows, donation and project reports). Links in
rich text and StreamField anywhere are found through Wagtail's reference index,
registered here.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.snippets.models import get_snippet_models

from .delivery import public_pages

# document ids → the subset that has at least one public user of this kind.
PublicUsers = Callable[[list[int]], Iterable[int]]

_sources: dict[str, PublicUsers] = {}


def register_document_users(name: str, public_users: PublicUsers) -> None:
    """Declare a kind of document user (idempotent by name).

    Args:
        name: a stable label, e.g. "publications.PublicationDocument".
        public_users: takes document ids, returns those that this kind of
            user shows to the public right now (one or two queries for any number).
    """
    _sources[name] = public_users


def registered_sources() -> list[str]:
    return sorted(_sources)


def public_document_ids(document_ids: Iterable[int]) -> set[int]:
    """The documents among `document_ids` that the public may download."""
    remaining = set(document_ids)
    public = set()
    for public_users in [_in_public_collection, *_sources.values()]:
        if not remaining:
            break
        found = set(public_users(sorted(remaining))) & remaining
        public |= found
        remaining -= found
    return public


def is_public(document) -> bool:
    return document.pk in public_document_ids([document.pk])


# --- Sources core provides --------------------------------------------------------


def _in_public_collection(document_ids: list[int]) -> set[int]:
    from .models import DocumentAccessSettings

    paths = DocumentAccessSettings.public_collection_paths()
    if not paths:
        return set()
    rows = get_document_model().objects.filter(pk__in=document_ids).values_list("pk", "collection__path")
    return {pk for pk, path in rows if any(path.startswith(prefix) for prefix in paths)}


def _referenced_by_public_content(document_ids: list[int]) -> set[int]:
    """Documents linked from the live content of a public page or of a live snippet
    (rich text, StreamField blocks, inline rows: whatever Wagtail's reference index
    records). The index follows each object's saved row, which for a page is its
    live version: a link added only in a draft does not make the document public."""
    document_type = ContentType.objects.get_for_model(get_document_model())
    references = ReferenceIndex.objects.filter(
        to_content_type=document_type, to_object_id__in=[str(pk) for pk in document_ids]
    ).values_list("base_content_type_id", "object_id", "to_object_id")
    users_by_type: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    for base_type_id, object_id, document_id in references:
        if object_id.isdigit():
            users_by_type[base_type_id][int(object_id)].add(int(document_id))
    public = set()
    page_type = ContentType.objects.get_for_model(Page)
    snippet_types = {ContentType.objects.get_for_model(model): model for model in get_snippet_models()}
    for type_id, users in users_by_type.items():
        if type_id == page_type.pk:
            visible = public_pages().filter(pk__in=list(users)).values_list("pk", flat=True)
        else:
            model = next((m for t, m in snippet_types.items() if t.pk == type_id), None)
            if model is None:
                continue  # not visitor content (logs, counters, ...)
            rows = model._default_manager.filter(pk__in=list(users))
            if issubclass(model, DraftStateMixin):
                rows = rows.filter(live=True)
            visible = rows.values_list("pk", flat=True)
        for user_id in visible:
            public |= users[user_id]
    return public


register_document_users("wagtail.ReferenceIndex", _referenced_by_public_content)
