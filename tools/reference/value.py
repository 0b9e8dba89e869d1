"""A number that remembers how it was computed, so gradients can flow back through it: the
scalar autograd of micrograd and microgpt.py, used by Steps 2-5."""
import math


class Value:
    # region value
    __slots__ = (
        'data',           # the number itself, set by the forward pass
        'grad',           # d(loss)/d(this), filled in by backward()
        '_children',      # the values this one was computed from
        '_local_grads',   # d(this)/d(child) for each child, known at forward time
    )
    # endregion

    # region constructors
    def __init__(self, data, children=(), local_grads=()):
        self.data = data
        self.grad = 0
        self._children = children          # none for a leaf: a weight, an input
        self._local_grads = local_grads    # every operation passes its operands' here
    # endregion

    # region add-mul
    def __add__(self, other):              # d/d(self) = 1, d/d(other) = 1
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1, 1))

    def __mul__(self, other):              # each factor's local gradient is the other factor
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))
    # endregion

    # region more-ops
    def __pow__(self, k):                  # d/d(self) = k·self^(k−1), k a plain number
        return Value(self.data ** k, (self,), (k * self.data ** (k - 1),))

    def log(self):                         # d/d(self) = 1/self
        return Value(math.log(self.data), (self,), (1 / self.data,))

    def exp(self):                         # its derivative is itself
        return Value(math.exp(self.data), (self,), (math.exp(self.data),))

    def relu(self):                        # the gradient passes where the input was positive
        return Value(max(0, self.data), (self,), (float(self.data > 0),))

    def __neg__(self): return self * -1
    def __radd__(self, other): return self + other
    def __sub__(self, other): return self + (-other)
    def __rsub__(self, other): return other + (-self)
    def __rmul__(self, other): return self * other
    def __truediv__(self, other): return self * other ** -1
    def __rtruediv__(self, other): return other * self ** -1
    # endregion

    # region backward
    def backward(self):
        """Fills in grad for every value this one depends on; call it on the loss."""
        topo = []
        visited = set()

        def build_topo(v):                 # depth first, each value after its children
            if v not in visited:
                visited.add(v)
                for child in v._children:
                    build_topo(child)
                topo.append(v)

        build_topo(self)
        self.grad = 1                      # d(loss)/d(loss)
        for v in reversed(topo):
            for child, local_grad in zip(v._children, v._local_grads):
                child.grad += local_grad * v.grad   # the chain rule, once per use
    # endregion
