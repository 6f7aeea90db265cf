"""What two texts are compared by: Vietnamese syllable shingles, their MinHash signature and its LSH bands.

A syllable is a white-space separated token of the NFC, case-folded text (diacritics kept: "ba" and "bà"
are different words), with the punctuation at its edges left off, so "Nội," and "Nội" are one syllable.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from array import array
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from rensa import RMinHash

# Punctuation at the start or the end of a token.
_EDGE_PUNCTUATION = re.compile(r"^(?:[^\w\s]|_)+|(?:[^\w\s]|_)+$")


def syllables(text: str | None) -> list[str]:
    if not text:
        return []
    tokens = unicodedata.normalize("NFC", text).casefold().split()
    # Most tokens are letters and digits alone (str.isalnum: what \w matches but "_"): only the
    # others are searched for punctuation, a pass of the expression over the whole text costing more.
    return [syllable for token in tokens
            if (syllable := token if token.isalnum() else _EDGE_PUNCTUATION.sub("", token))]


def shingles(text: str | None, size: int) -> frozenset[str]:
    """Every run of `size` consecutive syllables; a text shorter than that is one shingle."""
    return frozenset(shingle_runs(syllables(text), size))


def shingle_runs(words: list[str], size: int) -> list[str]:
    """The shingles of the words in their order, repeats kept; fewer words than `size` make one shingle."""
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return list(map(" ".join, zip(*(words[start:] for start in range(size)), strict=False)))


def jaccard(first: frozenset, second: Collection) -> float:
    """Of two shingle sets (or sets of their hashes); the second may be any collection of distinct ones."""
    if not first or not second:
        return 0.0
    common = len(first.intersection(second))
    return common / (len(first) + len(second) - common)


#: Bits of a text's shingle bitmap (2 KB).
BITMAP_BITS = 1 << 14
# A bitmap of one byte a bit, as the digits of the number it is, the highest bit first.
_BINARY_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


@dataclass(frozen=True)
class Fingerprint:
    """A text's shingles as two texts are compared and banded: the 64-bit hashes of its distinct shingles
    (rensa's token hashes, those its MinHash is made of, hashed in one call), and a bitmap with one bit
    set by each hash.

    The Jaccard similarity of two texts is the same on the hashes unless two different shingles' hashes
    collide (about 1 in 10^13 for two texts of a thousand shingles each). Kept for the recent versions
    instead of their text (8 bytes a shingle and the bitmap's 2 KB: about the text's size), they are not
    shingled again. The bitmaps bound the similarity from above at the cost of one OR: most candidates,
    texts alike in their words but not copies, are told apart without intersecting the shingles.
    """

    hashes: array
    bitmap: int

    @classmethod
    def of(cls, runs: Iterable[str]) -> Fingerprint:
        """Of a text's shingles (repeats may be given: they count once)."""
        # An array is made faster from a list than from a set.
        hashes = array("Q", list(set(RMinHash.hash_token_sets((runs,))[0])))
        # A byte a bit, read at the end as the binary digits of one number: cheaper than shifting bits in.
        bits = bytearray(BITMAP_BITS)
        for position in map((BITMAP_BITS - 1).__and__, hashes):
            bits[position] = 1
        return cls(hashes, int(bits.translate(_BINARY_DIGITS)[::-1], 2))

    @classmethod
    def of_text(cls, text: str | None, size: int) -> Fingerprint:
        return cls.of(shingle_runs(syllables(text), size))

    def alike(self, other: Fingerprint, min_similarity: float) -> bool:
        """The Jaccard similarity is at least `min_similarity`."""
        return self.may_be_alike(other, min_similarity) and \
            jaccard(frozenset(self.hashes), other.hashes) >= min_similarity

    def may_be_alike(self, other: Fingerprint, min_similarity: float) -> bool:
        """The bitmaps allow a Jaccard similarity of at least `min_similarity` (False: it is lower)."""
        sizes = len(self.hashes) + len(other.hashes)
        # Every shingle of either text sets one bit, so the union has at least as many shingles as bits set,
        # and the shared shingles are at most the rest; the similarity grows with those.
        common_at_most = sizes - (self.bitmap | other.bitmap).bit_count()
        return common_at_most >= min_similarity * (sizes - common_at_most)


@dataclass(frozen=True)
class Banding:
    """MinHash (rensa's RMinHash, seeded, so every process and run computes the same signature) cut into
    `bands` bands of `rows` values; two texts sharing any band are candidates of one story."""

    bands: int
    rows: int
    seed: int = 1

    def signature(self, fingerprint: Fingerprint) -> list[int]:
        """The MinHash of the text, made from its fingerprint's token hashes: RMinHash's of its shingles."""
        hashes = fingerprint.hashes
        # The flat form reads the array's buffer in place; the one taking a set of hashes costs many times more.
        return RMinHash.digest_matrix_from_flat_token_hashes(hashes, array("Q", (0, len(hashes))),
                                                             self.bands * self.rows, self.seed).to_rows()[0]

    def keys(self, fingerprint: Fingerprint) -> list[str]:
        """One key per band. A key names the scheme too: bands made with other numbers never match."""
        values = self.signature(fingerprint)
        scheme = f"{RMinHash.ALGORITHM_VERSION}/{self.bands}x{self.rows}/{self.seed}/".encode()
        band_values = struct.Struct(f"<I{self.rows}I")
        return [
            hashlib.blake2b(scheme + band_values.pack(band, *values[band * self.rows:(band + 1) * self.rows]),
                            digest_size=8).hexdigest()
            for band in range(self.bands)
        ]
