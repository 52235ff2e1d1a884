"""Publication downloads: the time counting adds to serving a file.

Both routes end in Wagtail's document serving of the same file: the baseline
asks Wagtail's own URL (which also runs our before_serve_document check), the
counted route additionally finds the publication row and runs one upsert.
Requests alternate so both see the same machine state; the ratio of the two
medians is the figure to compare across machines.
"""

import statistics
import time

from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Site

from publications.models import DownloadCount, PublicationDocument, PublicationIndexPage, PublicationPage
from publications.pdf import minimal_pdf

ROUNDS = 400
WARM_UP = 20
FILE_BYTES = 200_000


def _setup():
    root = Site.objects.get(is_default_site=True).root_page
    index = PublicationIndexPage(title="Publications", slug="bench-publications")
    root.add_child(instance=index)
    index.save_revision().publish()
    page = PublicationPage(title="Bench publication", slug="bench-publication", abstract="<p>Bench.</p>")
    index.add_child(instance=page)
    document = get_document_model()(title="Bench file")
    document.file.save("bench.pdf", ContentFile(minimal_pdf("Bench", padding=FILE_BYTES)), save=False)
    document._set_document_file_metadata()
    document.save()
    page.documents = [PublicationDocument(document=document)]
    page.save()
    page.save_revision().publish()
    return document.url, f"/downloads/publications/{page.documents.get().pk}/", document.file.size


def _timed(client, url, reader: int = 0) -> float:
    started = time.perf_counter()
    # A reader per request: one client's repeats within the hour count once.
    response = client.get(url, REMOTE_ADDR=f"10.{reader // 65536 % 256}.{reader // 256 % 256}.{reader % 256}")
    b"".join(response.streaming_content)
    response.close()
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def run() -> str:
    plain_url, counted_url, size = _setup()
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (bench) Firefox/128.0")
    for warm in range(WARM_UP):
        _timed(client, plain_url)
        _timed(client, counted_url, reader=100_000 + warm)
    DownloadCount.objects.all().delete()
    plain, counted = [], []
    for reader in range(ROUNDS):
        plain.append(_timed(client, plain_url))
        counted.append(_timed(client, counted_url, reader=reader))
    recorded = sum(DownloadCount.objects.values_list("count", flat=True))
    assert recorded == ROUNDS, recorded
    p50_plain, p50_counted = statistics.median(plain), statistics.median(counted)
    p90 = lambda values: statistics.quantiles(values, n=10)[-1]  # noqa: E731
    return f"""
## Publication downloads

Time added by counting a download: the counted route (`/downloads/publications/<row>/`: find the
publication's document row, one `INSERT ... ON CONFLICT DO UPDATE` upsert, `Cache-Control: no-store`,
then Wagtail's serving) against Wagtail's own document URL serving the same {size:,}-byte PDF (that URL
runs the publication-state check of the `before_serve_document` hook; the counted route makes the same
check in its row lookup and skips the hook's repeat of it).
{ROUNDS} alternating requests each through Django's test client, after {WARM_UP} warm-up requests;
{recorded} downloads were recorded, one per counted request.

| route | p50 | p90 |
|---|---|---|
| Wagtail's document URL (no counting) | {p50_plain * 1000:.2f} ms | {p90(plain) * 1000:.2f} ms |
| counted download route | {p50_counted * 1000:.2f} ms | {p90(counted) * 1000:.2f} ms |

**Counting adds {(p50_counted - p50_plain) * 1000:.2f} ms at the median: the counted route takes
{p50_counted / p50_plain:.2f}× the time of serving without counting.**
"""
