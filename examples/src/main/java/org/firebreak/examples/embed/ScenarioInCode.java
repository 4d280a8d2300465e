package org.firebreak.examples.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firebreak.core.param.Parameters;
import org.firebreak.core.terrain.Terrain;
import org.firebreak.frontier.agent.kind.AgentType;
import org.firebreak.frontier.behaviour.BehaviourRegistry;
import org.firebreak.frontier.behaviour.defaults.DefaultBehaviours;
import org.firebreak.frontier.behaviour.defaults.HoldPost;
import org.firebreak.frontier.behaviour.defaults.NearestOfficialCrossing;
import org.firebreak.frontier.behaviour.defaults.StraightLineRoute;
import org.firebreak.frontier.behaviour.defaults.ToblerWalk;
import org.firebreak.frontier.run.FrontierRun;
import org.firebreak.frontier.run.RunResult;
import org.firebreak.frontier.scenario.AgentSettings;
import org.firebreak.frontier.scenario.BehaviourChoice;
import org.firebreak.frontier.scenario.BehaviourSet;
import org.firebreak.frontier.scenario.CrossingCapacity;
import org.firebreak.frontier.scenario.GroupSize;
import org.firebreak.frontier.scenario.GuardDeployment;
import org.firebreak.frontier.scenario.Scenario;
import org.firebreak.frontier.scenario.ScenarioLoader;
import org.firebreak.frontier.scenario.SourceSpec;
import org.firebreak.frontier.scenario.TerrainSpec;
import org.firebreak.frontier.scenario.TimeSettings;
import org.firebreak.geo.FrontierDataset;

/**
 * A scenario built in code rather than read from a file: families leave Mehran over the first
 * hour for Badrah, through the Zurbatiyah crossing two screening lanes wide, held by a post of
 * four guards; eight simulated hours on the bundled frontier terrain. Illustrative numbers.
 *
 * <p>{@code java -cp examples/target/firebreak.jar org.firebreak.examples.embed.ScenarioInCode OUT}
 */
public final class ScenarioInCode {
    /** Screening lanes at the crossing. */
    public static final int LANES = 2;
    /** Mean screening time per person, seconds. */
    public static final double SERVICE_SECONDS = 120;
    /** Simulated hours. */
    public static final double HOURS = 8;

    private ScenarioInCode() {
    }

    /**
     * @param behaviours the registry the behaviour ids are resolved in
     * @return the scenario
     */
    public static Scenario scenario(BehaviourRegistry behaviours) {
        BehaviourSet families = new BehaviourSet(choice(behaviours, NearestOfficialCrossing.ID),
                choice(behaviours, StraightLineRoute.ID), choice(behaviours, ToblerWalk.ID));
        BehaviourSet post = new BehaviourSet(choice(behaviours, HoldPost.ID), choice(behaviours, StraightLineRoute.ID),
                choice(behaviours, ToblerWalk.ID));
        SourceSpec mehran = new SourceSpec("mehran-families", AgentType.REFUGEE, "mehran", 2_000, 0, 1, 300,
                new GroupSize(1, 8, 4.5), "badrah", families);
        GuardDeployment guards = new GuardDeployment("zurbatiyah-post", Optional.of("zurbatiyah"), Optional.empty(),
                4, 2, post);
        return new Scenario(ScenarioLoader.CURRENT_VERSION, "mehran-in-code", "built in code: families from Mehran",
                7, TerrainSpec.of("frontier"), new TimeSettings(60, HOURS), AgentSettings.defaults(),
                Map.of("zurbatiyah", new CrossingCapacity(LANES, SERVICE_SECONDS)), List.of(mehran), List.of(guards));
    }

    /** A behaviour by id with every parameter at its default. */
    private static BehaviourChoice choice(BehaviourRegistry behaviours, String id) {
        return new BehaviourChoice(id, Parameters.defaults(behaviours.find(id).orElseThrow().parameters()));
    }

    /**
     * @param args the output directory
     * @throws Exception if the outputs cannot be written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScenarioInCode OUTPUT_DIR");
            System.exit(2);
            return;
        }
        BehaviourRegistry behaviours = DefaultBehaviours.registry();
        Terrain terrain = FrontierDataset.load();
        RunResult result = FrontierRun.builder(scenario(behaviours), terrain).registry(behaviours)
                .outputDirectory(Path.of(args[0])).overwrite(true).run();
        System.out.println("crossed at zurbatiyah: " + result.model().crossings().get("zurbatiyah"));
        System.out.println("agents by type and state: " + result.model().counts());
    }
}
