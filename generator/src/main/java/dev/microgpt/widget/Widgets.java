package dev.microgpt.widget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every widget lessons may use, by name. */
public final class Widgets {
    private final Map<String, Widget> byName = new LinkedHashMap<>();

    private Widgets(List<Widget> widgets) {
        for (Widget widget : widgets) {
            byName.put(widget.name(), widget);
        }
    }

    /** The guide's widgets. */
    public static Widgets standard() {
        return new Widgets(List.of(new TokenizerWidget(), new CountTableWidget(), new PairStepperWidget(),
                new LossCurveWidget(), new SamplesWidget(), new NextTokenWidget(), new LinearWidget(),
                new SoftmaxWidget(), new MlpFlowWidget(), new WeightsWidget(), new SlopeWidget(), new GradientCheckWidget(), new ValueGraphWidget(), new EmbeddingWidget(), new KvCacheWidget(), new HeadsWidget(), new LadderWidget(), new TrainingReplayWidget(), new EmaWidget(), new ScrubberWidget(), new AttentionWidget(), new PlaygroundWidget(), new TrainerWidget(), new ArchitectureWidget(), new BackpropWidget()));
    }

    /** The widget of a name, if there is one. */
    public Optional<Widget> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names, in registration order. */
    public Set<String> names() {
        return byName.keySet();
    }
}
