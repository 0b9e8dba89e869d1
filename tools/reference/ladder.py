"""What every step shares: the seed, the number of steps, and the one shuffle of the names."""
import os
import random
import sys

# region shared
SEED = 42          # random.seed(42): the same run, every time
NUM_STEPS = 1000   # one name per training step
NUM_SAMPLES = 20   # names each trained model makes up


def shuffled(names):
    """The names in a random order, shuffled once."""
    docs = list(names)
    random.shuffle(docs)
    return docs


def doc(docs, step):
    """The name a training step learns from: the names in turn, round and round."""
    return docs[step % len(docs)]
# endregion


def load_docs():
    """Seeds the generator and reads the shuffled names from the file named on the command line
    (or in MICROGPT_NAMES): every step starts from this same order."""
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ['MICROGPT_NAMES']
    random.seed(SEED)
    with open(path) as f:
        names = [line.strip() for line in f.read().strip().split('\n') if line.strip()]
    return shuffled(names)


def report(step, loss):
    """One line per training step, as microgpt.py prints it, with the loss in full: Python
    prints the shortest text that reads back as the same float, so the line is exact."""
    print(f"step {step + 1:4d} / {NUM_STEPS:4d} | loss {loss}", flush=True)
