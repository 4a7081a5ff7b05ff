"""The shipped model learns its data and generalises to sentences it has not seen."""

import pytest

from serving.dataset import EXAMPLES
from serving.model import MODEL, features, train


def test_model_fits_its_training_data() -> None:
    predictions = MODEL.predict(text for text, _ in EXAMPLES)
    wrong = [
        text
        for (text, label), p in zip(EXAMPLES, predictions, strict=True)
        if (p.label == "positive") != (label == 1)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("fast delivery and great support", "positive"),
        ("it broke and support was rude", "negative"),
        ("I love it, works perfectly", "positive"),
        ("a waste of money, very bad quality", "negative"),
    ],
)
def test_unseen_sentences(text: str, label: str) -> None:
    assert MODEL.predict([text])[0].label == label


def test_training_is_deterministic_and_versioned() -> None:
    again = train(EXAMPLES)
    assert again.version == MODEL.version
    assert again.weights == MODEL.weights
    flipped = train([(text, 1 - label) for text, label in EXAMPLES])
    assert flipped.version != MODEL.version
    assert flipped.predict(["great service"])[0].label == "negative"


def test_training_refuses_a_single_class() -> None:
    with pytest.raises(ValueError, match="both labels"):
        train([("good", 1), ("great", 1)])


def test_features_include_word_pairs() -> None:
    assert features("Does NOT work") == {"does", "not", "work", "does not", "not work"}
