package org.firebreak.flee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is refused with the file, the line, the column or key, and what was expected. */
class FleeInputErrorsTest {
    @TempDir
    Path tmp;

    private int n;

    /** A valid input; each test breaks one file. */
    private FleeDirs valid() {
        return FleeDirs.in(tmp.resolve("in" + n++)).days(3)
                .locations("Jalawla,,Iraq,34.27,45.17,conflict_zone,0,60000\nKalar,,Iraq,,,town,,\n"
                        + "Kalar IDP site,,Iraq,,,idpcamp,,12000\n")
                .routes("Jalawla,Kalar,45\nKalar,Kalar IDP site,6\n");
    }

    private FleeInputException failure(FleeDirs dirs) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(dirs::read);
        assertThat(t).isInstanceOf(FleeInputException.class);
        return (FleeInputException) t;
    }

    @Test
    void theValidInputReads() throws FleeInputException {
        FleeInputs in = valid().read();
        assertThat(in.locations()).hasSize(3);
        assertThat(in.camps()).containsExactly("Kalar IDP site");
        assertThat(in.inputHash()).hasSize(64);
    }

    @Test
    void bothDirectoryLayoutsRead() throws FleeInputException {
        String locations = "#name,region,country,lat,lon,location_type,conflict_date,population\n"
                + "Z,,H,,,conflict_zone,0,10\nC,,H,,,camp,,\n";
        // FLEE's own layout: input_csv/ and source_data/ side by side
        FleeInputs nested = FleeDirs.in(tmp.resolve("nested")).file("input_csv/locations.csv", locations)
                .file("input_csv/routes.csv", "Z,C,10\n")
                .file("input_csv/sim_period.csv", "StartDate,2030-01-01\nLength,2\n")
                .file("sim_period.csv", "not read: input_csv/ holds the inputs\n")
                .file("source_data/data_layout.csv", "total,c.csv\nC,c.csv\n")
                .file("source_data/c.csv", "2030-01-01,5\n").read();
        // everything in one directory
        FleeInputs flat = FleeDirs.in(tmp.resolve("flat")).file("locations.csv", locations)
                .file("routes.csv", "Z,C,10\n").file("sim_period.csv", "StartDate,2030-01-01\nLength,2\n")
                .file("data_layout.csv", "total,c.csv\nC,c.csv\n").file("c.csv", "2030-01-01,5\n").read();
        for (FleeInputs in : new FleeInputs[] {nested, flat}) {
            assertThat(in.period().lengthDays()).isEqualTo(2);
            assertThat(in.observations()).isPresent();
            assertThat(in.observations().get().campOn("C", 0)).isEqualTo(5);
        }
        assertThat(failure(FleeDirs.in(tmp.resolve("flatbad")).file("locations.csv", locations)
                .file("routes.csv", "Z,C,10\n").file("data_layout.csv", "total,c.csv\nC,c.csv\n")
                .file("c.csv", "2030-01-01,x\n"))).hasMessageStartingWith("c.csv:1: count: 'x' is not a number");
    }

    @Test
    void missingFile() throws Exception {
        Path dir = valid().write();
        Files.delete(dir.resolve("routes.csv"));
        assertThatThrownBy(() -> FleeInputs.read(dir)).isInstanceOf(FleeInputException.class)
                .hasMessageStartingWith("routes.csv: file not found").hasMessageContaining("needs locations.csv, routes.csv and sim_period.csv");
        assertThatThrownBy(() -> FleeInputs.read(dir.resolve("nowhere"))).hasMessageContaining("not a directory");
    }

    @Test
    void wrongNumberOfColumns() {
        FleeInputException e = failure(valid().locations("Jalawla,,Iraq,conflict_zone\n"));
        assertThat(e).hasMessage("locations.csv:2: found 4 column(s); expected 8: name, region, country, lat, lon, "
                + "location_type, conflict_date, population");
        assertThat(e.line()).isEqualTo(2);
        assertThat(failure(valid().routes("Jalawla,Kalar\n"))).hasMessageStartingWith("routes.csv:2: found 2 column(s)")
                .hasMessageContaining("expected name1, name2, distance");
    }

    @Test
    void notANumber() {
        assertThat(failure(valid().routes("Jalawla,Kalar,45\nKalar,Kalar IDP site,six\n"))).hasMessage(
                "routes.csv:3: distance: 'six' is not a number; expected the route's length in km, a positive number");
        assertThat(failure(valid().locations("Jalawla,,Iraq,north,45.17,conflict_zone,0,60000\n")))
                .hasMessage("locations.csv:2: lat: 'north' is not a number; expected degrees, or nothing");
        assertThat(failure(valid().locations("Jalawla,,Iraq,,,conflict_zone,0,many\n")))
                .hasMessageStartingWith("locations.csv:2: population: 'many' is not a whole number");
    }

    @Test
    void notANumberAtAll() {
        assertThat(failure(valid().routes("Jalawla,Kalar,NaN\n"))).hasMessage(
                "routes.csv:2: distance: 'NaN' is not a finite number; expected the route's length in km, a positive number");
    }

    @Test
    void unknownLocationInRoutes() {
        assertThat(failure(valid().routes("Jalawla,Kalr,45\n"))).hasMessage("routes.csv:2: name2: unknown location "
                + "'Kalr'; expected a name from locations.csv (did you mean 'Kalar'?)");
    }

    @Test
    void negativeOrZeroDistance() {
        assertThat(failure(valid().routes("Jalawla,Kalar,-45\n"))).hasMessage(
                "routes.csv:2: distance: -45 is not positive; expected the route's length in km, a positive number");
        assertThat(failure(valid().routes("Jalawla,Kalar,0\n"))).hasMessageContaining("distance: 0 is not positive");
    }

    @Test
    void unknownLocationTypeAndDuplicateName() {
        assertThat(failure(valid().locations("Jalawla,,Iraq,,,village,,\n"))).hasMessage(
                "locations.csv:2: location_type: 'village' is not a location type; expected one of conflict_zone, "
                        + "town, camp, idpcamp, forwarding_hub, marker");
        assertThat(failure(valid().locations("Kalar,,Iraq,,,town,,\nKalar,,Iraq,,,town,,\n")))
                .hasMessage("locations.csv:3: name: 'Kalar' is listed twice; expected unique names");
    }

    @Test
    void badSimulationPeriod() {
        assertThat(failure(valid().file("sim_period.csv", "StartDate,2030-13-01\nLength,3\n")))
                .hasMessage("sim_period.csv:1: StartDate: '2030-13-01' is not a date; expected YYYY-MM-DD");
        assertThat(failure(valid().file("sim_period.csv", "StartDate,2030-01-01\n")))
                .hasMessage("sim_period.csv: no Length row; expected 'Length,<days>'");
        assertThat(failure(valid().file("sim_period.csv", "StartDate,2030-01-01\nLength,0\n")))
                .hasMessageContaining("sim_period.csv:2: Length: 0 is not allowed; expected a whole number >= 1");
    }

    @Test
    void badConflicts() {
        // a column for a name that is no location is ignored while it holds only zeros (FleeRealInputsTest);
        // one that would put it in conflict is refused
        assertThat(failure(valid().file("conflicts.csv", "#Day,Jalawla,Mandali\n0,1,0\n1,1,2\n2,1,0\n")))
                .hasMessageStartingWith("conflicts.csv:3: Mandali: '2' for 'Mandali', which is not a location; "
                        + "expected a name from locations.csv in the header of column 3");
        assertThat(failure(valid().file("conflicts.csv", "#Day,Jalawla\n0,1\n1,-1\n2,1\n")))
                .hasMessage("conflicts.csv:3: Jalawla: -1 is negative; expected the conflict intensity, a number >= 0");
        assertThat(failure(valid().file("conflicts.csv", "#Day,Jalawla\n0,1\n1,high\n2,1\n")))
                .hasMessageStartingWith("conflicts.csv:3: Jalawla: 'high' is not a number");
        assertThat(failure(valid().file("conflicts.csv", "#Day,Jalawla\n0,1\n2,1\n")))
                .hasMessage("conflicts.csv:3: Day: 2 is out of sequence; expected day 1 (one row per day, from 0)");
        assertThat(failure(valid().file("conflicts.csv", "#Day,Jalawla\n0,1\n1,1\n")))
                .hasMessage("conflicts.csv: has rows for 2 day(s) but sim_period.csv asks for 3; expected a row for "
                        + "every simulated day (0 to 2)");
    }

    @Test
    void badClosures() {
        assertThat(failure(valid().file("closures.csv", "border,Iraq,Iran,1,2\n"))).hasMessage(
                "closures.csv:1: closure_type: 'border' is not a closure type; expected one of country, location, "
                        + "link, camp, idpcamp, remove_forced_redirection");
        assertThat(failure(valid().file("closures.csv", "country,Iraq,Iran,1,2\n")))
                .hasMessageStartingWith("closures.csv:1: name2: unknown country 'Iran'");
        assertThat(failure(valid().file("closures.csv", "link,Jalawla,Kalar IDP site,1,2\n")))
                .hasMessageContaining("no route between 'Jalawla' and 'Kalar IDP site' in routes.csv");
        assertThat(failure(valid().file("closures.csv", "link,Jalawla,Kalar,5,2\n"))).hasMessage(
                "closures.csv:1: closure_end: 2 is before closure_start 5; expected -1 (to the end of the run) or a "
                        + "day >= closure_start");
    }

    @Test
    void badObservations() {
        FleeDirs base = valid().file("source_data/data_layout.csv", "total,t.csv\nKalar IDP site,k.csv\n")
                .file("source_data/t.csv", "2030-01-01,10\n");
        assertThat(failure(base.file("source_data/k.csv", "Date,count\n2030-01-01,10\n2030-01-05,-3\n")))
                .hasMessage("source_data/k.csv:3: count: -3 is negative; expected the observed population, a number >= 0");
        assertThat(failure(base.file("source_data/k.csv", "2030-01-05,10\n2030-01-01,20\n"))).hasMessage(
                "source_data/k.csv:2: date: 2030-01-01 is not after the previous row's date; expected dates in "
                        + "increasing order");
        assertThat(failure(base.file("source_data/k.csv", "2030-01-01,10\n01/05/2030,20\n")))
                .hasMessage("source_data/k.csv:2: date: '01/05/2030' is not a date; expected YYYY-MM-DD");
        assertThat(failure(base.file("source_data/data_layout.csv", "total,t.csv\n")))
                .hasMessageContaining("source_data/data_layout.csv: camp 'Kalar IDP site' has no row");
        // a row for a town is read as FLEE reads it (counted, compared with no camp); the camp still needs one
        assertThat(failure(base.file("source_data/data_layout.csv", "total,t.csv\nKalar,t.csv\n")))
                .hasMessageStartingWith("source_data/data_layout.csv: camp 'Kalar IDP site' has no row");
        assertThat(failure(base.file("source_data/data_layout.csv", "total,t.csv\nKalar IDP site,none.csv\n")))
                .hasMessage("source_data/none.csv: file not found");
    }

    @Test
    void badSettings() {
        assertThat(failure(valid().file("simsetting.yml", "move_rules:\n  camp_weigth: 2\n")))
                .hasMessageStartingWith("simsetting.yml:2: move_rules.camp_weigth: not a FLEE move rule these rules "
                        + "support; expected one of")
                .hasMessageEndingWith("(did you mean 'camp_weight'?)");
        assertThat(failure(valid().file("simsetting.yml", "move_rules:\n  camp_movechance: 2\n"))).hasMessage(
                "simsetting.yml:2: move_rules.camp_movechance: 2 is out of range; expected a number in [0, 1]");
        assertThat(failure(valid().file("simsetting.yml", "move_rules:\n  stay_close_to_home: True\n")))
                .hasMessageStartingWith("simsetting.yml:2: move_rules.stay_close_to_home: not supported by these "
                        + "rules; expected 0 (False), FLEE's default");
        assertThat(failure(valid().file("simsetting.yml", "move_rules:\n  awareness_level: 1.5\n")))
                .hasMessageContaining("awareness_level = 1.5 is not a whole number");
        assertThat(failure(valid().file("simsetting.yml", "spawn_rules:\n  conflict_driven_spawning:\n"
                + "    spawn_mode: surge\n"))).hasMessageContaining("'surge' is not a spawn mode");
    }

    @Test
    void observationsThatGrowWithNobodyInConflictCannotBeSpawned() {
        FleeDirs dirs = valid().locations("Kalar,,Iraq,,,town,,\nKalar IDP site,,Iraq,,,idpcamp,,\n")
                .routes("Kalar,Kalar IDP site,6\n")
                .file("source_data/data_layout.csv", "total,k.csv\nKalar IDP site,k.csv\n")
                .file("source_data/k.csv", "2030-01-01,10\n2030-01-03,30\n");
        assertThat(failure(dirs)).hasMessageStartingWith("locations.csv: on day 1 (2030-01-02) the observed camp "
                + "populations grow by 10 but no location is in conflict with a population above 0");
    }
}
