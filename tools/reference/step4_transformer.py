"""Step 4: the transformer. Attention splits into four heads of four dimensions, each looking
for something different, and the attention and MLP blocks become a layer that could be stacked
N_LAYER times, each layer with its own cache. The parameters are Step 3's, rearranged.

Run: python3 step4_transformer.py PATH/TO/names.txt"""
import random

from ladder import NUM_SAMPLES, NUM_STEPS, doc, load_docs, report
from layers import linear, matrix, rmsnorm, softmax
from tokenizer import encode, vocabulary

# region hyperparameters
N_EMBD = 16                  # width of the residual stream
N_HEAD = 4                   # attention heads per layer
N_LAYER = 1                  # transformer layers
BLOCK_SIZE = 16              # longest context: positions 0..15
HEAD_DIM = N_EMBD // N_HEAD  # 4 dimensions per head
N_HIDDEN = 4 * N_EMBD        # hidden units of each MLP block
LEARNING_RATE = 0.1          # decays linearly to 0 over training
TEMPERATURE = 0.5            # < 1: sampling favours likely tokens
# endregion

docs = load_docs()
uchars = vocabulary(docs)
BOS = len(uchars)
vocab_size = len(uchars) + 1
# region parameters
wte = matrix(vocab_size, N_EMBD)          # 27×16: one embedding row per token
wpe = matrix(BLOCK_SIZE, N_EMBD)          # 16×16: one embedding row per position
lm_head = matrix(vocab_size, N_EMBD)      # 27×16: stream → one logit per next token


def new_layer():
    """The weights of one transformer layer, created in this order."""
    return {'attn_wq': matrix(N_EMBD, N_EMBD),     # x → queries of all four heads
            'attn_wk': matrix(N_EMBD, N_EMBD),     # x → keys
            'attn_wv': matrix(N_EMBD, N_EMBD),     # x → values
            'attn_wo': matrix(N_EMBD, N_EMBD),     # the heads' outputs → stream
            'mlp_fc1': matrix(N_HIDDEN, N_EMBD),   # 64×16: one row per hidden unit
            'mlp_fc2': matrix(N_EMBD, N_HIDDEN)}   # 16×64: back to the stream's width


layers = [new_layer() for _ in range(N_LAYER)]    # each layer with its own weights
matrices = [wte, wpe, lm_head] + [mat for layer in layers for mat in layer.values()]
params = [p for mat in matrices for row in mat for p in row]   # all 4,192, in creation order
# endregion


# region heads
def heads(q, keys, values):
    """Multi-head attention: each head attends with its own 4-dimensional slice of q, k, v."""
    x_attn = []
    for h in range(N_HEAD):
        hs = h * HEAD_DIM                         # where this head's slice starts
        attn_logits = [sum(q[hs + j] * keys[t][hs + j] for j in range(HEAD_DIM)) / HEAD_DIM ** 0.5
                       for t in range(len(keys))]
        attn_weights = softmax(attn_logits)
        x_attn += [sum(attn_weights[t] * values[t][hs + j] for t in range(len(values)))
                   for j in range(HEAD_DIM)]      # the heads' outputs side by side
    return x_attn
# endregion


# region layer-loop
def gpt(token_id, pos_id, keys, values):
    """One position through every layer; keys[li] is layer li's cache."""
    x = [t + p for t, p in zip(wte[token_id], wpe[pos_id])]   # token + position
    x = rmsnorm(x)
    for li in range(N_LAYER):
        x = attention(layers[li], x, keys[li], values[li])    # its own cache
        x = mlp(layers[li], x)
    return linear(x, lm_head)
# endregion


# region attention
def attention(layer, x, keys, values):
    """One layer's attention block: Step 3's, with the heads doing the attending."""
    x_residual = x
    x = rmsnorm(x)
    q = linear(x, layer['attn_wq'])
    k = linear(x, layer['attn_wk'])
    v = linear(x, layer['attn_wv'])
    keys.append(k)                                # this layer's cache grows
    values.append(v)
    x_attn = heads(q, keys, values)
    x = linear(x_attn, layer['attn_wo'])
    return [a + b for a, b in zip(x, x_residual)]
# endregion


# region mlp
def mlp(layer, x):
    """One layer's MLP block, as in Step 3."""
    x_residual = x
    x = rmsnorm(x)
    x = [xi.relu() for xi in linear(x, layer['mlp_fc1'])]
    x = linear(x, layer['mlp_fc2'])
    return [a + b for a, b in zip(x, x_residual)]
# endregion


# region kv-cache
def empty_cache():
    """An empty cache: for each layer, a list of the keys (or values) of the positions so far."""
    return [[] for _ in range(N_LAYER)]           # each layer attends to its own history
# endregion


# region loss
def loss(tokens):
    """The loss on one name, read left to right with fresh caches."""
    n = min(BLOCK_SIZE, len(tokens) - 1)
    keys, values = empty_cache(), empty_cache()
    losses = [-softmax(gpt(tokens[pos], pos, keys, values))[tokens[pos + 1]].log()
              for pos in range(n)]
    return (1 / n) * sum(losses)
# endregion


# region training
def train():
    """Gradient descent, as in Step 3."""
    for step in range(NUM_STEPS):
        tokens = encode(doc(docs, step), uchars)
        step_loss = loss(tokens)
        step_loss.backward()
        lr_t = LEARNING_RATE * (1 - step / NUM_STEPS)
        for p in params:
            p.data -= lr_t * p.grad
            p.grad = 0
        report(step, step_loss.data)
# endregion


# region sampling
def sample(rng=random):
    """Makes up a name, one position at a time, each layer's cache remembering the past."""
    keys, values = empty_cache(), empty_cache()
    name = ''
    token_id = BOS
    for pos in range(BLOCK_SIZE):
        logits = [l / TEMPERATURE for l in gpt(token_id, pos, keys, values)]
        probs = [p.data for p in softmax(logits)]
        token_id = rng.choices(range(vocab_size), weights=probs)[0]
        if token_id == BOS:
            break
        name += uchars[token_id]
    return name
# endregion


if __name__ == '__main__':
    print(f"num params: {len(params)}")
    train()
    print('--- inference ---')
    for i in range(NUM_SAMPLES):
        print(f"sample {i + 1:2d}: {sample()}")
