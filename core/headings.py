"""One outline per page: the page title is the only h1, and the headings editors
write in a body (rich text, StreamField heading blocks) take the levels below
the heading the template puts above them, never skipping one.

Editors pick heading levels by their looks or by the toolbar they are offered
(a publication's paragraphs allow h3 and h4 whatever precedes them), so the
levels are shifted on the way out, the same for the reference page and the API.
"""

import re

_HEADING = re.compile(r"<(/?)h([1-6])(\b[^>]*)>", re.IGNORECASE)


def normalise_headings(html: str, top_level: int) -> str:
    """`html` with its highest heading at `top_level` and no level skipped.

    Each heading keeps its place relative to the highest one written, but may
    go at most one level deeper than the heading before it (an h4 straight
    after an h2 becomes an h3). Levels stop at h6.
    """
    levels = [int(level) for closing, level, _rest in _HEADING.findall(html) if not closing]
    if not levels:
        return html
    shift = top_level - min(levels)
    previous = top_level - 1
    opened: list[int] = []

    def replace(match: re.Match) -> str:
        nonlocal previous
        closing, level, rest = match.group(1), int(match.group(2)), match.group(3)
        if closing:
            new = opened.pop() if opened else level
            return f"</h{new}>"
        new = max(top_level, min(level + shift, previous + 1, 6))
        previous = new
        opened.append(new)
        return f"<h{new}{rest}>"

    return _HEADING.sub(replace, html)
