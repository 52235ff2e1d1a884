"""What editors and senders see in the admin: composing a brief or a newsletter,
sending an issue, the send reports and the subscribers list."""

from datetime import date

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from core.reports import ProtectedReportView

from .models import BriefIndexPage, Delivery, Dispatch, MonthlyBriefPage, NewsletterIssuePage, Subscriber
from .months import MonthError, parse_month
from .sending import NotSendable, dispatch_reports, queue_issue, sending_plan
from .services import CompositionError, compose_monthly_brief, compose_newsletter, propose_newsletter_items

SEND_PERMISSION = "briefs.send_issue"
REPORT_PERMISSION = "briefs.view_send_report"


def _previous_month(today: date) -> str:
    first = today.replace(day=1)
    last_month = (
        first.replace(year=first.year - 1, month=12) if first.month == 1 else first.replace(month=first.month - 1)
    )
    return last_month.strftime("%Y-%m")


class ComposeBriefForm(forms.Form):
    month = forms.CharField(label=_("Month (YYYY-MM)"), max_length=7)


class ComposeNewsletterForm(forms.Form):
    weeks = forms.IntegerField(label=_("Propose what happened in the last … weeks"), min_value=1, max_value=26)


def _index_for(request, index_id) -> BriefIndexPage:
    index = get_object_or_404(BriefIndexPage, pk=index_id)
    if not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return index


def compose_brief(request, index_id: int):
    """The admin button for `manage.py compose_monthly_brief`."""
    _index_for(request, index_id)
    form = ComposeBriefForm(request.POST or None, initial={"month": _previous_month(timezone.localdate())})
    if request.method == "POST" and form.is_valid():
        try:
            month = parse_month(form.cleaned_data["month"], timezone.localdate())
            result = compose_monthly_brief(month, user=request.user)
        except (MonthError, CompositionError) as error:
            form.add_error("month", str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "“%(title)s”: %(added)d new item, %(kept)d kept, %(dropped)d left out as you removed them.",
                    "“%(title)s”: %(added)d new items, %(kept)d kept, %(dropped)d left out as you removed them.",
                    result.added,
                )
                % {"title": result.page.title, "added": result.added, "kept": result.kept, "dropped": result.dropped},
            )
            return redirect("wagtailadmin_pages:edit", result.page.pk)
    return TemplateResponse(
        request,
        "briefs/admin/compose.html",
        {"form": form, "page_title": _("Compose the monthly brief"), "submit": _("Compose")},
    )


def compose_newsletter_view(request, index_id: int):
    _index_for(request, index_id)
    form = ComposeNewsletterForm(request.POST or None, initial={"weeks": 6})
    if request.method == "POST" and form.is_valid():
        try:
            page, added = compose_newsletter(form.cleaned_data["weeks"], user=request.user)
        except CompositionError as error:
            form.add_error("weeks", str(error))
        else:
            messages.success(request, _("New issue drafted with %(count)d proposed items.") % {"count": added})
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "briefs/admin/compose.html",
        {"form": form, "page_title": _("Compose a newsletter issue"), "submit": _("Compose")},
    )


def propose_items(request, page_id: int):
    page = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    form = ComposeNewsletterForm(request.POST or None, initial={"weeks": 6})
    if request.method == "POST" and form.is_valid():
        added = propose_newsletter_items(page, form.cleaned_data["weeks"], user=request.user)
        messages.success(request, _("%(count)d items proposed; review them before publishing.") % {"count": added})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "briefs/admin/compose.html",
        {"form": form, "page_title": _("Propose items"), "submit": _("Propose")},
    )


def send_issue(request, page_id: int):
    """Confirm, then queue the issue for its confirmed subscribers (the worker sends it)."""
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, MonthlyBriefPage | NewsletterIssuePage):
        raise PermissionDenied
    existing = Dispatch.objects.filter(translation_key=page.translation_key).first()
    if existing is not None:
        return redirect("briefs_send_report_detail", existing.pk)
    if request.method == "POST":
        try:
            dispatch, _created = queue_issue(page, user=request.user)
        except NotSendable as error:
            messages.error(request, str(error))
            return redirect("wagtailadmin_pages:edit", page.pk)
        messages.success(request, _("Queued for %(count)d subscribers.") % {"count": dispatch.recipients})
        return redirect("briefs_send_report_detail", dispatch.pk)
    plan = [
        {"plan": row, "language": _language_name(row.language), "sent_in": _language_name(row.sent_in)}
        for row in sending_plan(page)
    ]
    return TemplateResponse(
        request,
        "briefs/admin/send_confirm.html",
        {
            "page": page,
            "plan": plan,
            "fallbacks": [row for row in plan if row["plan"].fallback],
            "total": sum(row["plan"].count for row in plan),
        },
    )


def _language_name(code: str | None) -> str:
    """A language's name in the admin's language ("French"), or a dash for none."""
    if not code:
        return "—"
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


class SendReportView(ProtectedReportView):
    """Every dispatch with its counts: sent, failed, bounced, not confirmed, waiting."""

    report_permission = REPORT_PERMISSION
    page_title = _("Send reports")
    header_icon = "mail"
    index_url_name = "briefs_send_reports"
    index_results_url_name = "briefs_send_reports_results"
    results_template_name = "briefs/admin/send_reports_results.html"
    columns = [
        Column("page", label=_("Issue")),
        DateColumn("created_at", label=_("Queued")),
        Column("recipients", label=_("Recipients")),
    ]

    def get_queryset(self):
        return Dispatch.objects.select_related("page").order_by("-created_at", "-pk")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["reports"] = dispatch_reports(context["object_list"])
        return context


def send_report_detail(request, dispatch_id: int):
    """One dispatch: counts per state and, for people allowed to see subscribers,
    the addresses that could not be confirmed as sent."""
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    dispatch = get_object_or_404(Dispatch.objects.select_related("page"), pk=dispatch_id)
    (report,) = dispatch_reports([dispatch])
    problems = []
    if request.user.has_perm("briefs.view_subscriber"):
        problems = list(
            Delivery.objects.filter(
                dispatch=dispatch, state__in=[Delivery.State.FAILED, Delivery.State.BOUNCED, Delivery.State.UNKNOWN]
            )
            .select_related("subscriber")
            .order_by("state", "pk")[:500]
        )
    states = [(label, report.counts.get(value, 0)) for value, label in Delivery.State.choices]
    return TemplateResponse(
        request,
        "briefs/admin/send_report_detail.html",
        {"dispatch": dispatch, "report": report, "states": states, "problems": problems},
    )


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Subscribers join only by confirming their address: nobody adds or edits one
    in the admin. They can be looked up and deleted (for erasure requests)."""

    forbidden = frozenset({"add", "change"})

    def user_has_permission(self, user, action):
        return action not in self.forbidden and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["email", "language", "wants_brief", "wants_newsletter", "status", "created_at"]
    list_filter = ["status", "language", "wants_brief", "wants_newsletter"]
    search_fields = ["email"]
    form_fields = ["language", "wants_brief", "wants_newsletter"]


def report_url(dispatch) -> str:
    return reverse("briefs_send_report_detail", args=[dispatch.pk])
