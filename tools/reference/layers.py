"""The building blocks Steps 2-5 share, over Values so that backward() can reach through them:
a linear layer, softmax and RMSNorm, as microgpt.py writes them."""
import random

from value import Value

INIT_STD = 0.08   # weights start as gauss(0, 0.08)
RMS_EPS = 1e-5    # keeps RMSNorm finite for an all-zero vector


# region matrix
def matrix(nout, nin):
    """A nout×nin matrix of fresh parameters, gauss(0, 0.08), drawn row by row."""
    return [[Value(random.gauss(0, INIT_STD)) for _ in range(nin)] for _ in range(nout)]
# endregion


# region linear
def linear(x, w):
    """out[i] = w[i] · x: one weighted sum per row of w."""
    return [sum(wi * xi for wi, xi in zip(wo, x)) for wo in w]
# endregion


# region softmax
def softmax(logits):
    """Turns scores into probabilities: positive, summing to one, order kept."""
    max_val = max(val.data for val in logits)   # a plain number: no gradient flows here
    exps = [(val - max_val).exp() for val in logits]
    total = sum(exps)
    return [e / total for e in exps]
# endregion


# region rmsnorm
def rmsnorm(x):
    """Rescales x to a root-mean-square of about 1: x / sqrt(mean(x²) + ε)."""
    ms = sum(xi * xi for xi in x) / len(x)      # the mean square
    scale = (ms + RMS_EPS) ** -0.5              # 1 / sqrt(ms + ε)
    return [xi * scale for xi in x]
# endregion
