package dev.microgpt.widget;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.content.RunData;
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
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"tok-input-static\"><span class=\"label\">")
                .append(mode.equals("encode") ? "Name" : "Text").append("</span> <code>")
                .append(Html.escape(text)).append("</code></p>");
        html.append("<p class=\"tok-row\">");
        if (mode.equals("encode")) {
            for (char ch : text.toCharArray()) {
                if (vocab.id(ch) < 0) {
                    throw args.error("text", "'" + ch + "' is not in the vocabulary " + vocab.uchars());
                }
            }
            for (int id : vocab.encode(text)) {
                html.append(vocab.chip(id)).append(' ');
            }
        } else {
            TreeSet<Character> unique = new TreeSet<>();
            for (char ch : text.toCharArray()) {
                if (!Character.isWhitespace(ch)) {
                    unique.add(ch);
                }
            }
            int id = 0;
            for (char ch : unique) {
                html.append("<span class=\"tok\">").append(Html.escape(String.valueOf(ch))).append("<sub>")
                        .append(id++).append("</sub></span> ");
            }
        }
        html.append("</p>");
        return new Rendered(html.toString(), data);
    }
}
