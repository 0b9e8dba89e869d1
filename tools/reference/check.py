"""Proof that these scripts are the code that made the reference values: runs each step and
compares every loss it prints with model/src/test/resources/reference/rungN.json, bit for bit.

Steps 0 and 1 run in full (their 1000 losses and 20 samples are compared); Steps 2-5 for their
first 20 training steps, since a full run takes minutes in CPython. Exits 1 on any mismatch.

Run: python3 tools/reference/check.py PATH/TO/names.txt   (or with MICROGPT_NAMES set)"""
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE.parent.parent / 'model' / 'src' / 'test' / 'resources' / 'reference'
STEP_LINE = re.compile(r'step +(\d+) / +\d+ \| loss (\S+)')
SAMPLE_LINE = re.compile(r'sample +\d+: (.*)')

# script, reference file, training steps to compare (None: the whole run, samples too)
CHECKS = [('step0_counting.py', 'rung0.json', None),
          ('step1_gradient_descent.py', 'rung1.json', None),
          ('step2_autograd.py', 'rung2.json', 20),
          ('step3_attention.py', 'rung3.json', 20),
          ('step4_transformer.py', 'rung4.json', 20),
          ('step5_adam.py', 'rung5.json', 20)]


def start(script, names):
    return subprocess.Popen([sys.executable, '-B', '-u', str(HERE / script), names],   # no __pycache__
                            stdout=subprocess.PIPE, text=True, cwd=HERE)


def check(script, reference, steps, process):
    """The mismatches of one step's run against its reference file; stops the run once the
    compared steps are read."""
    expected = json.loads((REFERENCE / reference).read_text())
    want_losses = expected['losses'] if steps is None else expected['losses'][:steps]
    losses, samples, problems = [], [], []
    for line in process.stdout:
        step, sample = STEP_LINE.fullmatch(line.strip()), SAMPLE_LINE.fullmatch(line.rstrip('\n'))
        if step:
            losses.append(step.group(2))
            if steps is not None and len(losses) == steps:
                break
        elif sample:
            samples.append(sample.group(1))
    process.kill()
    process.wait()
    for i, (got, want) in enumerate(zip(losses, want_losses)):
        if float(got).hex() != float(want).hex():
            problems.append(f"{script}: step {i + 1}: loss {got}, reference {want}")
    if len(losses) != len(want_losses):
        problems.append(f"{script}: printed {len(losses)} losses, expected {len(want_losses)}")
    if steps is None and samples != expected['samples']:
        problems.append(f"{script}: samples {samples}, reference {expected['samples']}")
    return problems, len(losses)


def main():
    names = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('MICROGPT_NAMES')
    if not names:
        sys.exit('usage: check.py PATH/TO/names.txt (or set MICROGPT_NAMES)')
    began = time.monotonic()
    running = [(script, ref, steps, start(script, names)) for script, ref, steps in CHECKS]
    failed = False
    for script, ref, steps, process in running:
        problems, compared = check(script, ref, steps, process)
        for problem in problems:
            print(problem, file=sys.stderr)
        failed = failed or bool(problems)
        print(f"{script}: {'MISMATCH' if problems else 'ok'}, {compared} losses compared"
              f"{' and the samples' if steps is None else ''}")
    print(f"Python reference check: {'FAILED' if failed else 'every loss bit for bit'}"
          f" ({time.monotonic() - began:.0f} s)")
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
