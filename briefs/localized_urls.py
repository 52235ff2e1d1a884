"""Sign-up, confirmation and unsubscribe pages, under each language's prefix (/fr/subscriptions/ ...)."""

from django.urls import path

from . import views

app_name = "briefs"

urlpatterns = [
    path("subscriptions/", views.subscribe, name="subscribe"),
    path("subscriptions/check-your-inbox/", views.subscribe_sent, name="subscribe_sent"),
    path("subscriptions/confirm/<str:token>/", views.confirm_subscription, name="confirm"),
    path("subscriptions/unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
