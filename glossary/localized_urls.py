from django.urls import path

from . import views

urlpatterns = [path("glossary/", views.glossary_index, name="glossary_index")]
