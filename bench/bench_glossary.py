"""Glossary expansion: a 5,000-word page against glossaries of 100, 1,000 and 5,000 entries.

The promise (issue 3): expansion is linear in the text and independent of the
glossary's size, one dictionary lookup per candidate token. The three glossaries
live in three locales so their matchers stay compiled side by side, and the runs
are interleaved round by round, so drift on a shared machine hits all three alike.
"""

import random
import re
import statistics
import time

SIZES = (100, 1_000, 5_000)
LOCALES = ("en", "fr", "es")  # one glossary per locale, so all three stay compiled
WORDS = 5_000
ROUNDS = 41
USED = 40  # distinct abbreviations the page uses, present in every glossary
BUDGET_MS = 10.0
MAX_RATIO = 1.2

VOCABULARY = [
    "city",
    "cities",
    "housing",
    "plan",
    "planning",
    "people",
    "water",
    "street",
    "streets",
    "public",
    "space",
    "land",
    "urban",
    "rural",
    "climate",
    "resilience",
    "community",
    "local",
    "government",
    "data",
    "report",
    "finance",
    "transport",
    "health",
    "safe",
    "green",
    "energy",
    "waste",
    "informal",
    "settlement",
    "settlements",
    "growth",
    "partner",
    "partners",
    "programme",
    "programmes",
    "policy",
    "policies",
    "support",
    "young",
    "women",
    "children",
    "school",
    "access",
    "service",
    "services",
    "network",
    "region",
    "national",
    "global",
    "goal",
    "goals",
]


def _code(n: int) -> str:
    """A distinct all-capitals code: A, B ... Z, AA, AB ... (3 letters or more, like real ones)."""
    letters = ""
    n += 26 * 26 + 26  # start at three letters
    while n >= 0:
        letters = chr(ord("A") + n % 26) + letters
        n = n // 26 - 1
    return letters


def _page(used: list[str]) -> list[str]:
    """The fragments of one item: an abstract, then a body of ~5,000 words with
    the usual rich-text markup; about 3% of words are abbreviations."""
    rng = random.Random(3)
    words = []
    for index in range(WORDS):
        if index % 33 == 0:
            words.append(rng.choice(used))
        else:
            words.append(rng.choice(VOCABULARY))
    paragraphs = []
    for start in range(0, WORDS, 100):
        chunk = words[start : start + 100]
        chunk[10] = f"<strong>{chunk[10]}</strong>"
        chunk[40] = f'<a href="https://example.org/{chunk[41]}">{chunk[40]}</a>'
        paragraphs.append("<p>" + " ".join(chunk[:50]) + ". " + " ".join(chunk[50:]) + ".</p>")
    abstract = paragraphs[0]
    body = "".join(paragraphs[1:25]) + "<ul>" + "".join(f"<li>{p[3:-4]}</li>" for p in paragraphs[25:]) + "</ul>"
    return [abstract, body]


def _load(locales: dict) -> list[str]:
    from glossary import matcher
    from glossary.models import Abbreviation

    used = [_code(n) for n in range(USED)]
    for size, code in zip(SIZES, LOCALES, strict=True):
        Abbreviation.objects.filter(locale=locales[code]).delete()
        Abbreviation.objects.bulk_create(
            Abbreviation(abbreviation=_code(n), expansion=f"Expanded term number {n}", locale=locales[code], live=True)
            for n in range(size)
        )
        matcher.invalidate(locales[code])
    return used


def run() -> str:
    from core.demo_support import locales as site_locales
    from glossary.expander import _Expander, _ItemState, expand_fragments
    from glossary.matcher import Matcher, Term

    locales = site_locales()
    used = _load(locales)
    fragments = _page(used)
    word_count = sum(len(re.sub(r"<[^>]+>", " ", fragment).split()) for fragment in fragments)

    for code in LOCALES:  # build each matcher once, outside the timings
        expand_fragments(fragments, locales[code])
    times = {size: [] for size in SIZES}
    wall = {size: [] for size in SIZES}
    for _ in range(ROUNDS):
        for size, code in zip(SIZES, LOCALES, strict=True):
            started, started_wall = time.process_time(), time.perf_counter()
            expanded, terms = expand_fragments(fragments, locales[code])
            times[size].append((time.process_time() - started) * 1000)
            wall[size].append((time.perf_counter() - started_wall) * 1000)
    assert len(terms) == USED, "every glossary must expand the same abbreviations"

    # Baseline: the same streaming pass over the same page when no token is in
    # the glossary (tokenizer, lookups and re-serialisation, nothing inserted).
    empty = Matcher.from_terms([Term("ZZZZZZZZ", "never used")])
    baseline = []
    for _ in range(ROUNDS):
        started = time.process_time()
        state = _ItemState(empty)
        for html in fragments:
            _Expander(state).expand(html)
        baseline.append((time.process_time() - started) * 1000)

    medians = {size: statistics.median(values) for size, values in times.items()}
    wall_medians = {size: statistics.median(values) for size, values in wall.items()}
    base = statistics.median(baseline)
    ratio = medians[SIZES[-1]] / medians[SIZES[0]]
    within_budget = medians[SIZES[-1]] < BUDGET_MS
    flat = ratio <= MAX_RATIO
    lines = [
        "## Glossary expansion",
        "",
        f"One item of {word_count:,} words (abstract + body, paragraphs, lists, links, bold; {USED} distinct "
        f"abbreviations used {sum(1 for i in range(WORDS) if i % 33 == 0)} times) expanded through "
        f"`glossary.expander.expand_fragments`, median of {ROUNDS} interleaved runs per glossary size, "
        "matchers already compiled (as between glossary changes). Times are CPU time of the process "
        "(`time.process_time`), which waiting for a core on a shared machine does not inflate; wall-clock "
        "medians are shown alongside.",
        "",
        "| glossary entries | median CPU (ms) | fastest CPU (ms) | median wall (ms) | vs 100 entries | vs baseline |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size in SIZES:
        lines.append(
            f"| {size:,} | {medians[size]:.2f} | {min(times[size]):.2f} | {wall_medians[size]:.2f} | "
            f"{medians[size] / medians[SIZES[0]]:.2f}× | {medians[size] / base:.2f}× |"
        )
    lines += [
        "",
        f"Baseline (same pass over the same page, no token in the glossary): {base:.2f} ms CPU.",
        "",
        f"- 5,000 entries vs 100 entries: **{ratio:.2f}×** (target ≤ {MAX_RATIO}×): {'met' if flat else 'NOT met'}.",
        f"- 5,000 entries: **{medians[SIZES[-1]]:.2f} ms** (target < {BUDGET_MS:.0f} ms): "
        f"{'met' if within_budget else 'NOT met'}.",
    ]
    return "\n".join(lines)
