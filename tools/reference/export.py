"""Writes the reference values the Java tests compare against (model/src/test/resources/
reference/rungN.json) from the step scripts, without touching the taught code: it imports a
step, reads the losses its training loop prints, and adds what the tests pin besides (parameter
sums, the gradient check, count-table checksums, samples before and after training).

Run: python3 export.py PATH/TO/names.txt N > rungN.json     (N = 0..5; Steps 2-5 take minutes)"""
import contextlib
import importlib
import io
import json
import random
import re
import sys

STEPS = ['step0_counting', 'step1_gradient_descent', 'step2_autograd', 'step3_attention',
         'step4_transformer', 'step5_adam']
LOSS = re.compile(r'step +\d+ / +\d+ \| loss (\S+)')


def trained(step):
    """Runs the step's training loop and returns the losses it printed (exact: repr round-trips)."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        step.train()
    return [float(m.group(1)) for m in map(LOSS.fullmatch, printed.getvalue().splitlines()) if m]


def fmt4(x):
    return f"{x:.4f}"


def step0(s):
    snapshots, losses = {}, []
    for n in range(s.NUM_STEPS):
        if n in (0, 1, 10, 100):
            snapshots[n] = [row[:] for row in s.counts]
        tokens = s.encode(s.doc(s.docs, n), s.uchars)
        losses.append(s.loss(tokens))
        s.count(tokens)
    snapshots[s.NUM_STEPS] = [row[:] for row in s.counts]
    V = s.vocab_size
    return {
        'first_docs': s.docs[:10],
        'losses': [repr(x) for x in losses],
        'printed': [fmt4(x) for x in losses],
        'row_totals': {str(n): [sum(r) for r in snap] for n, snap in snapshots.items()},
        'count_checksum': {str(n): sum((i * V + j + 1) * snap[i][j] for i in range(V) for j in range(V))
                           for n, snap in snapshots.items()},
        'samples': [s.sample() for _ in range(s.NUM_SAMPLES)],
    }


def step1(s):
    matrices = [s.wte, s.mlp_fc1, s.mlp_fc2]
    initial = s.flat(matrices)
    tokens = s.encode(s.docs[0], s.uchars)
    loss_n = s.forward(tokens)                       # the loss the numerical gradient nudges
    grad_n = s.numerical_gradient(tokens)
    loss_a, grads = s.analytic_gradient(tokens)
    grad_a = s.flat(grads)
    worst = s.worst_mismatch(grad_n, grad_a)
    untrained = sample_all(s, random.Random(42))     # a separate generator: the run's is untouched
    losses = trained(s)
    return {
        'num_params': len(initial),
        'first_weights': [repr(w) for w in initial[:3]],
        'initial_sum': repr(sum(initial)),
        'grad_check': {'loss_n': repr(loss_n), 'loss_a': repr(loss_a),
                       'max_diff': repr(abs(grad_n[worst] - grad_a[worst])), 'worst_index': worst,
                       'grad_n_0_5': [repr(g) for g in grad_n[:5]],
                       'grad_a_0_5': [repr(g) for g in grad_a[:5]]},
        'losses': [repr(x) for x in losses],
        'printed': [fmt4(x) for x in losses],
        'final_sum': repr(sum(s.flat(matrices))),
        'samples': sample_all(s, random),
        'untrained_samples': untrained,
    }


def sample_all(s, rng):
    return [s.sample(rng) for _ in range(s.NUM_SAMPLES)]


def autograd_step(s):
    initial = [p.data for p in s.params]
    # names from the untrained weights, from a separate generator seeded with 42, so that the
    # reference stream (shuffle, weights, final samples) is untouched
    untrained = sample_all(s, random.Random(42))
    losses = trained(s)
    return {
        'num_params': len(s.params),
        'initial_sum': repr(sum(initial)),
        'losses': [repr(x) for x in losses],
        'printed': [fmt4(x) for x in losses],
        'final_sum': repr(sum(p.data for p in s.params)),
        'samples': sample_all(s, random),
        'untrained_samples': untrained,
    }


def main():
    number = int(sys.argv.pop(2))          # what is left, argv[1], names the dataset
    step = importlib.import_module(STEPS[number])
    result = step0(step) if number == 0 else step1(step) if number == 1 else autograd_step(step)
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
