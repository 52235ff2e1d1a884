"""Shared pieces of the publish-path tests: page kinds with a rule, admin form data
serialised from the real edit form, and where a visitor could meet a page."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django import forms
from django.utils.html import escape
from wagtail.admin.rich_text.editors.draftail import DraftailRichTextArea
from wagtail.blocks.base import BlockField
from wagtail.models import Page

from core.publish_paths import latest_revision_errors, messages_of
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, add_area

TOKEN = "Quillwort"  # a word no fixture uses: searched for, looked for in the sitemap


# --- Page kinds -------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str
    model_path: str  # app_label/model_name, for the create URL
    parent: Callable  # (home) -> parent page
    valid: Callable  # (parent, title, slug) -> a draft that passes every check
    breaker: Callable  # (page object) -> the same object made to fail a check (in memory)
    # (home) -> where a second page of the kind may go, for the create form and copies
    # (a kind with a maximum per parent needs a parent of its own); None: beside the first.
    second_parent: Callable | None = None
    settings: tuple = ()  # (name, value) pairs under which the kind's rule applies

    def __str__(self):
        return self.name

    def broken(self, parent, title, slug):
        """A draft with a title only: it saves, and may not go live."""
        page = self.valid(parent, title, slug)
        obj = page.get_latest_revision_as_object()
        self.breaker(obj)
        obj.save(clean=False)  # the row of a page never published holds its draft
        obj.save_revision()
        return type(page).objects.get(pk=page.pk)


def _draft(factory, **fields):
    page = factory(live=False, has_unpublished_changes=True, first_published_at=None, last_published_at=None, **fields)
    page = type(page).objects.get(pk=page.pk)
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _publication_parent(home):
    return PublicationIndexPageFactory(parent=home)


def _publication(parent, title, slug):
    page = PublicationPageFactory(parent=parent, title=title, slug=slug, live=False, publish=False)
    page = type(page).objects.get(pk=page.pk)
    page.live = False
    page.first_published_at = page.last_published_at = None
    page.save(clean=False)
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _break_publication(obj):
    obj.abstract = "<p>Too short.</p>"
    obj.thematic_area_rows = []
    obj.documents = []
    obj.body = []


def _flagship_parent(home):
    return FlagshipIndexPageFactory(parent=home)


def _flagship(parent, title, slug):
    return _draft(FlagshipPageFactory, parent=parent, title=title, slug=slug, contacts=1)


def _break_flagship(obj):
    obj.summary = ""
    obj.start_date = None
    obj.contacts = []


def _donate_parent(home):
    return home


def _donate_page(parent, title, slug):
    from donate.models import DonateAllocation

    page = _draft(DonatePageFactory, parent=parent, title=title, slug=slug)
    for index, share in enumerate(("60", "40")):
        DonateAllocation.objects.create(
            page=page, label=f"Share {index}", percentage=Decimal(share), sort_order=index, locale=page.locale
        )
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _break_donate_page(obj):
    from donate.models import DonateAllocation

    obj.allocations = [DonateAllocation(label="All of it", percentage=Decimal("90"), locale=obj.locale)]


def _project_parent(home):
    donate = DonatePageFactory(parent=home, slug="donate-parent")
    return donate


def _project(parent, title, slug):
    return _draft(DonationProjectPageFactory, parent=parent, title=title, slug=slug)


def _break_project(obj):
    obj.summary = ""
    obj.goal_amount = None
    obj.thematic_area = None


def _story_parent(home):
    return StoryIndexPageFactory(parent=home)


def _story(parent, title, slug):
    page = _draft(StoryPageFactory, parent=parent, title=title, slug=slug)
    add_area(page, ThematicAreaFactory())
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _break_story(obj):
    obj.standfirst = "Too short."
    obj.thematic_areas = []


def _brief_parent(home):
    from tests.factories.briefs import BriefIndexPageFactory

    return BriefIndexPageFactory(parent=home)


def _brief(parent, title, slug):
    from briefs.models import MonthlyBriefPage

    # Each new brief reports on the next month (one live brief per month).
    page = MonthlyBriefPage(
        title=title,
        slug=slug,
        month=date(2024, 1 + MonthlyBriefPage.objects.count() % 12, 1),
        introduction="<p>A month of completions in cities.</p>",
        live=False,
        has_unpublished_changes=True,
    )
    parent.add_child(instance=page)
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _break_brief(obj):
    obj.month = None
    obj.introduction = ""


def _newsletter(parent, title, slug):
    from briefs.models import NewsletterIssuePage, NewsletterItem

    page = NewsletterIssuePage(
        title=title,
        slug=slug,
        issue_date=date(2024, 6, 3),
        introduction="<p>Stories from cities that plan.</p>",
        live=False,
        has_unpublished_changes=True,
    )
    parent.add_child(instance=page)
    NewsletterItem.objects.create(page=page, section="story", linked_page=parent, locale=page.locale, sort_order=0)
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _break_newsletter(obj):
    obj.issue_date = None
    obj.items = []


def _event_parent(home):
    from tests.factories.events import EventIndexPageFactory

    return EventIndexPageFactory(parent=home)


def _event(parent, title, slug):
    from tests.factories.events import EventPageFactory
    from tests.factories.events import add_area as add_event_area

    page = _draft(EventPageFactory, parent=parent, title=title, slug=slug)
    add_event_area(page, ThematicAreaFactory())
    page.save_revision()
    return type(page).objects.get(pk=page.pk)


def _break_event(obj):
    obj.summary = ""
    obj.start_date = None
    obj.thematic_areas = []


def _meeting(parent, title, slug):
    from tests.factories.events import MeetingPageFactory

    return _draft(MeetingPageFactory, parent=parent, title=title, slug=slug)


def _break_meeting(obj):
    obj.summary = ""
    obj.group = ""
    obj.date = None


# Every other public page type has one rule: the glossary's, which refuses an
# undefined abbreviation when the site blocks them (glossary/forms.py).
BLOCKING_GLOSSARY = (("GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS", True),)


def _second_home(home):
    from tests.factories.home import HomePageFactory

    return HomePageFactory(parent=Page.get_first_root_node(), slug="second-home")


def _beside_the_home(slug):
    """A plain page under the root, where another home page may go (one per parent)."""

    def parent(home):
        root = Page.get_first_root_node()
        return root.add_child(instance=Page(title=slug, slug=slug, locale=home.locale))

    return parent


def _introduction(obj, text):
    from wagtail.fields import RichTextField

    rich = isinstance(type(obj)._meta.get_field("introduction"), RichTextField)
    obj.introduction = f"<p>{text}</p>" if rich else text


def _section(model_path):
    """A page kind whose only text is an introduction: the index pages and the home page."""

    def valid(parent, title, slug):
        from django.apps import apps

        page = apps.get_model(*model_path.split("/"))(title=title, slug=slug, live=False, has_unpublished_changes=True)
        _introduction(page, "Plain words about cities and the people who plan them.")
        parent.add_child(instance=page)
        page.save_revision()
        return type(page).objects.get(pk=page.pk)

    return valid


def _break_section(obj):
    _introduction(obj, "Plain words about the WUF and the people who plan cities.")


def _section_kind(name, model_path, parent, second_parent=None):
    return Kind(
        name, model_path, parent, _section(model_path), _break_section, second_parent, settings=BLOCKING_GLOSSARY
    )


SECTIONS = [
    _section_kind("home page", "home/homepage", _beside_the_home("another-site"), _beside_the_home("third-site")),
    _section_kind("publications index", "publications/publicationindexpage", lambda home: home),
    _section_kind("flagships index", "flagships/flagshipindexpage", lambda home: home),
    _section_kind("stories index", "stories/storyindexpage", lambda home: home),
    _section_kind("events index", "events/eventindexpage", lambda home: home),
    _section_kind("updates index", "briefs/briefindexpage", lambda home: home, _second_home),
]

KINDS = [
    Kind("publication", "publications/publicationpage", _publication_parent, _publication, _break_publication),
    Kind("flagship", "flagships/flagshippage", _flagship_parent, _flagship, _break_flagship),
    Kind("donate page", "donate/donatepage", _donate_parent, _donate_page, _break_donate_page, _second_home),
    Kind("donation project", "donate/donationprojectpage", _project_parent, _project, _break_project),
    Kind("story", "stories/storypage", _story_parent, _story, _break_story),
    Kind("monthly brief", "briefs/monthlybriefpage", _brief_parent, _brief, _break_brief),
    Kind("newsletter issue", "briefs/newsletterissuepage", _brief_parent, _newsletter, _break_newsletter),
    Kind("event", "events/eventpage", _event_parent, _event, _break_event),
    Kind("meeting", "events/meetingpage", _event_parent, _meeting, _break_meeting),
    *SECTIONS,
]


def first_refusal(page) -> str:
    """The first message the checks give for the page's latest revision (HTML-escaped)."""
    error = latest_revision_errors(page)
    assert error is not None, f"{page} was expected to fail its checks"
    return escape(messages_of(error)[0])


