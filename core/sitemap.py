from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

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
