package dev.microgpt.ladder;

import dev.microgpt.autograd.Value;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.inference.Architecture;
import dev.microgpt.random.PyRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5: Step 4's transformer, unchanged, trained with Adam instead of plain gradient descent.
 * Adam keeps, for every parameter, a running mean of its gradient (momentum) and of its square
 * (how large its gradients tend to be), and steps each parameter by their ratio. This is the
 * complete microgpt.
 */
public final class Step5Adam implements Rung {
    // region hyperparameters
    static final double LEARNING_RATE = 0.01;     // decays linearly to 0 over training
    static final double BETA1 = 0.85;             // how slowly the mean gradient m forgets
    static final double BETA2 = 0.99;             // how slowly the mean square v forgets
    static final double EPS_ADAM = 1e-8;          // keeps the step finite where v is 0
    // endregion

    private final Tokenizer tokenizer;            // characters ↔ token ids
    private final Step4Transformer model;         // the model of Step 4, weights and all
    // region adam-state
    private final Value[] params;                 // Step 4's 4,192 parameters, in order
    private final double[] m;                     // 4,192: running mean of each gradient
    private final double[] v;                     // 4,192: running mean of its square
    // endregion

    /** Step 4's model with the same initial weights, and Adam's state all zero. */
    public Step5Adam(Tokenizer tokenizer, PyRandom random) {
        this.tokenizer = tokenizer;
        this.model = new Step4Transformer(tokenizer, random);
        this.params = model.parameters();
        this.m = new double[params.length];
        this.v = new double[params.length];
    }

    // region adam
    /** One Adam update of every parameter, after backward(); {@code step} counts from 0. */
    public void update(int step) {
        double lrT = LEARNING_RATE * (1 - step / (double) Ladder.NUM_STEPS);
        for (int i = 0; i < params.length; i++) {
            Value p = params[i];
            m[i] = BETA1 * m[i] + (1 - BETA1) * p.grad;                // momentum
            v[i] = BETA2 * v[i] + (1 - BETA2) * Math.pow(p.grad, 2);   // typical size
            double mHat = m[i] / (1 - Math.pow(BETA1, step + 1));      // bias correction:
            double vHat = v[i] / (1 - Math.pow(BETA2, step + 1));      // m, v start at 0
            p.data -= lrT * mHat / (Math.pow(vHat, 0.5) + EPS_ADAM);
            p.grad = 0;
        }
    }
    // endregion

    // region training
    /** A training step of Step 4 with Adam's update in place of gradient descent. */
    @Override
    public double trainStep(List<String> docs, int step) {
        int[] tokens = tokenizer.encode(Ladder.doc(docs, step));
        Value loss = model.loss(tokens);              // Step 4's forward pass
        loss.backward();
        update(step);
        return loss.data;
    }
    // endregion

    /** The transformer being trained. */
    public Step4Transformer model() {
        return model;
    }

    /** Adam's running mean of parameter {@code index}'s gradient. */
    public double m(int index) {
        return m[index];
    }

    /** Adam's running mean of parameter {@code index}'s squared gradient. */
    public double v(int index) {
        return v[index];
    }

    @Override
    public String sample(PyRandom random) {
        return model.sample(random);
    }

    @Override
    public double evaluate(int[] tokens) {
        return model.evaluate(tokens);
    }

    @Override
    public double[][] nextTokenProbs(int[] tokens) {
        return model.nextTokenProbs(tokens);
    }

    @Override
    public Map<String, Number> hyperparameters() {
        Map<String, Number> hyper = new LinkedHashMap<>(model.hyperparameters());
        hyper.put("learningRate", LEARNING_RATE);     // Adam's, in place of Step 4's
        hyper.put("beta1", BETA1);
        hyper.put("beta2", BETA2);
        hyper.put("epsAdam", EPS_ADAM);
        return hyper;
    }

    @Override
    public Map<String, double[][]> weights() {
        return model.weights();
    }

    @Override
    public Architecture architecture() {
        Architecture step4 = model.architecture();
        return Architecture.transformer(step4.vocabSize(), step4.nEmbd(), step4.nHead(),
                step4.nLayer(), step4.nHidden(), step4.blockSize(), step4.rmsEps(),
                Architecture.Optimizer.ADAM, step4.temperature());
    }

    /** The mean number of computed values in one training step's graph, over the run's names. */
    public double nodesPerStep(List<String> docs) {
        return model.nodesPerStep(docs);
    }
}