# --- The admin form, as a browser would post it ----------------------------------------


def _stream_data(block, value, prefix, data):
    """A StreamField's POST keys (Wagtail's block widgets) from its value."""
    children = list(value) if value else []
    data[f"{prefix}-count"] = str(len(children))
    for index, child in enumerate(children):
        key = f"{prefix}-{index}"
        data[f"{key}-type"] = child.block_type
        data[f"{key}-deleted"] = ""
        data[f"{key}-order"] = str(index)
        data[f"{key}-id"] = child.id or ""
        _block_data(child.block, child.value, f"{key}-value", data)


def _block_data(block, value, prefix, data):
    from wagtail import blocks

    if isinstance(block, blocks.StreamBlock):
        _stream_data(block, value, prefix, data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            _block_data(child, value.get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks) if hasattr(value, "bound_blocks") else []
        data[f"{prefix}-count"] = str(len(items))
        for index, item in enumerate(items):
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = item.id or ""
            _block_data(block.child_block, item.value, f"{prefix}-{index}-value", data)
    else:
        state = block.get_form_state(value)
        data[prefix] = "" if state is None else state


def form_data(form, data=None) -> dict:
    """Every field and inline row of `form` (unbound) as the POST a browser would send."""
    data = {} if data is None else data
    for name, field in form.fields.items():
        bound = form[name]
        key = bound.html_name
        value = bound.value()
        widget = field.widget
        if isinstance(field, BlockField):
            _stream_data(field.block, value, key, data)
        elif isinstance(widget, forms.CheckboxInput):
            if value:
                data[key] = "on"
        elif isinstance(widget, DraftailRichTextArea):
            data[key] = widget.format_value(value)
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        elif isinstance(widget, forms.Select):
            data[key] = "" if value is None else str(value)
        elif value is None:
            data[key] = ""
        else:
            formatted = widget.format_value(value)
            data[key] = "" if formatted is None else formatted
    for formset in getattr(form, "formsets", {}).values():
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.forms))
        data[f"{formset.prefix}-INITIAL_FORMS"] = str(formset.initial_form_count())
        data[f"{formset.prefix}-MIN_NUM_FORMS"] = "0"
        data[f"{formset.prefix}-MAX_NUM_FORMS"] = "1000"
        for subform in formset.forms:
            form_data(subform, data)
    return {key: value for key, value in data.items() if value is not None}


