package dev.microgpt.rundata;

import dev.microgpt.autograd.Value;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.ladder.Step3Attention;
import dev.microgpt.ladder.Step4Transformer;
import dev.microgpt.ladder.Step5Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs Steps 3, 4 and 5 as the reference does and keeps what their lessons show. */
final class TransformerExport {
    /** Names whose attention is traced; "yuheng" is the first name of the shuffle. */
    static final List<String> ATTENTION_NAMES = List.of("emma", "ava", "yuheng");
    /** The parameter whose Adam state is kept: it gets a gradient at every step. */
    static final String ADAM_MATRIX = "lm_head";
    static final int ADAM_ROW = 0;
    static final int ADAM_COL = 0;
    /** The name of the browser's inference check. */
    static final String INFERENCE_NAME = "emma";

    private TransformerExport() {
    }

    static Step3Data step3(List<String> names, Consumer<TrainedRung> trained) {
        RungRun<Step3Attention> run = RungRun.of(names, Step3Attention::new);
        trained.accept(run.trained());
        return new Step3Data(3, "Attention", run.parameters(), run.model.hyperparameters(),
                run.model.architecture(), run.shapes, run.training(),
                run.samples, run.untrainedSamples, run.finalWeights(), run.snapshots, run.examples,
                run.model.nodesPerStep(run.docs), attention(run));
    }

    static Step4Data step4(List<String> names, Consumer<TrainedRung> trained) {
        RungRun<Step4Transformer> run = RungRun.of(names, Step4Transformer::new);
        trained.accept(run.trained());
        return new Step4Data(4, "Transformer", run.parameters(), run.model.hyperparameters(),
                run.model.architecture(), run.shapes, run.training(),
                run.samples, run.untrainedSamples, run.finalWeights(), run.snapshots, run.examples,
                run.model.nodesPerStep(run.docs), attention(run));
    }

    static Step5Data step5(List<String> names) {
        double[] grad = new double[Ladder.NUM_STEPS];
        double[] m = new double[Ladder.NUM_STEPS];
        double[] v = new double[Ladder.NUM_STEPS];
        double[] update = new double[Ladder.NUM_STEPS];
        RungRun<Step5Adam> run = RungRun.of(names, Step5Adam::new, (adam, docs, recorder) -> {
            // Step5Adam.train()'s loop, step for step, reading the watched parameter's gradient
            // before update() clears it; the tests hold its losses to the reference's
            Tokenizer tokenizer = Tokenizer.fromDocs(docs);
            int index = indexOf(adam, ADAM_MATRIX, ADAM_ROW, ADAM_COL);
            Value p = adam.model().parameters()[index];
            for (int step = 0; step < Ladder.NUM_STEPS; step++) {
                int[] tokens = tokenizer.encode(Ladder.doc(docs, step));
                Value loss = adam.model().loss(tokens);
                loss.backward();
                grad[step] = p.grad;
                double before = p.data;
                adam.update(step);
                update[step] = before - p.data;
                m[step] = adam.m(index);
                v[step] = adam.v(index);
                recorder.step(step + 1, loss.data);
            }
        });
        String param = ADAM_MATRIX + "[" + ADAM_ROW + "][" + ADAM_COL + "]";
        int[] tokens = run.tokenizer.encode(INFERENCE_NAME);
        Step5Data.InferenceCheck inference = new Step5Data.InferenceCheck(INFERENCE_NAME, tokens,
                run.model.nextTokenProbs(tokens));
        return new Step5Data(5, "Adam", run.parameters(), run.model.hyperparameters(),
                run.model.architecture(), run.shapes, run.training(), run.samples,
                run.untrainedSamples, run.finalWeights(), run.snapshots, run.examples,
                run.model.nodesPerStep(run.docs), attention(run),
                new Step5Data.AdamTrace(param, grad, m, v, update), inference);
    }

    static List<AttentionTrace> attention(RungRun<?> run) {
        List<AttentionTrace> traces = new ArrayList<>();
        for (String name : ATTENTION_NAMES) {
            traces.add(AttentionTrace.of(run.model, run.tokenizer, name));
        }
        return traces;
    }

    private static int indexOf(Step5Adam adam, String matrix, int row, int col) {
        int index = 0;
        for (var entry : adam.weights().entrySet()) {
            double[][] w = entry.getValue();
            if (entry.getKey().equals(matrix)) {
                return index + row * w[0].length + col;
            }
            index += w.length * w[0].length;
        }
        throw new IllegalArgumentException("no matrix " + matrix);
    }
}
