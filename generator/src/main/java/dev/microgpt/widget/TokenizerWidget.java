package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code tokenizer}: type a name and see its tokens as chips with their ids, BOS at both ends;
 * or, with {@code mode: vocab}, type any text and see its distinct characters, sorted.
 */
final class TokenizerWidget implements Widget {
    @Override
    public String name() {
        return "tokenizer";
    }

    @Override
    public Set<String> keys() {
        return Set.of("text", "mode");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        Vocab vocab = Vocab.of(run);
        String mode = args.text("mode", "encode");
        if (!mode.equals("encode") && !mode.equals("vocab")) {
            throw args.error("mode", "mode must be encode or vocab, was \"" + mode + "\"");
        }
        String text = args.text("text", mode.equals("encode") ? "ava" : "emma olivia ava");
        ObjectNode data = Json.object();
        data.put("uchars", vocab.uchars());
        data.put("bos", vocab.bos());
        data.put("mode", mode);
        data.put("text", text);
        List<Token> tokens = new ArrayList<>();
        if (mode.equals("encode")) {
            for (char ch : text.toCharArray()) {
                if (vocab.id(ch) < 0) {
                    throw args.error("text", "'" + ch + "' is not in the vocabulary " + vocab.uchars());
                }
            }
            for (int id : vocab.encode(text)) {
                tokens.add(vocab.token(id));
            }
        } else {
            TreeSet<Character> unique = new TreeSet<>();
            for (char ch : text.toCharArray()) {
                if (!Character.isWhitespace(ch)) {
                    unique.add(ch);
                }
            }
            for (char ch : unique) {
                tokens.add(new Token(String.valueOf(ch), tokens.size(), false));  // ids of the text's own vocabulary
            }
        }
        return new Rendered(Figures.render("tokenizer", new Figure(mode.equals("encode"), text, tokens)), data);
    }

    /**
     * The text and its tokens.
     *
     * @param encode whether the text is a name cut into tokens (else: any text's distinct characters)
     * @param text the text typed
     * @param tokens its tokens, or its distinct characters numbered in sorted order
     */
    public record Figure(boolean encode, String text, List<Token> tokens) {
    }
}