def edit_form_data(page, user) -> dict:
    """The edit form of the page's latest revision, filled in as it is."""
    obj = page.get_latest_revision_as_object()
    form_class = obj.get_edit_handler().get_form_class()
    form = form_class(instance=obj, for_user=user, parent_page=obj.get_parent())
    return form_data(form)


def create_form_data(page, user, slug) -> dict:
    """The create form filled in with the content of `page`'s latest revision (rows as new rows)."""
    data = edit_form_data(page, user)
    data["slug"] = slug
    for key in [key for key in data if key.endswith("-INITIAL_FORMS")]:
        data[key] = "0"
    for key in [key for key in data if key.endswith("-id") and "-TOTAL" not in key]:
        if key.count("-") == 2:  # an inline row's own id, not a stream block's
            data.pop(key)
    return data


# --- Where a visitor meets a page -------------------------------------------------------


def visible_anywhere(client, page) -> list[str]:
    """The public places that show `page` itself (API, its URL, search, sitemap).

    A translation that is not live falls back to the default-locale page at its
    URL (with a notice): that is the other page showing, so only a response
    rendering this very page counts."""
    page = type(page).objects.get(pk=page.pk)
    seen = []
    api_url = page.get_api_url()
    answer = client.get(api_url) if api_url else None
    # A singleton endpoint (the donate page) answers in another locale's page as a fallback.
    if answer is not None and answer.status_code == 200 and answer.json().get("id", page.pk) == page.pk:
        seen.append("api")
    url = page.get_url()
    if url:
        response = client.get(url)
        shown = (response.context or {}).get("page") if response.status_code == 200 else None
        if shown is not None and shown.pk == page.pk:
            seen.append("page")
    search = client.get("/api/v1/search", {"q": TOKEN.lower(), "locale": page.locale.language_code})
    if f'"id": {page.pk},' in search.content.decode() or f'"id":{page.pk},' in search.content.decode():
        seen.append("search")
    full_url = page.get_full_url()
    if full_url and f"<loc>{full_url}</loc>" in client.get("/sitemap.xml").content.decode():
        seen.append("sitemap")
    return seen


def make_due(revision) -> None:
    """Move a scheduled revision's go-live time into the past, as the clock would."""
    from datetime import timedelta

    from django.utils import timezone

    past = timezone.now() - timedelta(minutes=1)
    revision.refresh_from_db()
    revision.approved_go_live_at = past
    if revision.content.get("go_live_at"):
        revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
