package org.firebreak.flee;

import java.time.LocalDate;

/**
 * FLEE's {@code sim_period.csv}: the date of day 0 and the number of days simulated.
 *
 * @param startDate the date of day 0
 * @param lengthDays days simulated, at least 1
 */
public record SimPeriod(LocalDate startDate, int lengthDays) {
    /** Checks the length. */
    public SimPeriod {
        if (startDate == null || lengthDays < 1) {
            throw new IllegalArgumentException("simulation period needs a start date and at least one day");
        }
    }

    /**
     * @param day a day of the run
     * @return its date
     */
    public LocalDate date(int day) {
        return startDate.plusDays(day);
    }
}
