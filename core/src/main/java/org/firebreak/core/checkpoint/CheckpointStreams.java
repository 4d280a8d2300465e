package org.firebreak.core.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object streams of a checkpoint's payload. Writing, they put a named reference in place
 * of each <em>live</em> object (the terrain, the behaviour registry: large or made of code,
 * and supplied anew by the process that resumes) and a serialisable box in place of each
 * {@link Optional} (which Java serialisation refuses, and records of the scenario hold).
 * Reading, they undo both, and admit only the classes of an allow-list.
 */
final class CheckpointStreams {
    /**
     * The packages a checkpoint may hold classes of: the library's own, MASON's engine and
     * generator, and the JDK's collections, boxes and time. Anything else, in particular the
     * classes that deserialisation attacks rely on, is refused before it is instantiated.
     */
    static final List<String> ALLOWED = List.of("org.firebreak.**", "sim.engine.*", "sim.field.**", "sim.util.*",
            "ec.util.MersenneTwisterFast", "java.lang.*", "java.util.*", "java.time.*", "org.locationtech.jts.geom.**");
    /** Limits that keep a hostile stream from exhausting the stack or memory with references alone. */
    private static final String LIMITS = "maxdepth=10000;maxrefs=200000000";

    private CheckpointStreams() {
    }

    /** Stands for an {@link Optional} in the stream. */
    record OptionalValue(Object value) implements Serializable {
    }

    /** Stands for a live object, supplied under this name when the stream is read. */
    record LiveReference(String name) implements Serializable {
    }

    /**
     * @param extra further package patterns to allow (an embedder's own behaviours)
     * @return the filter
     */
    static ObjectInputFilter filter(List<String> extra) {
        StringBuilder pattern = new StringBuilder(LIMITS);
        for (String p : ALLOWED) {
            pattern.append(';').append(p);
        }
        for (String p : extra) {
            if (p.isBlank() || p.contains(";") || p.startsWith("!") || p.contains("=")) {
                throw new IllegalArgumentException("class pattern '" + p + "': expected a package or class name,"
                        + " optionally ending in .* or .**");
            }
            pattern.append(';').append(p);
        }
        return ObjectInputFilter.Config.createFilter(pattern.append(";!*").toString());
    }

    /** Writes with the replacements. */
    static final class Output extends ObjectOutputStream {
        private final Map<Object, String> live = new IdentityHashMap<>();

        Output(OutputStream out, Map<String, Object> live) throws IOException {
            super(out);
            live.forEach((name, o) -> this.live.put(o, name));
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof Optional<?> o) {
                return new OptionalValue(o.orElse(null));
            }
            String name = live.get(obj);
            return name != null ? new LiveReference(name) : obj;
        }
    }

    /** Reads with the replacements undone, through the allow-list. */
    static final class Input extends ObjectInputStream {
        private final Map<String, Object> live;

        private String rejected;

        Input(InputStream in, Map<String, Object> live, ObjectInputFilter filter) throws IOException {
            super(in);
            this.live = Map.copyOf(live);
            setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = filter.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED && rejected == null) {
                    rejected = info.serialClass() != null ? "class " + info.serialClass().getName()
                            : "a structure beyond the limits (" + LIMITS + ")";
                }
                return status;
            });
            enableResolveObject(true);
        }

        /** @return what the filter refused first, or null */
        String rejected() {
            return rejected;
        }

        @Override
        protected Object resolveObject(Object obj) throws IOException {
            if (obj instanceof OptionalValue v) {
                return Optional.ofNullable(v.value());
            }
            if (obj instanceof LiveReference r) {
                Object o = live.get(r.name());
                if (o == null) {
                    throw new InvalidObjectException("the checkpoint refers to '" + r.name() + "', which was not supplied");
                }
                return o;
            }
            return obj;
        }
    }
}
