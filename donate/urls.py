"""Routes without a language prefix: the providers' webhook endpoint."""

from django.urls import path

from . import views

app_name = "donate-webhooks"

urlpatterns = [
    path("giving/webhooks/<str:provider_name>/", views.webhook, name="webhook"),
]
