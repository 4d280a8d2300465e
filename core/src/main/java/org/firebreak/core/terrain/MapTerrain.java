package org.firebreak.core.terrain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A terrain assembled from map layers already in the simulation CRS: countries, borders,
 * crossings, places, an elevation grid, water, marshes and roads. The geo module builds one
 * from GIS files; code can build one directly with {@link #builder}.
 */
public final class MapTerrain extends AbstractTerrain {
    private final String dataset;
    private final Envelope bounds;
    private final ElevationGrid elevation;
    private final List<Country> countries;
    private final List<Geometry> lakes;
    private final List<Geometry> rivers;
    private final List<Geometry> marshes;
    private final List<RoadLink> roads;
    private final GeoReference geoReference;
    private final STRtree countryIndex = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    private record IndexedCountry(String iso3, PreparedGeometry area) {
    }

    private MapTerrain(Builder b) {
        super(List.copyOf(b.borders), List.copyOf(b.crossings), List.copyOf(b.places));
        this.dataset = Objects.requireNonNull(b.dataset, "dataset");
        this.elevation = Objects.requireNonNull(b.elevation, "elevation");
        this.bounds = b.bounds != null ? new Envelope(b.bounds) : elevation.grid().envelope();
        this.countries = List.copyOf(b.countries);
        this.lakes = List.copyOf(b.lakes);
        this.rivers = List.copyOf(b.rivers);
        this.marshes = List.copyOf(b.marshes);
        this.roads = List.copyOf(b.roads);
        this.geoReference = b.geoReference;
        for (Country c : countries) {
            countryIndex.insert(c.area().getEnvelopeInternal(),
                    new IndexedCountry(c.iso3(), PreparedGeometryFactory.prepare(c.area())));
        }
        countryIndex.build();
    }

    /**
     * @param dataset the dataset id scenario files use
     * @param elevation the elevation grid
     * @return a builder
     */
    public static Builder builder(String dataset, ElevationGrid elevation) {
        return new Builder(dataset, elevation);
    }

    /** Collects the layers of a {@link MapTerrain}. */
    public static final class Builder {
        private final String dataset;
        private final ElevationGrid elevation;
        private Envelope bounds;
        private final List<Country> countries = new ArrayList<>();
        private final List<Border> borders = new ArrayList<>();
        private final List<Crossing> crossings = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Geometry> lakes = new ArrayList<>();
        private final List<Geometry> rivers = new ArrayList<>();
        private final List<Geometry> marshes = new ArrayList<>();
        private final List<RoadLink> roads = new ArrayList<>();
        private GeoReference geoReference;

        private Builder(String dataset, ElevationGrid elevation) {
            this.dataset = dataset;
            this.elevation = elevation;
        }

        /**
         * @param extent where agents may be (default: the elevation grid's extent)
         * @return this
         */
        public Builder bounds(Envelope extent) {
            this.bounds = extent;
            return this;
        }

        /**
         * @param c countries
         * @return this
         */
        public Builder countries(List<Country> c) {
            countries.addAll(c);
            return this;
        }

        /**
         * @param b borders
         * @return this
         */
        public Builder borders(List<Border> b) {
            borders.addAll(b);
            return this;
        }

        /**
         * @param c crossings
         * @return this
         */
        public Builder crossings(List<Crossing> c) {
            crossings.addAll(c);
            return this;
        }

        /**
         * @param p places
         * @return this
         */
        public Builder places(List<Place> p) {
            places.addAll(p);
            return this;
        }

        /**
         * @param l lakes
         * @return this
         */
        public Builder lakes(List<Geometry> l) {
            lakes.addAll(l);
            return this;
        }

        /**
         * @param r rivers
         * @return this
         */
        public Builder rivers(List<Geometry> r) {
            rivers.addAll(r);
            return this;
        }

        /**
         * @param m marshes
         * @return this
         */
        public Builder marshes(List<Geometry> m) {
            marshes.addAll(m);
            return this;
        }

        /**
         * @param r road links
         * @return this
         */
        public Builder roads(List<RoadLink> r) {
            roads.addAll(r);
            return this;
        }

        /**
         * @param reference where the terrain's metres lie on the Earth (default: see {@link Terrain#geoReference()})
         * @return this
         */
        public Builder geoReference(GeoReference reference) {
            geoReference = reference;
            return this;
        }

        /** @return the terrain */
        public MapTerrain build() {
            return new MapTerrain(this);
        }
    }

    @Override
    public GeoReference geoReference() {
        return geoReference != null ? geoReference : super.geoReference();
    }

    @Override
    public String dataset() {
        return dataset;
    }

    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /** @return the elevation grid */
    public ElevationGrid elevationGrid() {
        return elevation;
    }

    @Override
    public double elevation(double x, double y) {
        return elevation.elevation(x, y);
    }

    @Override
    public Optional<String> countryAt(double x, double y) {
        Point p = factory.createPoint(new Coordinate(x, y));
        List<?> hits = countryIndex.query(new Envelope(x, x, y, y));
        return hits.stream().map(o -> (IndexedCountry) o).filter(c -> c.area().covers(p))
                .map(IndexedCountry::iso3).min(Comparator.naturalOrder());
    }

    @Override
    public List<Country> countries() {
        return countries;
    }

    @Override
    public List<Geometry> lakes() {
        return lakes;
    }

    @Override
    public List<Geometry> rivers() {
        return rivers;
    }

    @Override
    public List<Geometry> marshes() {
        return marshes;
    }

    @Override
    public List<RoadLink> roads() {
        return roads;
    }
}
