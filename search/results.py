"""What a search returns, whichever backend answered."""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Filters:
    """Validated filter values (None: not filtered)."""

    type: str | None = None
    thematic_area: str | None = None
    year: int | None = None
    country: str | None = None

    def is_empty(self) -> bool:
        return not any([self.type, self.thematic_area, self.year, self.country])


@dataclass(frozen=True)
class Result:
    page_id: int
    type: str
    title: str
    snippet: str  # plain text, or HTML with <mark> when `highlighted`
    url: str
    date: date | None
    thematic_areas: list[tuple[str, str]]
    locale: str
    translated: bool
    highlighted: bool = False


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class SearchPage:
    count: int = 0
    results: list[Result] = field(default_factory=list)
    # {"type": [...], "thematic_area": [...], "year": [...]}, counted over every
    # match of the query in the locale, before filters, so each option shows
    # what choosing it would give.
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)


# Results can be paged through this far, on every backend: it is Elasticsearch's
# `index.max_result_window`, and the API's contract does not change with the backend.
MAX_RESULT_WINDOW = 10_000
