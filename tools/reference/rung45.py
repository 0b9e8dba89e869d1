"""Rungs 4 and 5: four heads and a layer loop; rung 4 trains with SGD lr 0.1, rung 5 with Adam.
Usage: python3 rung45.py names.txt sgd|adam"""
import random
import sys

from common import load_docs, tokenize, emit, fmt4, Value

docs, uchars = load_docs(sys.argv[1])
optimizer = sys.argv[2]
BOS = len(uchars)
V = len(uchars) + 1
n_embd, n_head, n_layer, block_size = 16, 4, 1, 16
head_dim = n_embd // n_head
matrix = lambda nout, nin: [[Value(random.gauss(0, 0.08)) for _ in range(nin)] for _ in range(nout)]
state_dict = {'wte': matrix(V, n_embd), 'wpe': matrix(block_size, n_embd), 'lm_head': matrix(V, n_embd)}
for i in range(n_layer):
    state_dict[f'layer{i}.attn_wq'] = matrix(n_embd, n_embd)
    state_dict[f'layer{i}.attn_wk'] = matrix(n_embd, n_embd)
    state_dict[f'layer{i}.attn_wv'] = matrix(n_embd, n_embd)
    state_dict[f'layer{i}.attn_wo'] = matrix(n_embd, n_embd)
    state_dict[f'layer{i}.mlp_fc1'] = matrix(4 * n_embd, n_embd)
    state_dict[f'layer{i}.mlp_fc2'] = matrix(n_embd, 4 * n_embd)
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
    for li in range(n_layer):
        x_residual = x
        x = rmsnorm(x)
        q = linear(x, state_dict[f'layer{li}.attn_wq'])
        k = linear(x, state_dict[f'layer{li}.attn_wk'])
        v = linear(x, state_dict[f'layer{li}.attn_wv'])
        keys[li].append(k)
        values[li].append(v)
        x_attn = []
        for h in range(n_head):
            hs = h * head_dim
            q_h = q[hs:hs + head_dim]
            k_h = [ki[hs:hs + head_dim] for ki in keys[li]]
            v_h = [vi[hs:hs + head_dim] for vi in values[li]]
            attn_logits = [sum(q_h[j] * k_h[t][j] for j in range(head_dim)) / head_dim ** 0.5
                           for t in range(len(k_h))]
            attn_weights = softmax(attn_logits)
            x_attn.extend(sum(attn_weights[t] * v_h[t][j] for t in range(len(v_h))) for j in range(head_dim))
        x = linear(x_attn, state_dict[f'layer{li}.attn_wo'])
        x = [a + b for a, b in zip(x, x_residual)]
        x_residual = x
        x = rmsnorm(x)
        x = linear(x, state_dict[f'layer{li}.mlp_fc1'])
        x = [xi.relu() for xi in x]
        x = linear(x, state_dict[f'layer{li}.mlp_fc2'])
        x = [a + b for a, b in zip(x, x_residual)]
    return linear(x, state_dict['lm_head'])


learning_rate = 0.1 if optimizer == 'sgd' else 0.01
beta1, beta2, eps_adam = 0.85, 0.99, 1e-8
m = [0.0] * len(params)
v = [0.0] * len(params)

def sample(rng):
    """20 names from the current weights, drawn from rng."""
    samples = []
    for _ in range(20):
        keys, values = [[] for _ in range(n_layer)], [[] for _ in range(n_layer)]
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
    keys, values = [[] for _ in range(n_layer)], [[] for _ in range(n_layer)]
    step_losses = []
    for pos in range(n):
        probs = softmax(gpt(tokens[pos], pos, keys, values))
        step_losses.append(-probs[tokens[pos + 1]].log())
    loss = (1 / n) * sum(step_losses)
    loss.backward()
    lr_t = learning_rate * (1 - step / 1000)
    for i, p in enumerate(params):
        if optimizer == 'sgd':
            p.data -= lr_t * p.grad
        else:
            m[i] = beta1 * m[i] + (1 - beta1) * p.grad
            v[i] = beta2 * v[i] + (1 - beta2) * p.grad ** 2
            m_hat = m[i] / (1 - beta1 ** (step + 1))
            v_hat = v[i] / (1 - beta2 ** (step + 1))
            p.data -= lr_t * m_hat / (v_hat ** 0.5 + eps_adam)
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
