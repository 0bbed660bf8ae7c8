"""Word (and character) error rate of a transcript against a reference, for tests and the bench.

Both texts are normalised the way search folds text (casedesk.core.search.fold: case, Latin accents,
Arabic harakat, hamza carriers and final forms) with punctuation removed, so that the rate counts
words heard wrongly, not spelling conventions. Needs rapidfuzz (the test extra).
"""

from __future__ import annotations

import unicodedata

from casedesk.core.search import fold


def words(text: str) -> list[str]:
    folded = fold(unicodedata.normalize("NFC", text))
    kept = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in folded)
    return kept.split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word edits (insertions, deletions, substitutions) per reference word."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = words(reference), words(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Character edits per reference character over the same normalised words (kinder to a dialect
    written in more than one way than the word rate)."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = " ".join(words(reference)), " ".join(words(hypothesis))
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)
