package dev.microgpt.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Finds display math: a line that starts with {@code $$}, up to the line that ends with
 * {@code $$} (the same line, for a one-line formula). An unclosed block runs to the end of its
 * container, and the renderer reports it.
 */
final class DisplayMathParser extends AbstractBlockParser {
    private final DisplayMath block = new DisplayMath();
    private BlockContent content = new BlockContent();
    private boolean closed;                                  // the closing $$ has been seen

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        BasedSequence trimmed = line.trim();
        boolean first = content.getLineCount() == 0;
        content.add(line, state.getIndent());
        if (trimmed.endsWith("$$") && (!first || trimmed.length() >= 4)) {
            closed = true;
        }
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        block.setCharsFromContent();
        BasedSequence all = content.getSpanningChars().trim();
        BasedSequence tex = all.subSequence(2);                        // after the opening $$
        block.terminated(closed);
        if (closed) {
            tex = tex.subSequence(0, tex.length() - 2);                // before the closing $$
        }
        block.tex(tex);
        content = null;
    }

    /** Registers the parser. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
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

    /** Starts a block at a line beginning with $$. */
    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex());
            if (!rest.startsWith("$$")) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathParser()).atIndex(state.getNextNonSpaceIndex());
        }
    }
}
