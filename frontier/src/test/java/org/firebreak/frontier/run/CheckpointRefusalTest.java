package org.firebreak.frontier.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.core.checkpoint.CheckpointException;
import org.firebreak.core.checkpoint.CheckpointFile;
import org.firebreak.core.terrain.Place;
import org.firebreak.core.terrain.SyntheticTerrain;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.core.terrain.TerrainCatalog;
import org.firebreak.core.testing.ExtendedTerrain;
import org.firebreak.frontier.agent.Agent;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.engine.FrontierModel;
import org.firebreak.frontier.engine.TestScenarios;
import org.firebreak.frontier.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint that is not one, is damaged, is of another format or belongs to another
 * terrain is refused with a message naming the file and the reason, before anything is
 * written; one that is whole holds the model exactly as it was.
 */
class CheckpointRefusalTest {
    private static final Scenario SCENARIO = TestScenarios.small(9, 4);

    @TempDir
    static Path tmp;
    private static Path good;

    @BeforeAll
    static void write() throws Exception {
        Path dir = tmp.resolve("run");
        FrontierRun.builder(SCENARIO, new SyntheticTerrain()).outputDirectory(dir).checkpointEvery(2).run();
        good = dir.resolve("checkpoint-0002h.fbc");
    }

    private static void assertRefused(Path checkpoint, TerrainCatalog terrains, String... reason) {
        Path out = tmp.resolve("out-" + checkpoint.getFileName());
        assertThatThrownBy(() -> FrontierRun.resume(checkpoint, terrains).outputDirectory(out).run())
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining(checkpoint.toString())
                .hasMessageContainingAll(reason);
        assertThat(out).doesNotExist();
    }

    private static Path altered(String name, java.util.function.UnaryOperator<byte[]> change) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, change.apply(Files.readAllBytes(good)));
        return p;
    }

    @Test
    void aTruncatedCheckpointIsRefused() throws Exception {
        assertRefused(altered("truncated.fbc", b -> java.util.Arrays.copyOf(b, b.length / 2)),
                TerrainCatalog.withBuiltIns(), "corrupt", "truncated");
        // cut inside the header too
        assertRefused(altered("stub.fbc", b -> java.util.Arrays.copyOf(b, 20)), TerrainCatalog.withBuiltIns(),
                "corrupt", "truncated");
    }

    @Test
    void flippedPayloadBytesAreRefused() throws Exception {
        assertRefused(altered("flipped.fbc", b -> {
            byte[] c = b.clone();
            for (int i = c.length / 2; i < c.length / 2 + 3; i++) {
                c[i] ^= (byte) 0x5a;
            }
            return c;
        }), TerrainCatalog.withBuiltIns(), "corrupt", "checksum mismatch");
    }

    @Test
    void aFileOfRandomBytesIsNotACheckpoint() throws Exception {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        Path p = tmp.resolve("noise.fbc");
        Files.write(p, noise);
        assertRefused(p, TerrainCatalog.withBuiltIns(), "not a Firebreak checkpoint");
    }

    @Test
    void anotherFormatIsRefusedNamingBothFormats() throws Exception {
        // the format is the int after the 8-byte signature
        Path p = altered("format.fbc", b -> {
            byte[] c = b.clone();
            ByteBuffer.wrap(c).putInt(8, CheckpointFile.FORMAT + 1);
            return c;
        });
        assertRefused(p, TerrainCatalog.withBuiltIns(), "format " + (CheckpointFile.FORMAT + 1),
                "reads format " + CheckpointFile.FORMAT);
    }

    @Test
    void anotherTerrainUnderTheSameNameIsRefused() {
        Terrain base = new SyntheticTerrain();
        // the same dataset id with one more town: its fingerprint differs
        Place town = base.places().stream().filter(p -> p.id().equals("east-town")).findFirst().orElseThrow();
        Terrain moved = new ExtendedTerrain(base, base.dataset(), List.of(), List.of(new Place("east-town-2",
                town.name() + " 2", town.x() + 100, town.y(), town.country(), town.population())));
        TerrainCatalog other = new TerrainCatalog().register(SyntheticTerrain.DATASET, "moved", () -> moved);
        assertRefused(good, other, "terrain 'synthetic'", "changed");
    }

    @Test
    void aClassOutsideTheAllowListIsNotDeserialised() throws Exception {
        // a whole, well-formed file whose state holds a JDK class no run has: refused by the filter
        Path p = tmp.resolve("foreign.fbc");
        org.firebreak.core.checkpoint.CheckpointHeader h = CheckpointFile.open(good).header();
        CheckpointFile.write(p, h, 0, out -> { }, new java.util.ArrayList<>(List.of(java.net.URI.create("http://a.b/"))),
                Map.of());
        assertThatThrownBy(() -> CheckpointFile.open(p).readState(Map.of(), List.of()))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContainingAll(p.toString(), "java.net.URI", "not on the list");
    }

    @Test
    void theModelIsReadBackAsItWasGeneratorsAndQueuesIncluded() throws Exception {
        // the same model run to the same step in this process, without checkpoints
        FrontierModel fresh = new FrontierModel(SCENARIO, new SyntheticTerrain(), DefaultBehaviours.registry());
        fresh.start();
        fresh.runSteps(120);
        Terrain terrain = new SyntheticTerrain();
        RunSnapshot s = (RunSnapshot) CheckpointFile.open(good).readState(
                Map.of(Checkpoints.TERRAIN, terrain, Checkpoints.REGISTRY, DefaultBehaviours.registry()), List.of());
        FrontierModel read = s.model();
        assertThat(read.steps()).isEqualTo(120);
        assertThat(read.terrain()).isSameAs(terrain);
        assertThat(read.schedule.getTime()).isEqualTo(fresh.schedule.getTime());
        assertThat(read.agents()).hasSameSizeAs(fresh.agents()).isNotEmpty();
        for (int i = 0; i < fresh.agents().size(); i++) {
            Agent a = fresh.agents().get(i);
            Agent b = read.agents().get(i);
            assertThat(List.of(b.id(), b.state(), b.x(), b.y(), b.group().id()))
                    .isEqualTo(List.of(a.id(), a.state(), a.x(), a.y(), a.group().id()));
        }
        read.queues().forEach((id, q) -> {
            assertThat(q.waiting()).as(id).isEqualTo(fresh.queues().get(id).waiting());
            assertThat(q.started()).as(id).isEqualTo(fresh.queues().get(id).started());
        });
        // MASON's generator continues where it was
        for (int i = 0; i < 5; i++) {
            assertThat(read.random.nextLong()).isEqualTo(fresh.random.nextLong());
        }
        assertThat(read.crossings()).isEqualTo(fresh.crossings());
        assertThat(read.detections()).isEqualTo(fresh.detections());
    }
}
