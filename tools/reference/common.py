"""Shared pieces of the reference ladder: the dataset, the tokenizer and the scalar autograd.

These scripts are an independent Python implementation of the six rungs, written to produce the
expected values of the Java tests. They follow the order of operations stated in
shared/REFERENCE.md (CPython 3.11 float arithmetic, left-to-right sums, division as a power).
Run: python3 tools/reference/rungN.py PATH/TO/names.txt > out.json
"""
import json
import math
import random
import sys


def load_docs(path):
    """Reads the names, seeds Python's generator with 42 and shuffles them, as every rung does."""
    random.seed(42)
    with open(path) as f:
        docs = [line.strip() for line in f.read().strip().split('\n') if line.strip()]
    random.shuffle(docs)
    uchars = sorted(set(''.join(docs)))
    return docs, uchars


def tokenize(doc, uchars):
    bos = len(uchars)
    return [bos] + [uchars.index(ch) for ch in doc] + [bos]


class Value:
    """micrograd's scalar: data, grad, children and the local gradient towards each child."""
    __slots__ = ('data', 'grad', '_children', '_local_grads')

    def __init__(self, data, children=(), local_grads=()):
        self.data = data
        self.grad = 0
        self._children = children
        self._local_grads = local_grads

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1, 1))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def __pow__(self, other):
        return Value(self.data ** other, (self,), (other * self.data ** (other - 1),))

    def log(self):
        return Value(math.log(self.data), (self,), (1 / self.data,))

    def exp(self):
        return Value(math.exp(self.data), (self,), (math.exp(self.data),))

    def relu(self):
        return Value(max(0, self.data), (self,), (float(self.data > 0),))

    def __neg__(self):
        return self * -1

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other ** -1

    def __rtruediv__(self, other):
        return other * self ** -1

    def backward(self):
        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._children:
                    build_topo(child)
                topo.append(v)

        build_topo(self)
        self.grad = 1
        for v in reversed(topo):
            for child, local_grad in zip(v._children, v._local_grads):
                child.grad += local_grad * v.grad


def fmt4(x):
    return f"{x:.4f}"


def emit(result):
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write('\n')
