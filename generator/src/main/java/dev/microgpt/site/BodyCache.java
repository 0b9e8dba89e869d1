package dev.microgpt.site;

import dev.microgpt.content.Course;
import dev.microgpt.content.Page;
import dev.microgpt.markdown.LinkLedger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rendered page bodies kept between builds of one preview session, so that an edit re-renders
 * only the pages whose source changed. A body is reused only while the page's file (front matter
 * and Markdown), the list of pages and their file names are the same; bodies that had problems
 * are never kept. The owner clears it when the run data or the model's sources change, since
 * every page may quote them.
 */
public final class BodyCache {
    private final Map<Page, Entry> bodies = new HashMap<>();
    private List<String> world = List.of();   // every page's id and output: what links resolve against
    private int hits;                         // bodies reused by the last build
    private int misses;                       // bodies rendered by the last build

    /** A body and what rendering it recorded for the link checks. */
    record Entry(String body, List<LinkLedger.Anchor> anchors, List<LinkLedger.TermUse> terms) {
    }

    /** Forgets every body: the next build renders all pages. */
    public synchronized void clear() {
        bodies.clear();
        world = List.of();
    }

    /** How many pages the last build took from the cache and how many it rendered. */
    public synchronized String lastBuild() {
        return misses + " rendered, " + hits + " reused";
    }

    /** Starts a build of {@code course}: drops everything if pages were added, removed or moved. */
    synchronized void start(Course course) {
        List<String> now = course.pages().stream().map(p -> p.id() + " " + p.output()).toList();
        if (!now.equals(world)) {
            bodies.clear();
            world = now;
        }
        hits = 0;
        misses = 0;
    }

    synchronized Entry get(Page page) {
        Entry entry = bodies.get(page);
        if (entry == null) {
            misses++;
        } else {
            hits++;
        }
        return entry;
    }

    synchronized void put(Page page, Entry entry) {
        bodies.keySet().removeIf(p -> p.source().equals(page.source()));   // the page's older versions
        bodies.put(page, entry);
    }
}
