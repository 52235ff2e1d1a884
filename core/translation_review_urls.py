from django.urls import path

from . import translation_review_views as views

app_name = "translation_review"
urlpatterns = [
    path("<int:translation_id>/submit/", views.submit, name="submit"),
    path("<int:translation_id>/publish/", views.confirm_publish, name="confirm_publish"),
]
