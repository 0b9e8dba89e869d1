package dev.microgpt.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a printed PDF with the boxes they occupy, page by page, to find text printed over
 * other text: the sign of a layout that broke across sheets.
 */
final class PrintedWords {
    /** The share of the smaller box two words must cover of each other to count as printed over. */
    private static final double OVERLAP = 0.3;

    private PrintedWords() {
    }

    /** A word and its box on the page, in points from the top left. */
    record Word(String text, double left, double top, double right, double bottom) {
        double area() {
            return (right - left) * (bottom - top);
        }
    }

    /** Two words printed over each other, on a page counted from 1. */
    record Collision(int page, Word first, Word second) {
        @Override
        public String toString() {
            return "page " + page + ": '" + first.text() + "' over '" + second.text() + "'";
        }
    }

    /** The number of pages of a PDF. */
    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /**
     * Every pair of different words, two letters or more, whose boxes overlap. Formulas are left
     * out (KaTeX stacks glyphs by design), and so are single characters and a word drawn twice
     * in the same place (a chart label over its own halo).
     */
    static List<Collision> collisions(byte[] pdf) throws IOException {
        List<Collision> collisions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Word> words = words(document, page);
                words.sort((a, b) -> Double.compare(a.top(), b.top()));
                for (int i = 0; i < words.size(); i++) {
                    Word a = words.get(i);
                    for (int j = i + 1; j < words.size() && words.get(j).top() < a.bottom(); j++) {
                        Word b = words.get(j);
                        if (overlap(a, b) && !(a.text().equals(b.text()) && overlap(b, a))) {
                            collisions.add(new Collision(page, a, b));
                        }
                    }
                }
            }
        }
        return collisions;
    }

    private static boolean overlap(Word a, Word b) {
        double width = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double height = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return width > 1 && height > 1 && width * height > OVERLAP * Math.min(a.area(), b.area());
    }

    /**
     * The page's words. The stripper hands over runs of glyphs in one font, spaces included
     * (Chromium prints spaces as glyphs), so a run is split at its spaces into words.
     */
    private static List<Word> words(PDDocument document, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition glyph : glyphs) {
                    if (glyph.getUnicode().isBlank() || isMath(glyph)) {
                        add(words, word);
                        word = new ArrayList<>();
                    } else {
                        word.add(glyph);
                    }
                }
                add(words, word);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return words;
    }

    /**
     * A glyph of a formula, which KaTeX stacks on purpose (sub- and superscripts, fractions). The
     * site sets its text in sans-serif and its code in monospace; a serif face is a formula's:
     * KaTeX's own, or the serif it falls back to when its fonts have not loaded.
     */
    private static boolean isMath(TextPosition glyph) {
        String font = glyph.getFont() == null || glyph.getFont().getName() == null ? ""
                : glyph.getFont().getName();
        return font.contains("KaTeX") || font.contains("Serif") && !font.contains("Sans");
    }

    private static void add(List<Word> words, List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(glyph -> text.append(glyph.getUnicode()));
        if (text.length() >= 2) {
            words.add(box(text.toString(), glyphs));
        }
    }

    private static Word box(String text, List<TextPosition> glyphs) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (TextPosition glyph : glyphs) {
            left = Math.min(left, glyph.getXDirAdj());
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
            bottom = Math.max(bottom, glyph.getYDirAdj());
        }
        return new Word(text, left, top, right, bottom);
    }
}
