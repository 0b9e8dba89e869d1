package dev.microgpt.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/** Reads a rendered page body back as a tree, keeping SVG's mixed-case names, and writes it unchanged. */
final class BodyHtml {
    private BodyHtml() {
    }

    /** The body inside a document whose {@code body()} holds it; output is compact and UTF-8. */
    static Document parse(String body) {
        Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
        Document doc = parser.parseInput("<!DOCTYPE html><html><head></head><body>" + body + "</body></html>", "");
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return doc;
    }
}
