from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search_page, name="search"),
    path("themes/<slug:slug>/", views.thematic_area_page, name="thematic_area"),
]
