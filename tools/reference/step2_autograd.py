"""Step 2: the MLP of Step 1, unchanged, but every number is a Value, so the gradient comes from
loss.backward() instead of being written out by hand. The numbers match Step 1 up to
floating-point rounding.

Run: python3 step2_autograd.py PATH/TO/names.txt"""
import random

from ladder import NUM_SAMPLES, NUM_STEPS, doc, load_docs, report
from layers import linear, matrix, softmax
from tokenizer import encode, vocabulary

# region hyperparameters
N_EMBD = 16              # numbers per token embedding
N_HIDDEN = 4 * N_EMBD    # hidden units of the MLP
LEARNING_RATE = 1.0      # decays linearly to 0 over training
TEMPERATURE = 0.5        # < 1: sampling favours likely tokens
MAX_TOKENS = 16          # a sampled name stops after this many tokens
# endregion

docs = load_docs()
uchars = vocabulary(docs)
BOS = len(uchars)
vocab_size = len(uchars) + 1
# region parameters
wte = matrix(vocab_size, N_EMBD)          # 27×16: one embedding row per token
mlp_fc1 = matrix(N_HIDDEN, N_EMBD)        # 64×16: one row of weights per hidden unit
mlp_fc2 = matrix(vocab_size, N_HIDDEN)    # 27×64: one row of weights per next token
params = [p for mat in (wte, mlp_fc1, mlp_fc2) for row in mat for p in row]   # all 3,184
# endregion


# region mlp
def mlp(token_id):
    """The model: a token id in, 27 logits out, one per possible next token."""
    x = wte[token_id]                             # the token's embedding
    h = [hi.relu() for hi in linear(x, mlp_fc1)]  # 64 weighted sums, negatives switched off
    return linear(h, mlp_fc2)                     # 27 scores
# endregion


# region loss
def loss(tokens):
    """The loss on one name, as a Value that remembers how it was computed."""
    n = len(tokens) - 1                           # a name of length L has L + 1 pairs
    losses = [-softmax(mlp(tokens[pos]))[tokens[pos + 1]].log() for pos in range(n)]
    return (1 / n) * sum(losses)
# endregion


# region training
def train():
    """Gradient descent again: the same loop as Step 1, with backward() finding the gradient."""
    for step in range(NUM_STEPS):
        tokens = encode(doc(docs, step), uchars)
        step_loss = loss(tokens)                  # forward: builds the graph
        step_loss.backward()                      # backward: fills in every p.grad
        lr_t = LEARNING_RATE * (1 - step / NUM_STEPS)
        for p in params:
            p.data -= lr_t * p.grad
            p.grad = 0                            # ready for the next step
        report(step, step_loss.data)
# endregion


# region sampling
def sample(rng=random):
    """Makes up a name: start at BOS, draw each next token from the model, stop at BOS."""
    name = ''
    token_id = BOS
    for _ in range(MAX_TOKENS):
        logits = [l / TEMPERATURE for l in mlp(token_id)]
        probs = [p.data for p in softmax(logits)]
        token_id = rng.choices(range(vocab_size), weights=probs)[0]
        if token_id == BOS:
            break                                 # the model chose to end the name
        name += uchars[token_id]
    return name
# endregion


if __name__ == '__main__':
    print(f"num params: {len(params)}")
    train()
    print('--- inference ---')
    for i in range(NUM_SAMPLES):
        print(f"sample {i + 1:2d}: {sample()}")
