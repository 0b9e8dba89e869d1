"""Step 1: a small neural network, an MLP, trained by gradient descent with a gradient worked
out by hand. Every number is a plain float; Step 2 replaces the hand-written gradient with an
autograd. A token's embedding (16 numbers) goes through a hidden layer of 64 ReLU units to 27
logits, one per possible next token; softmax turns them into probabilities.

Run: python3 step1_gradient_descent.py PATH/TO/names.txt"""
import math
import random

from ladder import NUM_SAMPLES, NUM_STEPS, doc, load_docs, report
from tokenizer import encode, vocabulary

# region hyperparameters
N_EMBD = 16              # numbers per token embedding
N_HIDDEN = 4 * N_EMBD    # hidden units of the MLP
INIT_STD = 0.08          # weights start as gauss(0, 0.08)
LEARNING_RATE = 1.0      # decays linearly to 0 over training
EPS = 1e-5               # step of the numerical gradient
TEMPERATURE = 0.5        # < 1: sampling favours likely tokens
MAX_TOKENS = 16          # a sampled name stops after this many tokens
# endregion

docs = load_docs()
uchars = vocabulary(docs)
BOS = len(uchars)
vocab_size = len(uchars) + 1


# region init
def matrix(nout, nin):
    """A nout×nin matrix of gauss(0, 0.08) draws, row by row."""
    return [[random.gauss(0, INIT_STD) for _ in range(nin)] for _ in range(nout)]
# endregion


# region parameters
wte = matrix(vocab_size, N_EMBD)          # 27×16: one embedding row per token
mlp_fc1 = matrix(N_HIDDEN, N_EMBD)        # 64×16: one row of weights per hidden unit
mlp_fc2 = matrix(vocab_size, N_HIDDEN)    # 27×64: one row of weights per next token
# endregion


# region num-params
def num_params():
    """How many weights the model has: 27·16 + 64·16 + 27·64 = 3,184."""
    return vocab_size * N_EMBD + N_HIDDEN * N_EMBD + vocab_size * N_HIDDEN
# endregion


# region linear
def linear(x, w):
    """out[i] = w[i] · x: one weighted sum per row of w."""
    return [sum(wi * xi for wi, xi in zip(wo, x)) for wo in w]
# endregion


# region softmax
def softmax(logits):
    """Turns scores into probabilities: positive, summing to one, order kept."""
    max_val = max(logits)                     # shift by the max: exp() stays finite
    exps = [math.exp(v - max_val) for v in logits]
    total = sum(exps)
    return [e / total for e in exps]
# endregion


# region relu
def relu(x):
    """max(0, x) for each element: negative sums switched off."""
    return [max(0, xi) for xi in x]
# endregion


# region mlp
def mlp(token_id):
    """The model: a token id in, 27 logits out, one per possible next token."""
    x = wte[token_id]                 # the token's embedding
    h = relu(linear(x, mlp_fc1))      # 64 weighted sums, the negative ones switched off
    return linear(h, mlp_fc2)         # 27 scores
# endregion


# region forward
def forward(tokens):
    """The loss on one name: the mean of −log p(next token) over its pairs."""
    n = len(tokens) - 1               # a name of length L has L + 1 pairs
    losses = [-math.log(softmax(mlp(tokens[pos]))[tokens[pos + 1]]) for pos in range(n)]
    return (1 / n) * sum(losses)
# endregion


# region numerical-gradient
def numerical_gradient(tokens):
    """d(loss)/d(w) for every weight, by nudging it: (loss(w + ε) − loss(w)) / ε."""
    loss = forward(tokens)
    grad = []
    for mat in (wte, mlp_fc1, mlp_fc2):
        for row in mat:
            for j in range(len(row)):
                old = row[j]
                row[j] = old + EPS                # nudge one weight up
                loss_plus = forward(tokens)       # a whole forward pass per weight
                row[j] = old                      # and put it back
                grad.append((loss_plus - loss) / EPS)
    return grad
# endregion


