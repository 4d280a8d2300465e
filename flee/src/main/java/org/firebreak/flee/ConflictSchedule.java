package org.firebreak.flee;

/**
 * Which locations are in conflict on a day, and how intensely. A location with a column in
 * conflicts.csv follows that column alone; a conflict zone of locations.csv without one is in
 * conflict with intensity 1 from its conflict_date on.
 */
final class ConflictSchedule {
    private final FleeNetwork network;
    private final ConflictTable table;
    /** conflicts.csv column of each location, or -1. */
    private final int[] column;

    ConflictSchedule(FleeInputs inputs, FleeNetwork network) {
        this.network = network;
        this.table = inputs.conflicts().orElse(null);
        this.column = new int[network.size];
        java.util.Arrays.fill(column, -1);
        if (table != null) {
            for (int c = 0; c < table.locations().size(); c++) {
                column[network.index(table.locations().get(c))] = c;
            }
        }
    }

    /**
     * @param day a day of the run
     * @param out receives each location's intensity (0: no conflict)
     */
    void intensities(int day, double[] out) {
        for (int i = 0; i < network.size; i++) {
            if (column[i] >= 0) {
                out[i] = table.intensity(day, column[i]);
            } else {
                out[i] = network.baseType[i] == LocationType.CONFLICT_ZONE && network.conflictDate[i] <= day ? 1.0 : 0.0;
            }
        }
    }
}
