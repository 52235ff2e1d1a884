from .counts import DownloadCount, ViewCount
from .pages import PublicationIndexPage, PublicationPage
from .rows import PublicationDocument, PublicationPageTag, PublicationPageThematicArea
from .snippets import PublicationType

__all__ = [
    "DownloadCount",
    "PublicationDocument",
    "PublicationIndexPage",
    "PublicationPage",
    "PublicationPageTag",
    "PublicationPageThematicArea",
    "PublicationType",
    "ViewCount",
]
