"""Step 3: the model can look back. Each position gets a position embedding, and one head of
causal self-attention lets it gather information from every position before it, through a
cache of keys and values. RMSNorm keeps the numbers in range; residual connections add each
block's output to its input instead of replacing it.

Run: python3 step3_attention.py PATH/TO/names.txt"""
import random

from ladder import NUM_SAMPLES, NUM_STEPS, doc, load_docs, report
from layers import linear, matrix, rmsnorm, softmax
from tokenizer import encode, vocabulary

# region hyperparameters
N_EMBD = 16              # width of the residual stream
BLOCK_SIZE = 16          # longest context: positions 0..15
N_HIDDEN = 4 * N_EMBD    # hidden units of the MLP block
LEARNING_RATE = 0.1      # decays linearly to 0 over training
TEMPERATURE = 0.5        # < 1: sampling favours likely tokens
# endregion

docs = load_docs()
uchars = vocabulary(docs)
BOS = len(uchars)
vocab_size = len(uchars) + 1
# region parameters
wte = matrix(vocab_size, N_EMBD)          # 27×16: one embedding row per token
wpe = matrix(BLOCK_SIZE, N_EMBD)          # 16×16: one embedding row per position
attn_wq = matrix(N_EMBD, N_EMBD)          # 16×16: x → query, what a position looks for
attn_wk = matrix(N_EMBD, N_EMBD)          # 16×16: x → key, what a position offers
attn_wv = matrix(N_EMBD, N_EMBD)          # 16×16: x → value, what it hands over
attn_wo = matrix(N_EMBD, N_EMBD)          # 16×16: attention output → residual stream
mlp_fc1 = matrix(N_HIDDEN, N_EMBD)        # 64×16: one row per hidden unit
mlp_fc2 = matrix(N_EMBD, N_HIDDEN)        # 16×64: back to the stream's width
lm_head = matrix(vocab_size, N_EMBD)      # 27×16: stream → one logit per next token
params = [p for mat in (wte, wpe, attn_wq, attn_wk, attn_wv, attn_wo, mlp_fc1, mlp_fc2, lm_head)
          for row in mat for p in row]    # all 4,192, matrix by matrix, row by row
# endregion


# region embeddings
def embed(token_id, pos_id):
    """What a token at a position starts as: its token embedding plus its position embedding."""
    x = [t + p for t, p in zip(wte[token_id], wpe[pos_id])]   # which letter + where
    return rmsnorm(x)
# endregion


def attention(x, keys, values):
    """The attention block: a position gathers what it needs from itself and the ones before."""
    x_residual = x
    x = rmsnorm(x)
    # region qkv
    q = linear(x, attn_wq)      # the query: what this position looks for
    k = linear(x, attn_wk)      # the key: what this position offers
    v = linear(x, attn_wv)      # the value: what it hands over if chosen
    # endregion
    # region kv-cache
    keys.append(k)              # the cache grows by one position;
    values.append(v)            # earlier keys and values are reused
    # endregion
    # region attention
    attn_logits = [sum(q[j] * keys[t][j] for j in range(N_EMBD)) / N_EMBD ** 0.5
                   for t in range(len(keys))]          # one score per position 0..pos
    attn_weights = softmax(attn_logits)
    x_attn = [sum(attn_weights[t] * values[t][j] for t in range(len(values)))
              for j in range(N_EMBD)]                  # the weighted mix of the values
    # endregion
    # region residual
    x = linear(x_attn, attn_wo)
    x = [a + b for a, b in zip(x, x_residual)]         # add to the stream, don't replace it
    # endregion
    return x


# region mlp
def mlp(x):
    """The MLP block, now between two norms and with a residual connection around it."""
    x_residual = x
    x = rmsnorm(x)
    x = [xi.relu() for xi in linear(x, mlp_fc1)]
    x = linear(x, mlp_fc2)
    return [a + b for a, b in zip(x, x_residual)]
# endregion


# region forward
def gpt(token_id, pos_id, keys, values):
    """One position: its token in, the logits of the next token out, the cache one longer."""
    x = embed(token_id, pos_id)
    x = attention(x, keys, values)
    x = mlp(x)
    return linear(x, lm_head)
# endregion


# region loss
def loss(tokens):
    """The loss on one name, read left to right with a fresh cache."""
    n = min(BLOCK_SIZE, len(tokens) - 1)          # longer names are cut at the block
    keys, values = [], []
    losses = [-softmax(gpt(tokens[pos], pos, keys, values))[tokens[pos + 1]].log()
              for pos in range(n)]
    return (1 / n) * sum(losses)
# endregion


# region training
def train():
    """Gradient descent, as in Step 2, with a smaller learning rate."""
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
    """Makes up a name, one position at a time, the cache remembering what came before."""
    keys, values = [], []
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
