package dev.microgpt.widget;

import dev.microgpt.content.RunData;
import dev.microgpt.rundata.DatasetData;

/** The tokenizer as the run data describes it: characters in id order, then BOS. */
public final class Vocab {
    private final String uchars;   // the characters, id = position
    private final int bos;         // the id of BOS

    Vocab(String uchars, int bos) {
        this.uchars = uchars;
        this.bos = bos;
    }

    /** The vocabulary of a run. */
    public static Vocab of(RunData run) {
        DatasetData dataset = run.dataset();
        return new Vocab(dataset.uchars(), dataset.bos());
    }

    /** The number of tokens. */
    public int size() {
        return uchars.length() + 1;
    }

    /** The id of BOS. */
    public int bos() {
        return bos;
    }

    /** The characters in id order. */
    public String uchars() {
        return uchars;
    }

    /** The token's label: its character, or BOS. */
    public String label(int id) {
        return id == bos ? "BOS" : String.valueOf(uchars.charAt(id));
    }

    /** The id of a character, or −1 if it is not in the vocabulary. */
    public int id(char ch) {
        return uchars.indexOf(ch);
    }

    /** A name as token ids, wrapped in BOS; characters outside the vocabulary are refused. */
    public int[] encode(String name) {
        int[] tokens = new int[name.length() + 2];
        tokens[0] = bos;
        for (int i = 0; i < name.length(); i++) {
            int id = id(name.charAt(i));
            if (id < 0) {
                throw new IllegalArgumentException("'" + name.charAt(i) + "' is not in the vocabulary " + uchars);
            }
            tokens[i + 1] = id;
        }
        tokens[tokens.length - 1] = bos;
        return tokens;
    }

    /** A token as figures print it (a chip, a table header). */
    public Token token(int id) {
        return new Token(label(id), id, id == bos);
    }
}
