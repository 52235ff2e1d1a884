"""The index's own vocabulary per locale, and "did you mean" from it.

Every word of the indexed text (title, keywords, text) is counted per locale in
`SearchTerm` as documents are written and removed, so a correction is always a
word that some public page in that language uses. A query word is a candidate
for correction when neither it nor its stem is in the vocabulary of the locales
the search reads (the visitor's, and the default one standing in); the closest
word by edit distance (adjacent letters swapped count once) wins, the most used
among equals.
"""

import re

from django.db import connection
from django.db.models import F, Q
from django.db.models.functions import Substr
from django.db.models.signals import post_delete, post_save, pre_save

from core.serializers import locale_codes

from .models import SearchDocument, SearchTerm
from .query import QueryPlan, is_prefix
from .segmentation import is_cjk
from .stemming import stem, tokens

MIN_LENGTH = 3
MAX_LENGTH = 64  # SearchTerm.word's length
# Below this many results a search looks for misspelt words to suggest.
SUGGEST_BELOW = 5


def document_words(index_title: str, index_keywords: str, index_text: str) -> set[str]:
    """The distinct words of a document worth suggesting (no numbers, no single
    characters: every Chinese character is a word of its own in the index)."""
    words = set()
    for text in (index_title, index_keywords, index_text):
        for word in tokens(text or ""):
            if MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit() and not is_cjk(word):
                words.add(word)
    return words


def _words_of(document) -> set[str]:
    return document_words(document.index_title, document.index_keywords, document.index_text)


def _table() -> str:
    return connection.ops.quote_name(SearchTerm._meta.db_table)


def add_words(locale_id: int, words, language_code: str | None = None) -> None:
    words = sorted(words)
    if not words:
        return
    language_code = language_code or locale_codes().get(locale_id, "")
    table = _table()
    # One upsert per word: a word new to the locale gets a row, a known one a
    # higher count (SQLite 3.24+ and PostgreSQL share the syntax).
    sql = (
        f"INSERT INTO {table} (locale_id, word, stem, length, documents) VALUES (%s, %s, %s, %s, 1) "
        f"ON CONFLICT (locale_id, word) DO UPDATE SET documents = {table}.documents + 1"
    )
    with connection.cursor() as cursor:
        rows = [(locale_id, word, stem(word, language_code)[:MAX_LENGTH], len(word)) for word in words]
        cursor.executemany(sql, rows)


def remove_words(locale_id: int, words) -> None:
    words = sorted(words)
    for start in range(0, len(words), 500):
        chunk = words[start : start + 500]
        rows = SearchTerm.objects.filter(locale_id=locale_id, word__in=chunk)
        rows.filter(documents__lte=1).delete()
        rows.update(documents=F("documents") - 1)


def _remember_old_words(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    old = (
        SearchDocument.objects.filter(pk=instance.pk)
        .values_list("locale_id", "index_title", "index_keywords", "index_text")
        .first()
    )
    instance._vocabulary_before = (old[0], document_words(*old[1:])) if old else None


def _count_new_words(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    new = _words_of(instance)
    before = getattr(instance, "_vocabulary_before", None)
    instance._vocabulary_before = None
    if before is None:
        add_words(instance.locale_id, new)
    elif before[0] != instance.locale_id:
        remove_words(before[0], before[1])
        add_words(instance.locale_id, new)
    else:
        remove_words(instance.locale_id, before[1] - new)
        add_words(instance.locale_id, new - before[1])


def _uncount_words(sender, instance, **kwargs):
    remove_words(instance.locale_id, _words_of(instance))


def connect() -> None:
    """Keep the vocabulary in step with every document saved or deleted (the
    search app's `ready()`)."""
    pre_save.connect(_remember_old_words, sender=SearchDocument, dispatch_uid="search-vocabulary-before")
    post_save.connect(_count_new_words, sender=SearchDocument, dispatch_uid="search-vocabulary-save")
    post_delete.connect(_uncount_words, sender=SearchDocument, dispatch_uid="search-vocabulary-delete")


def rebuild() -> int:
    """Count the vocabulary again from every document (after bulk writes, which
    send no signals); returns the number of words."""
    SearchTerm.objects.all().delete()
    codes = locale_codes()
    counts: dict[tuple[int, str], int] = {}
    rows = SearchDocument.objects.values_list("locale_id", "index_title", "index_keywords", "index_text")
    for locale_id, *texts in rows.iterator(chunk_size=500):
        for word in document_words(*texts):
            counts[(locale_id, word)] = counts.get((locale_id, word), 0) + 1
    SearchTerm.objects.bulk_create(
        (
            SearchTerm(
                locale_id=locale_id,
                word=word,
                stem=stem(word, codes.get(locale_id, ""))[:MAX_LENGTH],
                length=len(word),
                documents=documents,
            )
            for (locale_id, word), documents in counts.items()
        ),
        batch_size=1000,
    )
    return len(counts)


# --- "Did you mean" ---------------------------------------------------------------


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions and
    swaps of adjacent letters cost 1), or limit + 1 once it is certainly above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _allowed_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def _plain_words(plan: QueryPlan) -> list[str]:
    words = []
    for clause in plan.clauses:
        for phrase in clause:
            for word in phrase:
                if not is_prefix(word) and len(word) >= MIN_LENGTH and not word.isdigit() and not is_cjk(word):
                    words.append(word)
    return list(dict.fromkeys(words))


def correction(word: str, locale_ids: list[int]) -> str | None:
    limit = _allowed_distance(word)
    candidates = (
        SearchTerm.objects.filter(locale_id__in=locale_ids, length__range=(len(word) - limit, len(word) + limit))
        .annotate(second=Substr("word", 2, 1))
        # A misspelling rarely gets both of the first two letters wrong.
        .filter(Q(word__startswith=word[0]) | Q(second=word[1]))
        .values_list("word", "documents")
    )
    best = None
    for candidate, documents in candidates:
        distance = edit_distance(word, candidate, limit)
        if 0 < distance <= limit:
            key = (distance, -documents, candidate)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def did_you_mean(plan: QueryPlan, locale, default_code: str) -> str | None:
    """The query with each word the index does not know replaced by the closest
    word it knows in these locales, or None when there is nothing to correct."""
    words = _plain_words(plan)
    if not words:
        return None
    codes = {code: pk for pk, code in locale_codes().items()}
    languages = {locale.pk: locale.language_code}
    if default_code in codes:
        languages.setdefault(codes[default_code], default_code)
    known = Q(word__in=words)
    for locale_id, code in languages.items():
        known |= Q(locale_id=locale_id, stem__in={stem(word, code) for word in words})
    found = SearchTerm.objects.filter(locale_id__in=list(languages)).filter(known).values_list("word", "stem")
    known_words, known_stems = set(), set()
    for word, word_stem in found:
        known_words.add(word)
        known_stems.add(word_stem)
    text, changed = plan.text, False
    for word in words:
        if word in known_words or any(stem(word, code) in known_stems for code in languages.values()):
            continue
        replacement = correction(word, list(languages))
        if replacement:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", replacement, text, flags=re.IGNORECASE)
            changed = True
    return text if changed else None
