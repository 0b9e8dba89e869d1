package dev.microgpt.dataset;

import java.util.List;
import java.util.TreeSet;

/**
 * Turns a name into token ids and back: one id per distinct character, in sorted order, plus one
 * extra token, BOS, that marks where a name begins and ends.
 *
 * <p>For makemore's names the characters are the 26 letters, so {@code a} is 0, {@code z} is 25,
 * BOS is 26 and the vocabulary has 27 tokens.
 */
public final class Tokenizer {
    // region tokenizer
    private final String uchars;   // the unique characters of the dataset, sorted: id = position
    private final int bos;         // the id of BOS, the one token that is not a character

    /** Builds the vocabulary from every character that occurs in the documents. */
    public static Tokenizer fromDocs(List<String> docs) {
        TreeSet<Character> unique = new TreeSet<>();
        for (String doc : docs) {
            for (char ch : doc.toCharArray()) {
                unique.add(ch);
            }
        }
        StringBuilder uchars = new StringBuilder();
        for (char ch : unique) {
            uchars.append(ch);
        }
        return new Tokenizer(uchars.toString());
    }

    Tokenizer(String uchars) {
        this.uchars = uchars;
        this.bos = uchars.length();                 // BOS comes after the characters
    }

    /** The tokens of one name, wrapped in BOS on both sides: "ava" → [BOS, a, v, a, BOS]. */
    public int[] encode(String doc) {
        int[] tokens = new int[doc.length() + 2];
        tokens[0] = bos;
        for (int i = 0; i < doc.length(); i++) {
            tokens[i + 1] = id(doc.charAt(i));
        }
        tokens[tokens.length - 1] = bos;
        return tokens;
    }
    // endregion

    /** The id of one character. */
    public int id(char ch) {
        int id = uchars.indexOf(ch);
        if (id < 0) {
            throw new IllegalArgumentException(
                    "character '" + ch + "' is not in the vocabulary \"" + uchars + "\"");
        }
        return id;
    }

    /** The character of a token id; BOS has none. */
    public char character(int id) {
        if (id < 0 || id >= uchars.length()) {
            throw new IllegalArgumentException(
                    "token " + id + " is not a character (BOS is " + bos + ")");
        }
        return uchars.charAt(id);
    }

    /** A readable name for any token: its character, or "BOS". */
    public String label(int id) {
        return id == bos ? "BOS" : String.valueOf(character(id));
    }

    /** The id of the BOS token. */
    public int bos() {
        return bos;
    }

    /** How many tokens there are: the characters plus BOS. */
    public int vocabSize() {
        return uchars.length() + 1;
    }

    /** The characters in id order. */
    public String uchars() {
        return uchars;
    }
}
