package org.firebreak.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    @Test
    void aGridCrossesEveryValueWithTheFirstParameterSlowest() {
        SweepPlan plan = new SweepPlan(1, 2, List.of(SweepParameter.parse("a=1,2"), SweepParameter.parse("b=x,y,z")), 0);
        List<Map<String, String>> points = plan.points();
        assertThat(points).hasSize(6);
        assertThat(points.get(0)).containsExactly(Map.entry("a", "1"), Map.entry("b", "x"));
        assertThat(points.get(2)).containsExactly(Map.entry("a", "1"), Map.entry("b", "z"));
        assertThat(points.get(3)).containsExactly(Map.entry("a", "2"), Map.entry("b", "x"));
        List<SweepRun> runs = plan.runs();
        assertThat(runs).hasSize(12);
        assertThat(runs.get(7).point()).isEqualTo(3);
        assertThat(runs.get(7).replicate()).isEqualTo(1);
    }

    @Test
    void aRunsSeedDependsOnTheBaseSeedAndItsIndexOnly() {
        SweepPlan small = new SweepPlan(99, 3, List.of(), 0);
        SweepPlan large = new SweepPlan(99, 1, List.of(SweepParameter.parse("a=1,2,3,4,5")), 0);
        for (int i = 0; i < 3; i++) {
            assertThat(small.runs().get(i).seed()).isEqualTo(large.runs().get(i).seed());
        }
        Set<Long> seeds = new HashSet<>();
        large.runs().forEach(r -> seeds.add(r.seed()));
        assertThat(seeds).hasSize(5);
        assertThat(new SweepPlan(100, 3, List.of(), 0).runs().get(0).seed()).isNotEqualTo(small.runs().get(0).seed());
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryRangeOnce() {
        int k = 20;
        SweepPlan plan = new SweepPlan(7, 1, List.of(SweepParameter.parse("x=0.0,1.0"),
                SweepParameter.parse("y=100.0,300.0")), k);
        List<Map<String, String>> points = plan.points();
        assertThat(points).hasSize(k);
        for (String key : List.of("x", "y")) {
            double lo = key.equals("x") ? 0 : 100;
            double width = key.equals("x") ? 1 : 200;
            Set<Integer> strata = new HashSet<>();
            for (Map<String, String> p : points) {
                double v = Double.parseDouble(p.get(key));
                assertThat(v).isBetween(lo, lo + width);
                strata.add((int) Math.floor((v - lo) / width * k));
            }
            assertThat(strata).as(key).hasSize(k);
        }
        // same base seed, same sample
        assertThat(new SweepPlan(7, 1, plan.parameters(), k).points()).isEqualTo(points);
    }

    @Test
    void anIntegerRangeIsSampledInIntegers() {
        SweepPlan plan = new SweepPlan(7, 1, List.of(SweepParameter.parse("lanes=2,16")), 7);
        assertThat(plan.points()).allSatisfy(p -> assertThat(Integer.parseInt(p.get("lanes"))).isBetween(2, 16));
    }

    @Test
    void badDesignsAreRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> new SweepPlan(1, 0, List.of(), 0)).hasMessageContaining("--replicates");
        assertThatThrownBy(() -> new SweepPlan(1, 1, List.of(SweepParameter.parse("a=1,2,3")), 5))
                .hasMessageContaining("--param a=1,2,3").hasMessageContaining("LOW,HIGH");
        assertThatThrownBy(() -> SweepParameter.parse("lanes")).hasMessageContaining("KEY=V1,V2");
        assertThatThrownBy(() -> SweepParameter.parse("a..b=1")).hasMessageContaining("not a scenario key path");
        assertThatThrownBy(() -> new SweepPlan(1, 1000, List.of(SweepParameter.parse("a=1,2,3,4,5,6,7,8,9,10,11,12,"
                + "13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,"
                + "46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,"
                + "79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101")), 0))
                .hasMessageContaining("at most 100000 runs");
    }
}
