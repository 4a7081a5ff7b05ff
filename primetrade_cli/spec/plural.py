"""English plurals of identifiers, without importing inflect.

inflect (typeguard-instrumented) costs about two seconds to import, more than the rest of
add-feature; these rules and exceptions agree with it on the nouns in tests/spec/test_plural.py.
"""

from __future__ import annotations

IRREGULAR = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "mouse": "mice",
    "goose": "geese",
    "foot": "feet",
    "tooth": "teeth",
    "ox": "oxen",
    "louse": "lice",
    "criterion": "criteria",
    "phenomenon": "phenomena",
    "datum": "data",
    "medium": "media",
    "nucleus": "nuclei",
    "stimulus": "stimuli",
    "alumnus": "alumni",
    "index": "indexes",
    "quiz": "quizzes",
    "leaf": "leaves",
    "knife": "knives",
    "life": "lives",
    "wife": "wives",
    "half": "halves",
    "wolf": "wolves",
    "shelf": "shelves",
    "loaf": "loaves",
    "calf": "calves",
    "self": "selves",
    "elf": "elves",
    "hero": "heroes",
    "potato": "potatoes",
    "tomato": "tomatoes",
    "echo": "echoes",
    "veto": "vetoes",
    "torpedo": "torpedoes",
    "cargo": "cargoes",
    "volcano": "volcanoes",
    "die": "dice",
    "money": "monies",
    "genus": "genera",
    "opus": "opera",
    "axis": "axes",
    "bus": "buses",
    "campus": "campuses",
    "status": "statuses",
    "virus": "viruses",
    "bonus": "bonuses",
}
UNCOUNTABLE = frozenset(
    {
        "news",
        "sheep",
        "fish",
        "series",
        "species",
        "equipment",
        "information",
        "rice",
        "deer",
        "moose",
        "swine",
        "bison",
        "aircraft",
        "software",
        "hardware",
        "feedback",
        "data",
        "metadata",
        "staff",
        "furniture",
        "luggage",
        "baggage",
        "advice",
        "evidence",
        "knowledge",
        "traffic",
        "music",
        "homework",
        "research",
        "progress",
        "weather",
        "offspring",
        "salmon",
        "trout",
        "shrimp",
        "headquarters",
        "means",
        "police",
        "cattle",
        "corps",
    }
)
VOWELS = frozenset("aeiou")


def plural_noun(word: str) -> str:
    """Plural of one lower-case word (an uncountable word is its own plural)."""
    if word in UNCOUNTABLE:
        return word
    if word in IRREGULAR:
        return IRREGULAR[word]
    for singular, plural in (("woman", "women"), ("person", "people"), ("child", "children")):
        if word.endswith(singular) and len(word) > len(singular):
            return word[: -len(singular)] + plural
    return _regular(word)


def _regular(word: str) -> str:
    if word.endswith("sis"):
        return word[:-3] + "ses"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    return word + "s"
