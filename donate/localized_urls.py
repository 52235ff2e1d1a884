"""Visitor pages of the giving flow, under each language's prefix."""

from django.urls import path

from . import views

app_name = "donate"

urlpatterns = [
    path("giving/give/<int:page_id>/", views.give, name="give"),
    path("giving/sandbox/checkout/<uuid:intent_id>/", views.sandbox_checkout, name="sandbox-checkout"),
    path("giving/sandbox/subscriptions/<uuid:intent_id>/", views.sandbox_subscription, name="sandbox-subscription"),
    path("giving/thank-you/<uuid:intent_id>/", views.thank_you, name="thank-you"),
    path("giving/cancelled/<uuid:intent_id>/", views.cancelled, name="cancelled"),
]
