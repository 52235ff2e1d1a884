from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from core import views as core_views
from core.documents import development_media_urlpatterns, document_urlpatterns

from .api import api
from .project_apps import optional_module, project_app_names

urlpatterns = [
    path("healthz/", core_views.healthz, name="healthz"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("api/v1/", api.urls),
    re_path(r"^api/v1/(?P<path>.*)$", core_views.api_not_found),
    path("admin/", include(wagtailadmin_urls)),
    # Documents only through the access-checked view (core/documents.py).
    *document_urlpatterns,
    path("i18n/", include("django.conf.urls.i18n")),
]

for app_name in project_app_names():
    # An app's urls.py holds its non-page routes (downloads, beacons, webhooks);
    # its localized_urls.py the visitor pages that live under a language prefix.
    if optional_module(app_name, "urls") is not None:
        urlpatterns.append(path("", include(f"{app_name}.urls")))

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Images and renditions; MEDIA_ROOT/documents is refused (documents go through the check).
    urlpatterns += development_media_urlpatterns()

# English lives at /, the other languages under their prefix (/fr/, /ar/ ...).
localized = [
    path("", include(f"{app_name}.localized_urls"))
    for app_name in project_app_names()
    if optional_module(app_name, "localized_urls") is not None
]
urlpatterns += i18n_patterns(*localized, path("", include(wagtail_urls)), prefix_default_language=False)
