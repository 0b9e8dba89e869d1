"""Step 5: Step 4's transformer, unchanged, trained with Adam instead of plain gradient descent.
Adam keeps, for every parameter, a running mean of its gradient (momentum) and of its square
(how large its gradients tend to be), and steps each parameter by their ratio. This is the
complete microgpt.

Run: python3 step5_adam.py PATH/TO/names.txt"""
from ladder import NUM_SAMPLES, NUM_STEPS, doc, report
from step4_transformer import docs, loss, params, sample, uchars   # Step 4's model, as it was
from tokenizer import encode

# region hyperparameters
LEARNING_RATE = 0.01     # decays linearly to 0 over training
BETA1 = 0.85             # how slowly the mean gradient m forgets
BETA2 = 0.99             # how slowly the mean square v forgets
EPS_ADAM = 1e-8          # keeps the step finite where v is 0
# endregion

# region adam-state
m = [0.0] * len(params)  # 4,192: running mean of each gradient
v = [0.0] * len(params)  # 4,192: running mean of its square
# endregion


# region adam
def update(step):
    """One Adam update of every parameter, after backward(); step counts from 0."""
    lr_t = LEARNING_RATE * (1 - step / NUM_STEPS)
    for i, p in enumerate(params):
        m[i] = BETA1 * m[i] + (1 - BETA1) * p.grad           # momentum
        v[i] = BETA2 * v[i] + (1 - BETA2) * p.grad ** 2      # typical size
        m_hat = m[i] / (1 - BETA1 ** (step + 1))             # bias correction:
        v_hat = v[i] / (1 - BETA2 ** (step + 1))             # m, v start at 0
        p.data -= lr_t * m_hat / (v_hat ** 0.5 + EPS_ADAM)
        p.grad = 0
# endregion


# region training
def train():
    """The training loop of Step 4 with Adam's update in place of gradient descent."""
    for step in range(NUM_STEPS):
        tokens = encode(doc(docs, step), uchars)
        step_loss = loss(tokens)                  # Step 4's forward pass
        step_loss.backward()
        update(step)
        report(step, step_loss.data)
# endregion


if __name__ == '__main__':
    print(f"num params: {len(params)}")
    train()
    print('--- inference ---')
    for i in range(NUM_SAMPLES):
        print(f"sample {i + 1:2d}: {sample()}")
