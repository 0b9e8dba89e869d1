package glibc;

import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.ladder.Rung;
import dev.microgpt.ladder.Step1GradientDescent;
import dev.microgpt.ladder.Step2Autograd;
import dev.microgpt.ladder.Step3Attention;
import dev.microgpt.ladder.Step4Transformer;
import dev.microgpt.ladder.Step5Adam;
import dev.microgpt.random.PyRandom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains each rung with the model's own code, its Math calls rewritten to the C library's, and
 * counts how many of the 1000 losses equal the reference's bit for bit.
 * Usage: GlibcCheck REFERENCE_DIR (holding rung1.json … rung5.json).
 */
public final class GlibcCheck {
    public static void main(String[] args) throws Exception {
        List<String> names = NamesFile.load();
        boolean allExact = true;
        for (int rung = 1; rung <= 5; rung++) {
            PyRandom random = new PyRandom(Ladder.SEED);
            List<String> docs = Ladder.shuffled(names, random);
            Tokenizer tokenizer = Tokenizer.fromDocs(docs);
            Rung model = switch (rung) {
                case 1 -> new Step1GradientDescent(tokenizer, random);
                case 2 -> new Step2Autograd(tokenizer, random);
                case 3 -> new Step3Attention(tokenizer, random);
                case 4 -> new Step4Transformer(tokenizer, random);
                default -> new Step5Adam(tokenizer, random);
            };
            double[] losses = new double[Ladder.NUM_STEPS];
            model.train(docs, (step, loss) -> losses[step - 1] = loss);
            List<String> samples = new ArrayList<>();
            for (int i = 0; i < Ladder.NUM_SAMPLES; i++) {
                samples.add(model.sample(random));
            }
            String json = Files.readString(Path.of(args[0], "rung" + rung + ".json"));
            List<String> expected = strings(json, "losses");
            int exact = 0;
            for (int s = 0; s < losses.length; s++) {
                if (Double.parseDouble(expected.get(s)) == losses[s]) {
                    exact++;
                }
            }
            boolean sameSamples = samples.equals(strings(json, "samples"));
            allExact &= exact == losses.length && sameSamples;
            System.out.printf("rung %d: %d of %d losses bit-identical, samples %s%n", rung, exact,
                    losses.length, sameSamples ? "identical" : "DIFFER");
        }
        System.exit(allExact ? 0 : 1);
    }

    /** The strings of a flat JSON array field, enough for the reference files. */
    private static List<String> strings(String json, String field) {
        int start = json.indexOf('[', json.indexOf("\"" + field + "\""));
        String body = json.substring(start + 1, json.indexOf(']', start));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
