"""Rung 3: position embeddings, RMSNorm and one head of causal attention with a KV cache; SGD lr 0.1."""
import random
import sys

from common import load_docs, tokenize, emit, fmt4, Value

docs, uchars = load_docs(sys.argv[1])
BOS = len(uchars)
V = len(uchars) + 1
n_embd, block_size = 16, 16
matrix = lambda nout, nin: [[Value(random.gauss(0, 0.08)) for _ in range(nin)] for _ in range(nout)]
state_dict = {'wte': matrix(V, n_embd), 'wpe': matrix(block_size, n_embd),
              'attn_wq': matrix(n_embd, n_embd), 'attn_wk': matrix(n_embd, n_embd),
              'attn_wv': matrix(n_embd, n_embd), 'attn_wo': matrix(n_embd, n_embd),
              'mlp_fc1': matrix(4 * n_embd, n_embd), 'mlp_fc2': matrix(n_embd, 4 * n_embd),
              'lm_head': matrix(V, n_embd)}
params = [p for mat in state_dict.values() for row in mat for p in row]
initial = [p.data for p in params]


def linear(x, w):
    return [sum(wi * xi for wi, xi in zip(wo, x)) for wo in w]


def softmax(logits):
    max_val = max(val.data for val in logits)
    exps = [(val - max_val).exp() for val in logits]
    total = sum(exps)
    return [e / total for e in exps]


def rmsnorm(x):
    ms = sum(xi * xi for xi in x) / len(x)
    scale = (ms + 1e-5) ** -0.5
    return [xi * scale for xi in x]


def gpt(token_id, pos_id, keys, values):
    x = [t + p for t, p in zip(state_dict['wte'][token_id], state_dict['wpe'][pos_id])]
    x = rmsnorm(x)
    x_residual = x
    x = rmsnorm(x)
    q = linear(x, state_dict['attn_wq'])
    k = linear(x, state_dict['attn_wk'])
    v = linear(x, state_dict['attn_wv'])
    keys.append(k)
    values.append(v)
    attn_logits = [sum(q[j] * keys[t][j] for j in range(n_embd)) / n_embd ** 0.5 for t in range(len(keys))]
    attn_weights = softmax(attn_logits)
    x_attn = [sum(attn_weights[t] * values[t][j] for t in range(len(values))) for j in range(n_embd)]
    x = linear(x_attn, state_dict['attn_wo'])
    x = [a + b for a, b in zip(x, x_residual)]
    x_residual = x
    x = rmsnorm(x)
    x = linear(x, state_dict['mlp_fc1'])
    x = [xi.relu() for xi in x]
    x = linear(x, state_dict['mlp_fc2'])
    x = [a + b for a, b in zip(x, x_residual)]
    return linear(x, state_dict['lm_head'])



def sample(rng):
    """20 names from the current weights, drawn from rng."""
    samples = []
    for _ in range(20):
        keys, values = [], []
        token_id, name = BOS, []
        for pos in range(block_size):
            probs = softmax([l / 0.5 for l in gpt(token_id, pos, keys, values)])
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
    n = min(block_size, len(tokens) - 1)
    keys, values = [], []
    step_losses = []
    for pos in range(n):
        probs = softmax(gpt(tokens[pos], pos, keys, values))
        step_losses.append(-probs[tokens[pos + 1]].log())
    loss = (1 / n) * sum(step_losses)
    loss.backward()
    lr_t = 0.1 * (1 - step / 1000)
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
