package org.firebreak.examples.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.firebreak.crowd.Gate;
import org.firebreak.crowd.Segment;
import org.firebreak.examples.render.CrowdPainter;
import org.firebreak.examples.render.MapStyle;
import org.locationtech.jts.geom.Envelope;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The people of a crowd site, as discs of their own radius coloured by local density; a click
 * inspects the people under the pointer, or a gate, and rings the selected people.
 */
final class CrowdLayer extends MapLayer {
    private static final int MAX_HITS = 4;

    private final CrowdSite site;
    private final Set<Integer> selected = new HashSet<>();

    /**
     * @param site the running site
     * @param world the extent shown, metres
     */
    CrowdLayer(CrowdSite site, Envelope world) {
        super(world, (g, t, clip) -> {
            if (site.simulation() != null) {
                site.simulation().viewNow(s -> CrowdPainter.paintPeople(g, s, site.density(), t));
            }
        });
        this.site = site;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        super.draw(object, graphics, info);
        if (selected.isEmpty() || site.simulation() == null) {
            return;
        }
        AffineTransform t = transform(info);
        graphics.setStroke(new BasicStroke(2.5f));
        graphics.setColor(MapStyle.SELECTION);
        double[] p = new double[2];
        site.simulation().viewNow(s -> {
            for (int i = 0; i < s.count(); i++) {
                if (selected.contains(s.ids()[i])) {
                    p[0] = s.x()[i];
                    p[1] = s.y()[i];
                    t.transform(p, 0, p, 0, 1);
                    double r = s.radius()[i] * Math.abs(t.getScaleX()) + 3;
                    graphics.draw(new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r));
                }
            }
        });
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        if (site.simulation() == null) {
            return;
        }
        AffineTransform t = transform(range);
        double scale = Math.abs(t.getScaleX());
        double cx = range.clip.getCenterX();
        double cy = range.clip.getCenterY();
        double slack = Math.max(range.clip.getWidth(), range.clip.getHeight()) / 2 + 1;
        List<double[]> hits = new ArrayList<>();
        double[] p = new double[2];
        site.simulation().viewNow(s -> {
            for (int i = 0; i < s.count(); i++) {
                p[0] = s.x()[i];
                p[1] = s.y()[i];
                t.transform(p, 0, p, 0, 1);
                double d = Math.hypot(p[0] - cx, p[1] - cy);
                if (d <= s.radius()[i] * scale + slack) {
                    hits.add(new double[] {d, s.ids()[i], s.x()[i], s.y()[i]});
                }
            }
        });
        hits.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (int k = 0; k < Math.min(MAX_HITS, hits.size()); k++) {
            double[] h = hits.get(k);
            putInHere.add(new LocationWrapper(new PersonView(site, (int) h[1]), new Double2D(h[2], h[3]), this));
        }
        for (Gate g : site.scenario().geometry().gates()) {
            Segment s = g.passage();
            double[] a = {s.x1(), s.y1(), s.x2(), s.y2()};
            t.transform(a, 0, a, 0, 2);
            if (new java.awt.geom.Line2D.Double(a[0], a[1], a[2], a[3]).ptSegDist(cx, cy) <= slack + 3) {
                putInHere.add(new LocationWrapper(new GateView(site, g), new Double2D((s.x1() + s.x2()) / 2,
                        (s.y1() + s.y2()) / 2), this));
            }
        }
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean selectedNow) {
        if (wrapper.getObject() instanceof PersonView v) {
            if (selectedNow) {
                selected.add(v.getId());
            } else {
                selected.remove(v.getId());
            }
        }
        return true;
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
