package dev.microgpt.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.microgpt.rundata.DatasetData;
import dev.microgpt.rundata.LengthStats;
import dev.microgpt.rundata.RunDataJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunDataTest {
    private static final JsonMapper MAPPER = new JsonMapper();
    private static final DatasetData DATASET = new DatasetData("ab12", "names.txt", 3, 42,
            List.of("bo", "al", "cy"), List.of("bo", "al"), List.of("al", "bo", "cy"), "abcloy", 6, 7,
            new LengthStats(2, 2, 2.0, "al", "al", new int[] {0, 0, 3}), 9, 2, 1.9,
            List.of("al", "bo", "cy"));

    @Test
    void aPartReadsBackAsTheModelsRecord() throws Exception {
        RunData run = RunData.of(tree(RunDataJson.toJson(DATASET)));
        assertThat(run.dataset().uchars()).isEqualTo("abcloy");
        assertThat(run.dataset().lengths().counts()).containsExactly(0, 0, 3);
        assertThat(run.dataset()).isSameAs(run.dataset());                      // parsed once
    }

    @Test
    void aMissingFieldNamesTheFileAndThePathInsteadOfBecomingADefault() throws Exception {
        ObjectNode dataset = (ObjectNode) MAPPER.readTree(RunDataJson.toJson(DATASET));
        ((ObjectNode) dataset.get("lengths")).remove("min");
        RunData run = RunData.of(MAPPER.createObjectNode().set("dataset", dataset));
        assertThatThrownBy(run::dataset).isInstanceOf(SourceException.class)
                .hasMessage("rundata/dataset.json: malformed run data at [\"lengths\"][\"min\"]: missing field 'min'"
                        + " (rebuild it with the model's Export)");
    }

    @Test
    void aFieldOfTheWrongTypeOrAnUnknownFieldIsAnErrorToo() throws Exception {
        ObjectNode dataset = (ObjectNode) MAPPER.readTree(RunDataJson.toJson(DATASET));
        dataset.put("bos", "six");
        assertThatThrownBy(() -> RunData.of(MAPPER.createObjectNode().set("dataset", dataset)).dataset())
                .hasMessageStartingWith("rundata/dataset.json: malformed run data at [\"bos\"]: ");
        dataset.put("bos", 6).put("colour", "red");
        assertThatThrownBy(() -> RunData.of(MAPPER.createObjectNode().set("dataset", dataset)).dataset())
                .hasMessageContaining("colour");
    }

    @Test
    void aMissingPartSaysWhichFile() {
        RunData run = RunData.of(MAPPER.createObjectNode().set("dataset", MAPPER.createObjectNode()));
        assertThat(run.has(3)).isFalse();
        assertThatThrownBy(() -> run.rung(3)).isInstanceOf(SourceException.class)
                .hasMessage("rundata/step3.json: missing: the run data has no step3.json; run the model's Export");
    }

    private static ObjectNode tree(String datasetJson) throws Exception {
        return MAPPER.createObjectNode().set("dataset", MAPPER.readTree(datasetJson));
    }
}
