"""Step 0: a bigram model trained by counting. Its only parameters are a table of how often each
token followed each other token; a row of counts, smoothed, is the model's prediction.

Run: python3 step0_counting.py PATH/TO/names.txt"""
import math
import random

from ladder import NUM_SAMPLES, NUM_STEPS, doc, load_docs, report
from tokenizer import encode, vocabulary

# region hyperparameters
MAX_TOKENS = 16   # a sampled name stops after this many tokens
# endregion

docs = load_docs()
uchars = vocabulary(docs)         # the 26 letters, in order
BOS = len(uchars)                 # 26: the token that begins and ends a name
vocab_size = len(uchars) + 1      # 27: 26 letters and BOS
# region parameters
counts = [[0] * vocab_size for _ in range(vocab_size)]   # counts[i][j] = times j followed i
# endregion


# region bigram
def bigram(token_id):
    """The model: given a token, the probability of each token coming next."""
    row = counts[token_id]
    total = sum(row) + vocab_size            # add-one smoothing: one extra per cell
    return [(c + 1) / total for c in row]    # never zero, however rare the pair
# endregion


# region loss
def loss(tokens):
    """The mean surprise, −log p, of each next token of a name wrapped in BOS."""
    n = len(tokens) - 1                      # a name of length L has L + 1 pairs
    losses = [-math.log(bigram(tokens[pos])[tokens[pos + 1]]) for pos in range(n)]
    return (1 / n) * sum(losses)             # sure and right: 0; unsure: large
# endregion


# region update
def count(tokens):
    """Learning, for this model: add the name's pairs to the table."""
    for pos in range(len(tokens) - 1):
        counts[tokens[pos]][tokens[pos + 1]] += 1
# endregion


# region training
def train():
    """One name per step: measure the loss on it first, then count it."""
    for step in range(NUM_STEPS):
        tokens = encode(doc(docs, step), uchars)
        step_loss = loss(tokens)             # how surprised were we?
        count(tokens)                        # now we have seen it
        report(step, step_loss)
# endregion


# region sampling
def sample(rng=random):
    """Makes up a name: start at BOS, draw each next token from the model, stop at BOS."""
    name = ''
    token_id = BOS
    for _ in range(MAX_TOKENS):
        token_id = rng.choices(range(vocab_size), weights=bigram(token_id))[0]
        if token_id == BOS:
            break                            # the model chose to end the name
        name += uchars[token_id]
    return name
# endregion


if __name__ == '__main__':
    train()
    print('--- inference ---')
    for i in range(NUM_SAMPLES):
        print(f"sample {i + 1:2d}: {sample()}")
