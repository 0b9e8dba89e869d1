package dev.microgpt.widget;

import dev.microgpt.content.RunData;
import dev.microgpt.inference.Architecture;
import dev.microgpt.page.ModelMapView;
import java.util.List;
import java.util.Set;

/**
 * {@code architecture}: a rung's model drawn from the run's own description of it, block by
 * block with the sizes of its matrices, and how it learns. Static: the same blocks as the map at
 * the top of the lessons of Steps 3–5, none marked.
 * <pre>
 * rung: 3              the rung drawn (0–5)
 * </pre>
 */
final class ArchitectureWidget implements Widget {
    @Override
    public String name() {
        return "architecture";
    }

    @Override
    public Set<String> keys() {
        return Set.of("rung");
    }

    @Override
    public Rendered render(Args args, RunData run) {
        int rung = args.integer("rung", -1);
        if (rung < 0 || rung > 5 || !run.has(rung)) {
            throw args.error("rung", "rung must be a rung of the run, 0 to 5, was " + rung);
        }
        Architecture a = rung == 0 ? run.counting().architecture() : run.rung(rung).architecture();
        ModelMapView map = ModelMapView.of(Rendered.FIGURE_ID + "-map", rung, a, List.of());
        return new Rendered(Figures.render("architecture", map), null);
    }
}
