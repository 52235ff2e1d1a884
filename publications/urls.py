from django.urls import path

from . import views

app_name = "publications"

urlpatterns = [
    path("downloads/publications/<int:row_id>/", views.download, name="download"),
    path("beacon/publications/<int:page_id>/", views.view_beacon, name="view_beacon"),
]
