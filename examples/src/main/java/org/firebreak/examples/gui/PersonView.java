package org.firebreak.examples.gui;

/**
 * What an inspector shows of one person of a crowd site. The simulation sorts its people in
 * memory after every step, so the view holds the person's id and finds them again each time it
 * is read; once they have left, it says so.
 */
public final class PersonView {
    private final CrowdSite site;
    private final int id;

    /**
     * @param site the running site
     * @param id the person's id
     */
    public PersonView(CrowdSite site, int id) {
        this.site = site;
        this.id = id;
    }

    /** {x, y, vx, vy, radius, held, staying, density}, or null once the person has left */
    private double[] read() {
        return Live.read(site, this::readLocked);
    }

    private double[] readLocked() {
        double[][] out = new double[1][];
        if (site.simulation() == null) {
            return null;
        }
        site.simulation().viewNow(s -> {
            int[] ids = s.ids();
            for (int i = 0; i < s.count(); i++) {
                if (ids[i] == id) {
                    double d = site.density() == null ? Double.NaN : site.density().densityAt(s.x()[i], s.y()[i]);
                    out[0] = new double[] {s.x()[i], s.y()[i], s.vx()[i], s.vy()[i], s.radius()[i],
                        s.held(i) ? 1 : 0, s.staying(i) ? 1 : 0, d};
                    return;
                }
            }
        });
        return out[0];
    }

    private double field(int k) {
        double[] v = read();
        return v == null ? Double.NaN : v[k];
    }

    /** @return the person's id */
    public int getId() {
        return id;
    }

    /** @return walking, in service, staying, or left */
    public String getStatus() {
        double[] v = read();
        if (v == null) {
            return "left";
        }
        return v[5] > 0 ? "in service" : v[6] > 0 ? "staying" : "walking";
    }

    /** @return east position, m */
    public double getX() {
        return field(0);
    }

    /** @return north position, m */
    public double getY() {
        return field(1);
    }

    /** @return speed, m/s */
    public double getSpeed() {
        double[] v = read();
        return v == null ? Double.NaN : Math.hypot(v[2], v[3]);
    }

    /** @return body radius, m */
    public double getRadius() {
        return field(4);
    }

    /** @return density of the grid cell the person stands in, persons/m² */
    public double getLocalDensity() {
        return field(7);
    }

    @Override
    public String toString() {
        return "person " + id;
    }
}
