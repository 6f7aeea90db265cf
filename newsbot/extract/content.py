"""Which part of a page is the article: candidate containers scored by their paragraphs.

As readability and trafilatura decide: each paragraph of running text gives its parent a
score for its length and commas, its grandparent half of it and older ancestors less; a
container's score is cut by its link density and raised or lowered by what its class names
say. Paragraphs spread thinly over a whole page (comments, teasers, footers) add up in no
single element, while an article's paragraphs sit side by side in one. The best
candidate's siblings that carry text of their own join it (a lead paragraph or a second
column of text beside the first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsbot.extract.html import PageText, ancestors

# Paragraph text shorter than this gives no score.
SCORED_MIN_CHARS = 25
# A paragraph that is mostly link text is a link list, not running text.
MAX_LINK_DENSITY = 0.5
# How much of a paragraph's score each generation of ancestors gets: the parent all of it.
_ANCESTOR_SHARES = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
_CHARS_PER_POINT = 100
_MAX_LENGTH_POINTS = 3
_CLASS_WEIGHT = 25
_POSITIVE_CLASS = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|noidung|chitiet|baiviet")
_NEGATIVE_CLASS = re.compile(
    r"hidden|banner|combx|comment|com-|contact|foot|gdpr|masthead|media|meta|outbrain|promo|related|scroll|"
    r"share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|popular|recommend|newsletter|"
    r"subscribe|signup|cookie|consent|lienquan|tinkhac|binhluan")
_TAG_WEIGHT = {"div": 5, "article": 5, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
               "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
               "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5}
# A sibling of the best candidate joins it with this share of its score, or as a paragraph
# of running text of this many characters with few links.
_SIBLING_SHARE = 0.2
_SIBLING_MIN_SCORE = 10
_SIBLING_PARAGRAPH_CHARS = 80
_SIBLING_MAX_LINK_DENSITY = 0.25
# Candidates scoring this share of the best that share one of its ancestors, at least this
# many of them, make that ancestor the container.
_RIVAL_SHARE = 0.75
# An article-like class or id name weighs at most this many times the points of the text
# below it: a name alone does not make a byline's box the article.
_NAMES_CAP = 2
_MIN_RIVALS = 3
# Candidates of the best one's tag and class names scoring this share of it are parts of
# the same text, cut by ads or boxes in between: their common ancestor is the container.
_PART_SHARE = 0.3


@dataclass
class Content:
    """The element holding the article, and its children that are not part of it."""
    container: object
    left_out: set = field(default_factory=set)


def class_weight(names: str) -> int:
    """What the class and id names of an element say: +25 article-like, -25 furniture-like."""
    if not names:
        return 0
    return _CLASS_WEIGHT * (bool(_POSITIVE_CLASS.search(names)) - bool(_NEGATIVE_CLASS.search(names)))


def _names_weight(names: str, text_points: float) -> float:
    """What the names say (``class_weight``), an article-like name capped by the text's points."""
    weight = class_weight(names)
    return min(weight, _NAMES_CAP * text_points) if weight > 0 else weight


def link_density(el, texts: PageText) -> float:
    text = len(texts.text(el))
    if not text:
        return 0.0
    return min(1.0, sum(len(texts.text(a)) for a in el.iter("a")) / text)


