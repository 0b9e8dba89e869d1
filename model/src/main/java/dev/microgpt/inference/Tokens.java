package dev.microgpt.inference;

/** Checks on the token ids a forward pass is given. */
final class Tokens {
    private Tokens() {
    }

    /** The token, if the vocabulary has it. */
    static int check(int token, Architecture architecture) {
        if (token < 0 || token >= architecture.vocabSize()) {
            throw new IllegalArgumentException("no token " + token + " in a vocabulary of "
                    + architecture.vocabSize());
        }
        return token;
    }

    /** The sequence, if a transformer of this block size can read it. */
    static int[] checkLength(int[] tokens, Architecture architecture) {
        if (tokens.length > architecture.blockSize()) {
            throw new IllegalArgumentException(tokens.length + " tokens exceed the block size "
                    + architecture.blockSize());
        }
        return tokens;
    }
}
