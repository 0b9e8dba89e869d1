"""Rung 0: the bigram count table with add-one smoothing, trained by counting."""
import math
import random
import sys

from common import load_docs, tokenize, emit, fmt4

docs, uchars = load_docs(sys.argv[1])
BOS = len(uchars)
V = len(uchars) + 1
counts = [[0] * V for _ in range(V)]


def bigram(token_id):
    row = counts[token_id]
    total = sum(row) + V
    return [(c + 1) / total for c in row]


losses = []
snapshots = {}
for step in range(1000):
    if step in (0, 1, 10, 100):
        snapshots[step] = [row[:] for row in counts]
    tokens = tokenize(docs[step % len(docs)], uchars)
    n = len(tokens) - 1
    step_losses = [-math.log(bigram(tokens[i])[tokens[i + 1]]) for i in range(n)]
    losses.append((1 / n) * sum(step_losses))
    for i in range(n):
        counts[tokens[i]][tokens[i + 1]] += 1
snapshots[1000] = [row[:] for row in counts]

samples = []
for _ in range(20):
    token_id, sample = BOS, []
    for _ in range(16):
        token_id = random.choices(range(V), weights=bigram(token_id))[0]
        if token_id == BOS:
            break
        sample.append(uchars[token_id])
    samples.append(''.join(sample))

emit({
    'first_docs': docs[:10],
    'losses': [repr(x) for x in losses],
    'printed': [fmt4(x) for x in losses],
    'row_totals': {str(s): [sum(r) for r in snap] for s, snap in snapshots.items()},
    'count_checksum': {str(s): sum((i * V + j + 1) * snap[i][j] for i in range(V) for j in range(V))
                       for s, snap in snapshots.items()},
    'samples': samples,
})
