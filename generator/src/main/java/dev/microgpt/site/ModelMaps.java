package dev.microgpt.site;

import dev.microgpt.content.Course;
import dev.microgpt.content.FrontMatter;
import dev.microgpt.content.Page;
import dev.microgpt.content.Problems;
import dev.microgpt.content.RunData;
import dev.microgpt.content.SourcePosition;
import dev.microgpt.inference.Architecture;
import dev.microgpt.page.ModelMapView;
import java.util.ArrayList;
import java.util.List;

/**
 * Which lessons show the model map, and what it marks. A lesson of a step whose model attends
 * (the run's architecture says so, not the step number) names in {@code blocks:} the parts of the
 * model it is about; a missing, unknown or misplaced name is an error at its line.
 */
final class ModelMaps {
    private final RunData run;

    ModelMaps(Course course, RunData run, Problems problems) {
        this.run = run;
        for (Page page : course.pages()) {
            check(page, problems);
        }
    }

    /** The map for a page, or null for a page without one. */
    ModelMapView of(Page page) {
        Architecture a = transformer(page);
        if (a == null) {
            return null;
        }
        List<String> current = new ArrayList<>();
        for (FrontMatter.Block block : page.frontMatter().blocks()) {
            if (ModelMapView.BLOCKS.contains(block.name())) {   // the rest were reported
                current.add(block.name());
            }
        }
        return ModelMapView.of("model-map", Views.rung(page), a, current);
    }

    private void check(Page page, Problems problems) {
        FrontMatter fm = page.frontMatter();
        boolean mapped = transformer(page) != null;
        if (mapped && fm.blocks().isEmpty()) {
            problems.add(SourcePosition.line(page.source(), 1), "front matter: a lesson of Step "
                    + page.section() + " names the parts of the model it is about for its model map:"
                    + " add 'blocks: [...]' with some of " + String.join(", ", ModelMapView.BLOCKS));
        }
        if (!mapped && !fm.blocks().isEmpty()) {
            problems.add(SourcePosition.line(page.source(), fm.line().blocks()), "front matter: 'blocks'"
                    + " marks the model map, which only lessons of a step with attention show");
        }
        for (FrontMatter.Block block : fm.blocks()) {
            if (!ModelMapView.BLOCKS.contains(block.name())) {
                problems.add(SourcePosition.line(page.source(), block.line()), "front matter: '"
                        + block.name() + "' is not a block of the model map; known blocks: "
                        + String.join(", ", ModelMapView.BLOCKS));
            }
        }
    }

    /** The architecture of the lesson's step when its model is a transformer, else null. */
    private Architecture transformer(Page page) {
        int rung = Views.rung(page);
        if (page.kind() != Page.Kind.LESSON || rung < 1 || !run.has(rung)) {
            return null;
        }
        Architecture a = run.rung(rung).architecture();
        return a.attention() ? a : null;
    }
}
