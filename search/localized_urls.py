from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search_page, name="search"),
    # `str`, not `slug`: area slugs may be Unicode (`الإسكان`, `住房`), which the slug
    # converter refuses (a NoReverseMatch on any page linking such an area).
    path("themes/<str:slug>/", views.thematic_area_page, name="thematic_area"),
]