# region analytic-gradient
def analytic_gradient(tokens):
    """The exact gradient by the chain rule, from the loss back to every weight."""
    n = len(tokens) - 1
    d_wte = [[0.0] * N_EMBD for _ in range(vocab_size)]
    d_fc1 = [[0.0] * N_EMBD for _ in range(N_HIDDEN)]
    d_fc2 = [[0.0] * N_HIDDEN for _ in range(vocab_size)]
    losses = []
    for pos in range(n):
        token_id, target_id = tokens[pos], tokens[pos + 1]
        x = wte[token_id][:]                      # forward, keeping what backward needs
        h_pre = linear(x, mlp_fc1)
        h = relu(h_pre)
        probs = softmax(linear(h, mlp_fc2))
        losses.append(-math.log(probs[target_id]))

        d_logits = [p / n for p in probs]         # d(loss)/d(logits) = (probs − onehot) / n
        d_logits[target_id] -= 1 / n
        d_h = [0.0] * N_HIDDEN
        for i in range(vocab_size):
            for j in range(N_HIDDEN):
                d_fc2[i][j] += d_logits[i] * h[j]         # logit i = Σ_j fc2[i][j]·h[j]
                d_h[j] += mlp_fc2[i][j] * d_logits[i]
        d_h_pre = [d_h[j] * (1.0 if h_pre[j] > 0 else 0.0) for j in range(N_HIDDEN)]
        d_x = [0.0] * N_EMBD
        for i in range(N_HIDDEN):
            for j in range(N_EMBD):
                d_fc1[i][j] += d_h_pre[i] * x[j]
                d_x[j] += mlp_fc1[i][j] * d_h_pre[i]
        for j in range(N_EMBD):
            d_wte[token_id][j] += d_x[j]                  # only the row that was used
    return (1 / n) * sum(losses), [d_wte, d_fc1, d_fc2]
# endregion


# region gradient-check
def worst_mismatch(numerical, analytic):
    """The index of the weight whose two gradients differ most (the first, if tied)."""
    diffs = [abs(gn - ga) for gn, ga in zip(numerical, analytic)]
    return max(range(len(diffs)), key=lambda i: diffs[i])
# endregion


def flat(matrices):
    """Every number of the matrices in one list, matrix by matrix, row by row."""
    return [x for mat in matrices for row in mat for x in row]


# region training
def train():
    """Gradient descent: one name per step, every weight a small step downhill."""
    for step in range(NUM_STEPS):
        tokens = encode(doc(docs, step), uchars)
        loss, grads = analytic_gradient(tokens)
        lr_t = LEARNING_RATE * (1 - step / NUM_STEPS)     # linear decay
        for w, dw in zip([wte, mlp_fc1, mlp_fc2], grads):
            descend(w, dw, lr_t)
        report(step, loss)


def descend(w, dw, lr_t):
    """w −= lr_t · dw, for every weight of one matrix."""
    for row, d_row in zip(w, dw):
        for j in range(len(row)):
            row[j] -= lr_t * d_row[j]
# endregion


# region sampling
def sample(rng=random):
    """Makes up a name: start at BOS, draw each next token from the model, stop at BOS."""
    name = ''
    token_id = BOS
    for _ in range(MAX_TOKENS):
        logits = [l / TEMPERATURE for l in mlp(token_id)]   # sharper (T < 1) or flatter
        token_id = rng.choices(range(vocab_size), weights=softmax(logits))[0]
        if token_id == BOS:
            break                                 # the model chose to end the name
        name += uchars[token_id]
    return name
# endregion


if __name__ == '__main__':
    print(f"num params: {num_params()}")
    first = encode(docs[0], uchars)
    numerical = numerical_gradient(first)
    analytic = flat(analytic_gradient(first)[1])
    worst = worst_mismatch(numerical, analytic)
    print(f"gradient check: largest difference {abs(numerical[worst] - analytic[worst])}"
          f" at weight {worst}")
    train()
    print('--- inference ---')
    for i in range(NUM_SAMPLES):
        print(f"sample {i + 1:2d}: {sample()}")
