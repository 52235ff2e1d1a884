from django.urls import path

from . import share_links

app_name = "share_links"
urlpatterns = [
    path("<int:page_id>/", share_links.manage, name="manage"),
    path("<int:page_id>/<int:link_id>/revoke/", share_links.revoke, name="revoke"),
]
