package dev.microgpt.rundata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.microgpt.dataset.NamesFile;
import dev.microgpt.dataset.Tokenizer;
import dev.microgpt.ladder.Check;
import dev.microgpt.ladder.Ladder;
import dev.microgpt.random.PyRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts about the names file and the tokenizer, for lessons 0.1 and 0.2.
 *
 * @param sha256 digest of names.txt
 * @param source where the file is downloaded from
 * @param names number of names
 * @param seed the seed of every rung's generator
 * @param shuffledFirst the first names after the shuffle, in training order
 * @param trainingNames the name each training step learns from, step 1 first
 * @param fileFirst the first names in file order
 * @param uchars the characters of the vocabulary, in id order
 * @param bos the id of BOS
 * @param vocabSize characters plus BOS
 * @param lengths how long the names are
 * @param pairs number of (token, next token) pairs in the whole file, BOS included
 * @param steps training steps every rung takes, one name each
 * @param baseline ln(vocabSize): the loss of a model that guesses uniformly
 * @param fileOrder every name in file order: what another seed shuffles (the in-page trainer)
 */
@JsonPropertyOrder({"sha256", "source", "names", "seed", "shuffledFirst", "trainingNames",
        "fileFirst", "uchars",
        "bos", "vocabSize", "lengths", "pairs", "steps", "baseline", "fileOrder"})
public record DatasetData(String sha256, String source, int names, int seed,
        List<String> shuffledFirst, List<String> trainingNames, List<String> fileFirst, String uchars, int bos, int vocabSize,
        LengthStats lengths, long pairs, int steps, double baseline, List<String> fileOrder) {

    /** How many names to list at the start of the shuffled and unshuffled orders. */
    static final int FIRST = 20;

    public DatasetData {
        Check.finite("baseline", baseline);
        Check.that(names > 0, "names must be > 0, was %d", names);
        shuffledFirst = List.copyOf(shuffledFirst);
        trainingNames = List.copyOf(trainingNames);
        fileFirst = List.copyOf(fileFirst);
        fileOrder = List.copyOf(fileOrder);
    }

    /** Measures the file as the ladder sees it. */
    static DatasetData of(List<String> names) {
        List<String> docs = Ladder.shuffled(names, new PyRandom(Ladder.SEED));
        Tokenizer tokenizer = Tokenizer.fromDocs(docs);
        long pairs = 0;
        for (String name : names) {
            pairs += name.length() + 1;                       // BOS→first … last→BOS
        }
        return new DatasetData(NamesFile.SHA256, NamesFile.SOURCE.toString(), names.size(),
                Ladder.SEED, new ArrayList<>(docs.subList(0, FIRST)), trainingNames(docs),
                new ArrayList<>(names.subList(0, FIRST)), tokenizer.uchars(), tokenizer.bos(),
                tokenizer.vocabSize(), LengthStats.of(names), pairs, Ladder.NUM_STEPS,
                Math.log(tokenizer.vocabSize()), names);
    }

    /** The names the training loop of every rung visits, in its order. */
    private static List<String> trainingNames(List<String> docs) {
        List<String> names = new ArrayList<>(Ladder.NUM_STEPS);
        for (int step = 0; step < Ladder.NUM_STEPS; step++) {
            names.add(Ladder.doc(docs, step));
        }
        return names;
    }
}
