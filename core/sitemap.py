from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .absolute_urls import base_url, page_absolute_url, rebase
from .delivery import not_expired_q


class AllLocalesSitemap(Sitemap):
    """Wagtail's sitemap lists one locale's tree; this one lists every locale's.

    Only live, public, unexpired pages: a draft or private page's URL is itself
    information.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_a_locale_tree = Q()
        for root in roots:
            in_a_locale_tree |= Q(path__startswith=root.path)
        if not roots:
            in_a_locale_tree = Q(pk__in=[])
        return (
            Page.objects.filter(in_a_locale_tree)
            .live()
            .public()
            .filter(not_expired_q())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Each URL with its hreflang alternates: the live translations of the
        same page (by `translation_key`), itself included, and x-default."""
        urls = super()._urls(page, protocol, domain)
        # Wagtail writes the Site record's host; every absolute URL uses one base.
        base = base_url(self.request)
        for url in urls:
            url["location"] = rebase(url.get("location"), self.request, base)
        pages = list(self.paginator.page(page).object_list)
        by_url = {}
        for item in pages:
            by_url[page_absolute_url(item, self.request, base)] = item.translation_key
        copies = {}
        rows = (
            Page.objects.filter(translation_key__in=set(by_url.values()))
            .live()
            .public()
            .filter(not_expired_q())
            .select_related("locale")
            .order_by("path")
        )
        for row in rows:
            copies.setdefault(row.translation_key, []).append(row)
        default_code = settings.LANGUAGE_CODE
        for url in urls:
            key = by_url.get(url.get("location"))
            group = copies.get(key, [])
            if len(group) < 2:
                continue
            alternates = [
                {"lang_code": row.locale.language_code, "location": page_absolute_url(row, self.request, base)}
                for row in group
            ]
            alternates += [
                {"lang_code": "x-default", "location": alt["location"]}
                for alt in alternates
                if alt["lang_code"] == default_code
            ]
            url["alternates"] = alternates
        return urls
