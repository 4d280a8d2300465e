package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FleeRulesTest {
    private final FleeRules defaults = FleeRules.defaults();

    @Test
    void defaultsAreFleesCodeDefaults() {
        // Flee 3's SimulationSettings when simsetting.yml leaves a key out
        assertThat(defaults.maxMoveSpeedKm()).isEqualTo(360);
        assertThat(defaults.maxWalkSpeedKm()).isEqualTo(35);
        assertThat(defaults.conflictWeight()).isCloseTo(1 / Math.sqrt(10), within(1e-15));
        assertThat(defaults.distanceSofteningKm()).isEqualTo(10);
        assertThat(defaults.awarenessLevel()).isEqualTo(1);
        assertThat(defaults.capacityBuffer()).isEqualTo(0.9);
    }

    @Test
    void moveChancePerLocationType() {
        assertThat(defaults.moveChance(LocationType.CONFLICT_ZONE)).isEqualTo(1.0);
        assertThat(defaults.moveChance(LocationType.TOWN)).isEqualTo(0.3);
        assertThat(defaults.moveChance(LocationType.CAMP)).isEqualTo(0.001);
        assertThat(defaults.moveChance(LocationType.IDP_CAMP)).isEqualTo(0.1);
        assertThat(defaults.moveChance(LocationType.FORWARDING_HUB)).isEqualTo(1.0);
        assertThat(defaults.moveChance(LocationType.MARKER)).isEqualTo(1.0);
        FleeRules r = FleeRules.of(Map.of("default_movechance", 0.5, "camp_movechance", 0.0));
        assertThat(r.moveChance(LocationType.TOWN)).isEqualTo(0.5);
        assertThat(r.moveChance(LocationType.CAMP)).isEqualTo(0.0);
    }

    @Test
    void capacityFactorIsOneUntilNinetyPercentThenFallsLinearlyToZero() {
        // capacity 1000: 800 <= 0.9 * 1000, so 1
        assertThat(defaults.capacityFactor(800, 1000)).isEqualTo(1.0);
        // 950: 1 - (950 - 900) / (1000 * 0.1) = 1 - 50 / 100 = 0.5
        assertThat(defaults.capacityFactor(950, 1000)).isCloseTo(0.5, within(1e-12));
        // 1000 and beyond: 0
        assertThat(defaults.capacityFactor(1000, 1000)).isEqualTo(0.0);
        assertThat(defaults.capacityFactor(1200, 1000)).isEqualTo(0.0);
        // exactly 90 %: still 1
        assertThat(defaults.capacityFactor(900, 1000)).isEqualTo(1.0);
        // no capacity (0 in locations.csv): no limit
        assertThat(defaults.capacityFactor(1_000_000, 0)).isEqualTo(1.0);
        // capacity_scaling 2 doubles the capacity: 1900 of 2000 is 95 %, so 0.5
        FleeRules scaled = FleeRules.of(Map.of("capacity_scaling", 2.0));
        assertThat(scaled.capacityFactor(1900, 1000)).isCloseTo(0.5, within(1e-12));
        // capacity_buffer 0.5: at 75 % of 1000, 1 - (750 - 500) / (1000 * 0.5) = 0.5
        assertThat(FleeRules.of(Map.of("capacity_buffer", 0.5)).capacityFactor(750, 1000)).isCloseTo(0.5,
                within(1e-12));
    }

    @Test
    void linkWeightIsScoreOverSoftenedRouteLength() {
        // 2 / (10 + 90 + 0) = 0.02
        assertThat(defaults.linkWeight(2, 90, 0)).isCloseTo(0.02, within(1e-15));
        // a second link: 1 / (10 + 30 + 20) = 1/60
        assertThat(defaults.linkWeight(1, 30, 20)).isCloseTo(1.0 / 60, within(1e-15));
        // times the capacity factor: 1 / 50 * 0.5 = 0.01
        assertThat(defaults.linkWeight(1, 40, 0, 0.5)).isCloseTo(0.01, within(1e-15));
        // distance_power 2: 1 / (10 + 40)^2 = 1/2500
        assertThat(FleeRules.of(Map.of("distance_power", 2.0)).linkWeight(1, 40, 0)).isCloseTo(0.0004, within(1e-15));
        // weight_power 2 squares the whole weight, capacity factor included: (1/50 * 0.5)^2 = 1e-4
        assertThat(FleeRules.of(Map.of("weight_power", 2.0)).linkWeight(1, 40, 0, 0.5)).isCloseTo(1e-4,
                within(1e-15));
        // weight_softening 1 adds to the score: (1 + 1) / 50 = 0.04
        assertThat(FleeRules.of(Map.of("weight_softening", 1.0)).linkWeight(1, 40, 0)).isCloseTo(0.04,
                within(1e-15));
        // softening 0: 1 / 40
        assertThat(FleeRules.of(Map.of("softening", 0.0)).linkWeight(1, 40, 0)).isCloseTo(0.025, within(1e-15));
    }

    @Test
    void scoreMultipliesForeignCampAndConflictFactors() {
        FleeRules r = FleeRules.of(Map.of("camp_weight", 2.0, "foreign_weight", 1.5, "conflict_weight", 0.25));
        assertThat(r.score(LocationType.TOWN, false, 0)).isEqualTo(1.0);
        // a camp abroad: 1.5 * 2 = 3
        assertThat(r.score(LocationType.CAMP, true, 0)).isCloseTo(3.0, within(1e-15));
        assertThat(r.score(LocationType.IDP_CAMP, false, 0)).isCloseTo(2.0, within(1e-15));
        // conflict of intensity 2: 0.25^2 = 0.0625; of intensity 0.5: sqrt(0.25) = 0.5
        assertThat(r.score(LocationType.CONFLICT_ZONE, false, 2)).isCloseTo(0.0625, within(1e-15));
        assertThat(r.score(LocationType.CONFLICT_ZONE, false, 0.5)).isCloseTo(0.5, within(1e-15));
        // a camp in conflict: 2 * 0.25 = 0.5
        assertThat(r.score(LocationType.CAMP, false, 1)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingKeyAndRange() {
        assertThatThrownBy(() -> FleeRules.of(Map.of("camp_movechance", 1.5)))
                .hasMessageContaining("camp_movechance = 1.5 is out of range; expected a number in [0, 1]");
        assertThatThrownBy(() -> FleeRules.of(Map.of("awareness_level", 1.5)))
                .hasMessageContaining("awareness_level = 1.5 is not a whole number");
        assertThatThrownBy(() -> FleeRules.of(Map.of("max_move_speed", Double.NaN)))
                .hasMessageContaining("max_move_speed = NaN is out of range");
        assertThatThrownBy(() -> FleeRules.of(Map.of("capacity_buffer", 1.0)))
                .hasMessageContaining("capacity_buffer = 1 is out of range");
        assertThatThrownBy(() -> FleeRules.of(Map.of("speed", 1.0))).hasMessageContaining("unknown parameter speed");
    }

    @Test
    void asMapGivesBackEveryKeyWithItsValue() {
        FleeRules r = FleeRules.of(Map.of("start_on_foot", 1.0, "awareness_level", 2.0));
        assertThat(r.asMap()).containsKeys("max_move_speed", "softening", "weight_power").hasSize(18)
                .containsEntry("start_on_foot", 1.0).containsEntry("awareness_level", 2.0);
        assertThat(FleeRules.of(r.asMap())).isEqualTo(r);
    }

    @Test
    void locationTypesAreReadAsFleeReadsThem() {
        assertThat(LocationType.parse("conflict_zone")).contains(LocationType.CONFLICT_ZONE);
        assertThat(LocationType.parse("Conflict")).contains(LocationType.CONFLICT_ZONE);
        assertThat(LocationType.parse("town")).contains(LocationType.TOWN);
        assertThat(LocationType.parse("default")).contains(LocationType.TOWN);
        assertThat(LocationType.parse("camp")).contains(LocationType.CAMP);
        assertThat(LocationType.parse("idpcamp")).contains(LocationType.IDP_CAMP);
        assertThat(LocationType.parse("forwarding_hub")).contains(LocationType.FORWARDING_HUB);
        assertThat(LocationType.parse("marker")).contains(LocationType.MARKER);
        assertThat(LocationType.parse("village")).isEmpty();
        assertThat(LocationType.CAMP.isCamp()).isTrue();
        assertThat(LocationType.IDP_CAMP.isCamp()).isTrue();
        assertThat(LocationType.TOWN.isCamp()).isFalse();
    }
}
