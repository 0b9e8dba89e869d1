package dev.microgpt.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A formula on its own lines: {@code $$ … $$}. */
public final class DisplayMath extends Block {
    private BasedSequence tex = BasedSequence.NULL;   // the TeX between the $$ markers
    private boolean terminated = true;                // false: no closing $$ was found

    public DisplayMath() {
    }

    /** The TeX between the markers. */
    public BasedSequence tex() {
        return tex;
    }

    void tex(BasedSequence tex) {
        this.tex = tex;
    }

    /** Whether the block had its closing {@code $$}. */
    public boolean terminated() {
        return terminated;
    }

    void terminated(boolean terminated) {
        this.terminated = terminated;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
