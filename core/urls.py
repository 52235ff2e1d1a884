from django.urls import path

from .share_links import serve_shared_draft

urlpatterns = [
    path("preview/<str:token>/", serve_shared_draft, name="shared_draft"),
]
