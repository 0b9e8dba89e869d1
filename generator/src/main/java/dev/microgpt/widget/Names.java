package dev.microgpt.widget;

/** Checking a {@code name} key: letters of the vocabulary only, as many as a transformer reads. */
final class Names {
    private Names() {
    }

    /** The name, or a {@code file:line} error. */
    static String checked(Args args, String key, String otherwise, Vocab vocab) {
        String name = args.text(key, otherwise);
        if (name.isEmpty()) {
            throw args.error(key, key + " must hold at least one letter");
        }
        for (char ch : name.toCharArray()) {
            if (vocab.id(ch) < 0) {
                throw args.error(key, "'" + ch + "' is not in the vocabulary " + vocab.uchars());
            }
        }
        if (name.length() > Inference.BLOCK - 1) {
            throw args.error(key, key + " holds at most " + (Inference.BLOCK - 1) + " letters, was " + name.length());
        }
        return name;
    }
}
