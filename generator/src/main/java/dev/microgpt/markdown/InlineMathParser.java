package dev.microgpt.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Finds {@code $…$}. As in Pandoc, the opening dollar must be followed by a non-space and the
 * closing one preceded by a non-space and not followed by a digit, so "costs $5 or $6" stays
 * text; a literal dollar is written {@code \$}. A formula holds no unescaped dollar: the first
 * dollar after the opening one closes it or, if it cannot, the text is no formula.
 *
 * <p>A loop, not a regular expression: Java's regex engine recurses once per character of a
 * repeated group, and a long paragraph after "costs about $5" overflowed the stack.
 */
final class InlineMathParser implements InlineParserExtension {

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // nothing is kept across blocks
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // nothing is kept across blocks
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        if (inlineParser.peek(1) == '$') {
            return false;                                    // $$ belongs to display math
        }
        BasedSequence input = inlineParser.getInput();
        int open = inlineParser.getIndex();
        int close = closing(input, open);
        if (close < 0) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new InlineMath(input.subSequence(open + 1, close)));
        inlineParser.setIndex(close + 1);
        return true;
    }

    /** The index of the dollar closing the formula opened at {@code open}, or −1 if there is none. */
    static int closing(CharSequence text, int open) {
        int i = open + 1;
        if (i >= text.length() || space(text.charAt(i)) || text.charAt(i) == '$') {
            return -1;
        }
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                if (i + 1 >= text.length() || text.charAt(i + 1) == '\n') {
                    return -1;                               // an escape needs a character on its line
                }
                i += 2;
            } else if (ch == '$') {
                char before = text.charAt(i - 1);
                boolean digitAfter = i + 1 < text.length() && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9';
                return i > open + 1 && !space(before) && before != '\\' && !digitAfter ? i : -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean space(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }

    /** Registers the parser for the {@code $} character. */
    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new InlineMathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
