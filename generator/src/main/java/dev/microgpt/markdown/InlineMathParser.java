package dev.microgpt.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code $…$}. As in Pandoc, the opening dollar must be followed by a non-space and the
 * closing one preceded by a non-space and not followed by a digit, so "costs $5 or $6" stays
 * text; a literal dollar is written {@code \$}.
 */
final class InlineMathParser implements InlineParserExtension {
    private static final Pattern MATH = Pattern.compile("\\$(?![\\s$])((?:\\\\.|[^$\\\\])+?)(?<![\\s\\\\])\\$(?!\\d)");

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
        BasedSequence[] groups = inlineParser.matchWithGroups(MATH);
        if (groups == null) {
            return false;
        }
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new InlineMath(groups[1]));
        return true;
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
