"""Rung 2: the same MLP as rung 1, its gradient found by the scalar autograd Value."""
import random
import sys

from common import load_docs, tokenize, emit, fmt4, Value

docs, uchars = load_docs(sys.argv[1])
BOS = len(uchars)
V = len(uchars) + 1
n_embd = 16
matrix = lambda nout, nin: [[Value(random.gauss(0, 0.08)) for _ in range(nin)] for _ in range(nout)]
state_dict = {'wte': matrix(V, n_embd), 'mlp_fc1': matrix(4 * n_embd, n_embd), 'mlp_fc2': matrix(V, 4 * n_embd)}
params = [p for mat in state_dict.values() for row in mat for p in row]
initial = [p.data for p in params]


def linear(x, w):
    return [sum(wi * xi for wi, xi in zip(wo, x)) for wo in w]


def softmax(logits):
    max_val = max(val.data for val in logits)
    exps = [(val - max_val).exp() for val in logits]
    total = sum(exps)
    return [e / total for e in exps]


def mlp(token_id):
    x = state_dict['wte'][token_id]
    x = linear(x, state_dict['mlp_fc1'])
    x = [xi.relu() for xi in x]
    return linear(x, state_dict['mlp_fc2'])



def sample(rng):
    """20 names from the current weights, drawn from rng."""
    samples = []
    for _ in range(20):
        token_id, name = BOS, []
        for _ in range(16):
            probs = softmax([l / 0.5 for l in mlp(token_id)])
            token_id = rng.choices(range(V), weights=[p.data for p in probs])[0]
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
    step_losses = []
    for pos in range(n):
        probs = softmax(mlp(tokens[pos]))
        step_losses.append(-probs[tokens[pos + 1]].log())
    loss = (1 / n) * sum(step_losses)
    loss.backward()
    lr_t = 1.0 * (1 - step / 1000)
    for p in params:
        p.data -= lr_t * p.grad
        p.grad = 0
    losses.append(loss.data)

samples = sample(random)

emit({
    'num_params': len(params),
    'initial_sum': repr(sum(initial)),
    'losses': [repr(x) for x in losses],
    'printed': [fmt4(x) for x in losses],
    'final_sum': repr(sum(p.data for p in params)),
    'samples': samples,
    'untrained_samples': untrained_samples,
})
