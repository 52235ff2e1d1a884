"""Draft share links: the public preview view and the editors' management views."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .models import DraftShareLink

MAX_SHARE_DAYS = 30


@never_cache
def serve_shared_draft(request, token):
    """The page's latest draft, for whoever holds an active link; never indexed."""
    link = DraftShareLink.objects.active().select_related("page").filter(token=token).first()
    if link is None:
        raise Http404("This preview link has expired or was revoked.")
    draft = link.previewed_page()
    response = draft.make_preview_request(request, draft.default_preview_mode)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


class ShareLinkForm(forms.Form):
    days = forms.IntegerField(
        label=_("Valid for (days)"),
        min_value=1,
        max_value=MAX_SHARE_DAYS,
        initial=7,
        help_text=_("At most %(days)s days. You can revoke the link at any time.") % {"days": MAX_SHARE_DAYS},
    )


def _editable_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def manage(request, page_id):
    page = _editable_page(request, page_id)
    form = ShareLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        link = DraftShareLink.create_for(page, request.user, form.cleaned_data["days"])
        messages.success(
            request, _("Share link created; it expires on %(date)s.") % {"date": date_format(link.expires_at)}
        )
        return redirect("share_links:manage", page_id=page.pk)
    links = page.draft_share_links.select_related("created_by")
    return TemplateResponse(
        request,
        "core/share_links/manage.html",
        {
            "page": page,
            "form": form,
            "links": [(link, request.build_absolute_uri(reverse("shared_draft", args=[link.token]))) for link in links],
            "header_title": _("Share a draft of “%(title)s”") % {"title": page.get_admin_display_title()},
        },
    )


@require_POST
def revoke(request, page_id, link_id):
    page = _editable_page(request, page_id)
    link = get_object_or_404(DraftShareLink, pk=link_id, page=page)
    link.revoke()
    messages.success(request, _("Share link revoked."))
    return redirect("share_links:manage", page_id=page.pk)
