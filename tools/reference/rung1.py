"""Rung 1: the MLP on plain floats, gradient written out by hand, SGD with lr 1.0 decaying to 0."""
import math
import random
import sys

from common import load_docs, tokenize, emit, fmt4

docs, uchars = load_docs(sys.argv[1])
BOS = len(uchars)
V = len(uchars) + 1
n_embd = 16
matrix = lambda nout, nin: [[random.gauss(0, 0.08) for _ in range(nin)] for _ in range(nout)]
state_dict = {'wte': matrix(V, n_embd), 'mlp_fc1': matrix(4 * n_embd, n_embd), 'mlp_fc2': matrix(V, 4 * n_embd)}
params = [(row, j) for mat in state_dict.values() for row in mat for j in range(len(row))]
initial = [row[j] for row, j in params]


def linear(x, w):
    return [sum(wi * xi for wi, xi in zip(wo, x)) for wo in w]


def softmax(logits):
    max_val = max(logits)
    exps = [math.exp(v - max_val) for v in logits]
    total = sum(exps)
    return [e / total for e in exps]


def mlp(token_id):
    x = state_dict['wte'][token_id]
    x = linear(x, state_dict['mlp_fc1'])
    x = [max(0, xi) for xi in x]
    return linear(x, state_dict['mlp_fc2'])


def forward(tokens, n):
    losses = []
    for pos in range(n):
        probs = softmax(mlp(tokens[pos]))
        losses.append(-math.log(probs[tokens[pos + 1]]))
    return (1 / n) * sum(losses)


def numerical_gradient(tokens, n):
    loss = forward(tokens, n)
    eps = 1e-5
    grad = []
    for mat in state_dict.values():
        for row in mat:
            for j in range(len(row)):
                old = row[j]
                row[j] = old + eps
                loss_plus = forward(tokens, n)
                row[j] = old
                grad.append((loss_plus - loss) / eps)
    return loss, grad


def analytic_gradient(tokens, n):
    grad = {k: [[0.0] * len(row) for row in mat] for k, mat in state_dict.items()}
    losses = []
    for pos in range(n):
        token_id, target_id = tokens[pos], tokens[pos + 1]
        x = list(state_dict['wte'][token_id])
        h_pre = linear(x, state_dict['mlp_fc1'])
        h = [max(0, v) for v in h_pre]
        logits = linear(h, state_dict['mlp_fc2'])
        probs = softmax(logits)
        losses.append(-math.log(probs[target_id]))
        dlogits = [p / n for p in probs]
        dlogits[target_id] -= 1.0 / n
        dh = [0.0] * len(h)
        for i in range(len(dlogits)):
            for j in range(len(h)):
                grad['mlp_fc2'][i][j] += dlogits[i] * h[j]
                dh[j] += state_dict['mlp_fc2'][i][j] * dlogits[i]
        dh_pre = [dh[j] * (1.0 if h_pre[j] > 0 else 0.0) for j in range(len(h_pre))]
        dx = [0.0] * len(x)
        for i in range(len(dh_pre)):
            for j in range(len(x)):
                grad['mlp_fc1'][i][j] += dh_pre[i] * x[j]
                dx[j] += state_dict['mlp_fc1'][i][j] * dh_pre[i]
        for j in range(len(x)):
            grad['wte'][token_id][j] += dx[j]
    loss = (1 / n) * sum(losses)
    return loss, [g for mat in grad.values() for row in mat for g in row]


tokens = tokenize(docs[0], uchars)
n = len(tokens) - 1
loss_n, grad_n = numerical_gradient(tokens, n)
loss_a, grad_a = analytic_gradient(tokens, n)
diffs = [abs(gn - ga) for gn, ga in zip(grad_n, grad_a)]
worst = max(range(len(diffs)), key=lambda i: diffs[i])


def sample(rng):
    """20 names from the current weights, drawn from rng."""
    samples = []
    for _ in range(20):
        token_id, name = BOS, []
        for _ in range(16):
            probs = softmax([l / 0.5 for l in mlp(token_id)])
            token_id = rng.choices(range(V), weights=probs)[0]
            if token_id == BOS:
                break
            name.append(uchars[token_id])
        samples.append(''.join(name))
    return samples


# Names from the untrained weights, from a separate generator seeded with 42, so that the
# reference stream (shuffle, weights, final samples) is untouched.
untrained_samples = sample(random.Random(42))
if '--untrained' in sys.argv:
    emit({'untrained_samples': untrained_samples})
    sys.exit(0)

losses = []
for step in range(1000):
    tokens = tokenize(docs[step % len(docs)], uchars)
    n = len(tokens) - 1
    loss, grad = analytic_gradient(tokens, n)
    lr_t = 1.0 * (1 - step / 1000)
    for i, (row, j) in enumerate(params):
        row[j] -= lr_t * grad[i]
    losses.append(loss)

samples = sample(random)

emit({
    'num_params': len(params),
    'first_weights': [repr(w) for w in initial[:3]],
    'initial_sum': repr(sum(initial)),
    'grad_check': {'loss_n': repr(loss_n), 'loss_a': repr(loss_a), 'max_diff': repr(diffs[worst]),
                   'worst_index': worst, 'grad_n_0_5': [repr(g) for g in grad_n[:5]],
                   'grad_a_0_5': [repr(g) for g in grad_a[:5]]},
    'losses': [repr(x) for x in losses],
    'printed': [fmt4(x) for x in losses],
    'final_sum': repr(sum(row[j] for row, j in params)),
    'samples': samples,
    'untrained_samples': untrained_samples,
})
