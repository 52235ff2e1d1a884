"""What donation managers see in the admin: the ledger, offline contributions,
and the funding report per thematic area. Ledger rows are read-only for everyone."""

import uuid
from collections import defaultdict
from decimal import Decimal

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from core.exports import SafeSpreadsheetExportMixin
from core.reports import ProtectedReportView

from .models import Donation, DonationProjectPage, OfflineContribution, RefusedEvent
from .selectors import ZERO, received_totals
from .services import reverse_entry


class AppendOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody, superusers included, may change or delete these rows: corrections are new rows."""

    forbidden = frozenset({"change", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.forbidden and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.forbidden]
        return super().users_with_any_permission(allowed) if allowed else get_user_model().objects.none()


def project_choices():
    """(translation_key, title) of every project, titled in the default language."""
    pages = DonationProjectPage.objects.filter(locale=Locale.get_default()).order_by("title")
    return [(str(key), title) for key, title in pages.values_list("translation_key", "title")]


def project_title_subquery():
    return Subquery(
        DonationProjectPage.objects.filter(translation_key=OuterRef("project_key"), locale=Locale.get_default())
        .order_by("pk")
        .values("title")[:1]
    )


# --- The ledger -----------------------------------------------------------------


class LedgerFilterSet(WagtailFilterSet):
    occurred_at = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    project_key = django_filters.ChoiceFilter(label=_("Project"), choices=project_choices, empty_label=_("All"))

    class Meta:
        model = Donation
        fields = ["occurred_at", "project_key", "kind", "currency", "provider", "is_test"]


class ReverseColumn(Column):
    """A link to reverse the entry, for holders of donate.reverse_donation."""

    cell_template_name = "donate/admin/reverse_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["can_reverse"] = bool(
            request
            and request.user.has_perm("donate.reverse_donation")
            and instance.amount
            and instance.kind != Donation.Kind.REVERSAL
            and not instance.reversed
        )
        context["reverse_url"] = reverse("donate_ledger_reverse", args=[instance.pk])
        return context


class LedgerReportView(ProtectedReportView):
    report_permission = "donate.view_donation"
    page_title = _("Donation ledger")
    header_icon = "list-ul"
    filterset_class = LedgerFilterSet
    index_url_name = "donate_ledger"
    index_results_url_name = "donate_ledger_results"
    columns = [
        DateColumn("occurred_at", label=_("Date")),
        Column("project_title", label=_("Project")),
        Column("get_kind_display", label=_("Kind")),
        Column("amount", label=_("Amount")),
        Column("currency", label=_("Currency")),
        Column("get_frequency_display", label=_("Frequency")),
        Column("provider", label=_("Provider")),
        Column("event_id", label=_("Provider event id")),
        Column("test_label", label=_("Test gift")),
        ReverseColumn("reverse", label=_("Correction")),
    ]
    list_export = [
        "occurred_at",
        "project_title",
        "kind",
        "amount",
        "currency",
        "frequency",
        "provider",
        "event_id",
        "is_test",
        "reverses_id",
        "note",
        "recorded_at",
    ]
    export_headings = {
        "project_title": _("Project"),
        "occurred_at": _("Date"),
        "is_test": _("Test gift"),
        "reverses_id": _("Reverses entry"),
    }

    def get_queryset(self):
        reversed_ids = Donation.objects.filter(reverses=OuterRef("pk")).values("pk")[:1]
        return Donation.objects.annotate(
            project_title=project_title_subquery(), reversed=Subquery(reversed_ids)
        ).order_by("-occurred_at", "-pk")

    def decorate_paginated_queryset(self, object_list):
        for row in object_list:
            row.test_label = _("Test (sandbox)") if row.is_test else ""
        return object_list

    def get_filename(self):
        return f"donation-ledger-{timezone.localdate():%Y-%m-%d}"


# --- Offline contributions ----------------------------------------------------


class OfflineContributionForm(WagtailAdminModelForm):
    project_key = forms.TypedChoiceField(label=_("Project"), choices=(), coerce=uuid.UUID)

    class Meta:
        model = OfflineContribution
        fields = ["project_key", "received_on", "amount", "currency", "source", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project_key"].choices = [("", "---------"), *project_choices()]
        self.fields["amount"].help_text = _("A correction is a new row with a negative amount.")

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount == 0:
            raise forms.ValidationError(
                _("Enter the amount received (or a negative amount to correct an earlier row).")
            )
        return amount

    def clean(self):
        cleaned = super().clean()
        key, currency = cleaned.get("project_key"), cleaned.get("currency")
        if key and currency:
            project = DonationProjectPage.objects.filter(translation_key=key).order_by("pk").first()
            if project is not None and project.currency != currency:
                self.add_error(
                    "currency",
                    _("This project is funded in %(currency)s; record the amount in %(currency)s.")
                    % {"currency": project.currency},
                )
        return cleaned


class OfflineContributionCreateView(CreateView):
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class OfflineContributionIndexView(SafeSpreadsheetExportMixin, IndexView):
    def get_base_queryset(self):
        # One subquery for every row's project title, instead of a page lookup per row.
        return super().get_base_queryset().annotate(project_title=project_title_subquery())


class OfflineContributionViewSet(ModelViewSet):
    model = OfflineContribution
    icon = "plus"
    menu_label = _("Offline contributions")
    add_to_admin_menu = False
    copy_view_enabled = False
    add_view_class = OfflineContributionCreateView
    index_view_class = OfflineContributionIndexView
    list_display = [
        "received_on",
        Column("project_title", label=_("Project")),
        "amount",
        "currency",
        "source",
        "recorded_at",
    ]
    list_filter = ["currency"]
    list_export = ["received_on", "project_title", "amount", "currency", "source", "note", "recorded_at"]
    export_headings = {"project_title": _("Project")}

    def get_form_class(self, for_update=False):
        return OfflineContributionForm


# --- Funding per thematic area -------------------------------------------------


def funding_by_thematic_area() -> list[dict]:
    """Rows of (thematic area, currency): goal, received, gap. One row per
    currency, because amounts in different currencies are never added together.
    Test gifts are left out unless in debug mode, as on the public pages."""
    projects = list(
        DonationProjectPage.objects.live()
        .filter(locale=Locale.get_default())
        .select_related("thematic_area")
        .order_by("pk")
    )
    totals = received_totals({page.translation_key for page in projects})
    rows: dict = defaultdict(lambda: {"goal": ZERO, "received": ZERO, "projects": 0})
    names = {}
    for page in projects:
        area = page.thematic_area
        area_key = area.pk if area else None
        names[area_key] = area
        row = rows[(area_key, page.currency)]
        row["goal"] += page.goal_amount or ZERO
        row["received"] += totals.get((page.translation_key, page.currency), ZERO)
        row["projects"] += 1
    result = []
    for (area_key, currency), row in rows.items():
        area = names[area_key]
        result.append(
            {
                "thematic_area": area.name if area else str(_("No thematic area")),
                "sort": (area.sort_order if area else 10_000, area.name if area else ""),
                "currency": currency,
                "projects": row["projects"],
                "goal": row["goal"],
                "received": row["received"],
                "gap": max(row["goal"] - row["received"], Decimal("0.00")),
            }
        )
    return sorted(result, key=lambda row: (row["sort"], row["currency"]))


class FundingReportView(ProtectedReportView):
    report_permission = "donate.view_donation"
    page_title = _("Funding by thematic area")
    header_icon = "table"
    index_url_name = "donate_funding_report"
    index_results_url_name = "donate_funding_report_results"
    columns = [
        Column("thematic_area", label=_("Thematic area")),
        Column("currency", label=_("Currency")),
        Column("projects", label=_("Projects")),
        Column("goal", label=_("Goal")),
        Column("received", label=_("Received")),
        Column("gap", label=_("Gap")),
    ]
    list_export = ["thematic_area", "currency", "projects", "goal", "received", "gap"]
    export_headings = {
        "thematic_area": _("Thematic area"),
        "currency": _("Currency"),
        "projects": _("Projects"),
        "goal": _("Goal"),
        "received": _("Received"),
        "gap": _("Gap"),
    }

    def get_queryset(self):
        return funding_by_thematic_area()

    def get_filename(self):
        return f"funding-by-thematic-area-{timezone.localdate():%Y-%m-%d}"


# --- Refused webhook events ----------------------------------------------------


class RefusedEventFilterSet(WagtailFilterSet):
    received_at = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)

    class Meta:
        model = RefusedEvent
        fields = ["received_at", "provider", "signature_valid"]


class RefusedEventReportView(ProtectedReportView):
    """Every delivery the ledger refused and why: retries of a provider that
    disagrees with us, and attacks, both show here. Read-only."""

    report_permission = "donate.view_refusedevent"
    page_title = _("Refused donation webhooks")
    header_icon = "warning"
    filterset_class = RefusedEventFilterSet
    index_url_name = "donate_refused_events"
    index_results_url_name = "donate_refused_events_results"
    columns = [
        DateColumn("received_at", label=_("Received")),
        Column("provider", label=_("Provider")),
        Column("event_id", label=_("Claimed event id")),
        Column("event_type", label=_("Claimed event type")),
        Column("reason", label=_("Reason")),
        Column("signature_valid", label=_("Signature valid")),
        Column("client_address", label=_("Client address")),
    ]
    list_export = ["received_at", "provider", "event_id", "event_type", "reason", "signature_valid", "client_address"]

    def get_queryset(self):
        return RefusedEvent.objects.order_by("-received_at", "-pk")

    def get_filename(self):
        return f"refused-donation-webhooks-{timezone.localdate():%Y-%m-%d}"


# --- Reversing a mistaken entry ------------------------------------------------


class ReverseEntryForm(forms.Form):
    note = forms.CharField(
        label=_("Why is this entry reversed?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Kept in the ledger with the reversing entry."),
    )


def reverse_ledger_entry(request, pk: int):
    """Confirm, then record the entry that cancels a mistaken one out."""
    if not request.user.has_perm("donate.reverse_donation"):
        raise PermissionDenied
    entry = get_object_or_404(Donation.objects.annotate(project_title=project_title_subquery()), pk=pk)
    form = ReverseEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            reverse_entry(entry, user=request.user, note=form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The entry was reversed: a reversing entry is now in the ledger."))
            return redirect("donate_ledger")
    return TemplateResponse(request, "donate/admin/reverse_entry.html", {"entry": entry, "form": form})