def paragraph_score(text: str) -> float:
    return 1 + text.count(",") + min(len(text) // _CHARS_PER_POINT, _MAX_LENGTH_POINTS)


def find_content(paragraphs: list, texts: PageText, names) -> Content | None:
    """The container of the article text among the ancestors of ``paragraphs``.

    ``names(el)`` gives an element's class and id names (the page's index of them).
    """
    points: dict = {}
    for p in paragraphs:
        text = texts.text(p)
        if len(text) < SCORED_MIN_CHARS or link_density(p, texts) > MAX_LINK_DENSITY:
            continue
        score = paragraph_score(text)
        for share, anc in zip(_ANCESTOR_SHARES, ancestors(p), strict=False):
            points[anc] = points.get(anc, 0.0) + score * share
    if not points:
        return None
    scores = {el: text_points + _TAG_WEIGHT.get(el.tag, 0) + _names_weight(names(el), text_points)
              for el, text_points in points.items()}
    final = _FinalScores(scores, texts)
    best = _promoted(final.best(), final, names)
    return _with_siblings(_widest_alone(best), final[best], final, set(paragraphs), texts, names)


def _widest_alone(best):
    """The outermost element that holds the best candidate and nothing else: the article's other
    parts may be siblings of a wrapper around it."""
    parent = best.getparent()
    while parent is not None and parent.tag not in ("body", "html") \
            and sum(1 for child in parent if isinstance(child.tag, str)) == 1:
        best, parent = parent, parent.getparent()
    return best


class _FinalScores(dict):
    """Candidate -> its score cut by its link density, worked out when first asked for: the
    link density of large ancestors (the whole page) is costly and seldom matters."""

    def __init__(self, scores: dict, texts: PageText):
        super().__init__()
        self.scores = scores
        self.texts = texts

    def __missing__(self, el):
        if el not in self.scores:
            raise KeyError(el)
        final = self[el] = self.scores[el] * (1 - link_density(el, self.texts))
        return final

    def __contains__(self, el) -> bool:
        return el in self.scores

    def get(self, el, default=None):
        return self[el] if el in self.scores else default

    def best(self):
        """The candidate of the highest final score: a final score is at most the raw one."""
        best, best_score = None, float("-inf")
        for el in sorted(self.scores, key=self.scores.__getitem__, reverse=True):
            if self.scores[el] <= best_score:
                break
            if self[el] > best_score:
                best, best_score = el, self[el]
        return best

    def at_least(self, floor: float) -> list:
        return [el for el in self.scores if self.scores[el] >= floor and self[el] >= floor]


def _lowest_common_ancestor(el, others: list):
    lines = [set(ancestors(other)) for other in others]
    for anc in ancestors(el):
        if anc.tag in ("body", "html"):
            return None
        if all(anc in line for line in lines):
            return anc
    return None


def _promoted(best, final: _FinalScores, names):
    """The best candidate, or an ancestor of it when the text is split over several parts.

    Other candidates nearly as good that share an ancestor with it are parts of one
    article cut by pictures or ads; an ancestor scoring higher than the way up to it
    holds more of the article.
    """
    rivals = [el for el in final.at_least(_RIVAL_SHARE * final[best]) if el is not best]
    best_names = names(best)
    floor = _PART_SHARE * final[best]
    # Names compared first: the final score of a large candidate costs its link density.
    parts = [el for el in final.scores if el is not best and best_names and el.tag == best.tag
             and final.scores[el] >= floor and names(el) == best_names and final[el] >= floor]
    if parts:
        holding = _lowest_common_ancestor(best, parts)
        if holding is not None:
            best = holding
    elif len(rivals) >= _MIN_RIVALS:
        lines = [set(ancestors(el)) for el in rivals]
        for anc in ancestors(best):
            if anc.tag == "body":
                break
            if sum(anc in line for line in lines) >= _MIN_RIVALS:
                best = anc
                break
    last = final.get(best, 0.0)
    floor = last / 3
    for anc in ancestors(best):
        if anc.tag in ("body", "html"):
            break
        if anc not in final:
            continue
        if final[anc] < floor:
            break
        if final[anc] > last:
            return anc
        last = final[anc]
    return best


def _with_siblings(best, best_score: float, final: dict, paragraphs: set, texts: PageText, names) -> Content:
    parent = best.getparent()
    if parent is None:
        return Content(best)
    threshold = max(_SIBLING_MIN_SCORE, _SIBLING_SHARE * best_score)
    best_names = names(best)
    joined, left_out = [], set()
    for sibling in parent:
        if not isinstance(sibling.tag, str):
            continue
        if sibling is best or _joins(sibling, final, threshold, best_names, paragraphs, texts, names):
            joined.append(sibling)
        else:
            left_out.add(sibling)
    if len(joined) == 1:
        return Content(best)
    return Content(parent, left_out)


def _joins(sibling, final: dict, threshold: float, best_names: str, paragraphs: set, texts: PageText,
           names) -> bool:
    bonus = threshold if best_names and names(sibling) == best_names else 0
    if sibling in final and final[sibling] + bonus >= threshold:
        return True
    if sibling.tag != "p" and sibling not in paragraphs:
        return False
    text = texts.text(sibling)
    density = link_density(sibling, texts)
    if len(text) > _SIBLING_PARAGRAPH_CHARS:
        return density < _SIBLING_MAX_LINK_DENSITY
    return density == 0 and text.endswith((".", "!", "?", "…", "\""))
