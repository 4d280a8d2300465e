package org.firebreak.core.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key and list element of a parsed file, by key path. Jackson's trees keep
 * no locations, so the parser records them here as it builds the tree.
 *
 * <p>Key paths join mapping keys with dots and list indices with brackets:
 * {@code sources[0].group_size.mean}; the root is the empty path.
 */
public final class LineMap {
    private final Map<String, Integer> lines = new HashMap<>();

    /**
     * @param parent a key path
     * @param key a key of the mapping at that path
     * @return the key's path
     */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * @param parent a key path of a list
     * @param index an element index
     * @return the element's path
     */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public void record(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /**
     * A missing key has no line of its own, so it is reported at the nearest enclosing
     * mapping or element that has one.
     *
     * @param path a key path
     * @return the line of the path or of its nearest recorded ancestor, 0 when none is known
     */
    public int line(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = parent(p);
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
