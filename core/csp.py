"""Content-Security-Policy per area: strict for the public site, Wagtail's needs for the admin.

django-csp applies one policy; Wagtail's admin cannot run under the public one
(it still relies on inline scripts and styles, wagtail#1288). Rather than
exclude the admin (no policy at all), its paths get ADMIN_CONTENT_SECURITY_POLICY.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class PathAwareCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(tuple(settings.ADMIN_CSP_PATH_PREFIXES))
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
