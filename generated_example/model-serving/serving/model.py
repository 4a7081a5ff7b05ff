"""A bag-of-words logistic regression for text sentiment, trained at import on `dataset.py`.

Pure Python and deterministic: the same examples and settings always give the same weights, so
every replica of the service answers identically and `MODEL_VERSION` names the exact model.
"""

import hashlib
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from serving.dataset import EXAMPLES

MODEL_NAME = "sentiment-logreg"
EPOCHS = 400
LEARNING_RATE = 0.5
L2 = 0.001
_TOKEN = re.compile(r"[a-z']+")
Label = Literal["positive", "negative"]


def features(text: str) -> set[str]:
    """Lower-cased words and word pairs ("not work" differs from "work")."""
    words = _TOKEN.findall(text.lower())
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Prediction:
    label: Label
    score: float  # probability that the text is positive


@dataclass(frozen=True)
class SentimentModel:
    weights: dict[str, float]
    bias: float
    version: str

    def probability(self, text: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(text))
        return _sigmoid(z)

    def predict(self, texts: Iterable[str]) -> list[Prediction]:
        results = []
        for text in texts:
            p = self.probability(text)
            results.append(Prediction("positive" if p >= 0.5 else "negative", round(p, 6)))
        return results


def _gradient_step(
    rows: Sequence[tuple[set[str], int]], weights: dict[str, float], bias: float
) -> float:
    """One full-batch gradient descent step on the log loss (+ L2); updates `weights`."""
    grads: dict[str, float] = dict.fromkeys(weights, 0.0)
    grad_bias = 0.0
    for row, label in rows:
        error = _sigmoid(bias + sum(weights[f] for f in row)) - label
        grad_bias += error
        for f in row:
            grads[f] += error
    n = len(rows)
    for f, g in grads.items():
        weights[f] -= LEARNING_RATE * (g / n + L2 * weights[f])
    return bias - LEARNING_RATE * grad_bias / n


def train(examples: Sequence[tuple[str, int]]) -> SentimentModel:
    if not examples or {label for _, label in examples} != {0, 1}:
        raise ValueError("training needs examples of both labels (0 and 1)")
    rows = [(features(text), label) for text, label in examples]
    weights = dict.fromkeys(sorted(set().union(*(row for row, _ in rows))), 0.0)
    bias = 0.0
    for _ in range(EPOCHS):
        bias = _gradient_step(rows, weights, bias)
    digest = hashlib.sha256(repr((examples, EPOCHS, LEARNING_RATE, L2)).encode()).hexdigest()
    return SentimentModel(weights=weights, bias=bias, version=digest[:12])


MODEL = train(EXAMPLES)
