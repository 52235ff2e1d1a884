from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .problems import PROBLEM_CONTENT_TYPE, Problem
from .sitemap import AllLocalesSitemap


@never_cache
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any database failure means "unhealthy"
        return JsonResponse({"status": "error", "database": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": AllLocalesSitemap(request)})


def api_not_found(request, path: str = ""):
    """A path under /api/v1/ that no endpoint answers: problem+json like every other
    API error (Django's HTML page, a debug page in development, otherwise)."""
    problem = Problem(404, "No API endpoint answers this path; the endpoints are listed in /api/v1/openapi.json.")
    return JsonResponse(problem.as_dict(), status=404, content_type=PROBLEM_CONTENT_TYPE)
