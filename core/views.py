from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

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
