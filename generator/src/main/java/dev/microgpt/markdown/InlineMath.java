package dev.microgpt.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A formula within a line: {@code $…$}. Its chars are the TeX, between the dollars. */
public final class InlineMath extends Node {
    public InlineMath(BasedSequence tex) {
        super(tex);
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
