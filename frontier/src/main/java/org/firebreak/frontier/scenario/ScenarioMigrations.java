package org.firebreak.frontier.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The chain of steps that bring a scenario file written for an older format version up to
 * {@link ScenarioLoader#CURRENT_VERSION}, so old files keep loading after the format changes.
 *
 * <p>Each {@link Migration} takes the raw tree of one version to the next; the loader
 * applies them in order, from the file's version up, before validating. A format change
 * therefore ships as: the new reader, a bump of {@code CURRENT_VERSION}, and one migration
 * registered from the previous version. Instances are immutable.
 */
public final class ScenarioMigrations {
    /**
     * One step of the chain: turns the tree of a file at format version k into the tree of
     * the same scenario at version k + 1. It may modify and return its argument; the loader
     * sets {@code version} afterwards, so a migration need not.
     */
    @FunctionalInterface
    public interface Migration {
        /**
         * @param tree the whole file at version k (a private copy)
         * @return the whole file at version k + 1
         */
        ObjectNode apply(ObjectNode tree);
    }

    private final Map<Integer, Migration> byFromVersion;

    private ScenarioMigrations(Map<Integer, Migration> byFromVersion) {
        this.byFromVersion = byFromVersion;
    }

    /** @return the library's own migrations; empty, since format v1 is the first */
    public static ScenarioMigrations standard() {
        return new ScenarioMigrations(new TreeMap<>());
    }

    /**
     * @param fromVersion the version the migration reads; below the current version
     * @param migration turns that version into the next
     * @return a chain with this step added
     * @throws IllegalArgumentException if a step from that version exists or the version is not older than current
     */
    public ScenarioMigrations with(int fromVersion, Migration migration) {
        Objects.requireNonNull(migration, "migration");
        if (fromVersion >= ScenarioLoader.CURRENT_VERSION) {
            throw new IllegalArgumentException("a migration must start below the current format version "
                    + ScenarioLoader.CURRENT_VERSION + ", got " + fromVersion);
        }
        if (byFromVersion.containsKey(fromVersion)) {
            throw new IllegalArgumentException("a migration from format version " + fromVersion
                    + " is already registered");
        }
        Map<Integer, Migration> copy = new TreeMap<>(byFromVersion);
        copy.put(fromVersion, migration);
        return new ScenarioMigrations(copy);
    }

    /** @return the oldest version from which an unbroken chain reaches the current version */
    public int oldestReadable() {
        int v = ScenarioLoader.CURRENT_VERSION;
        while (byFromVersion.containsKey(v - 1)) {
            v--;
        }
        return v;
    }

    /**
     * @param tree a file's tree at {@code fromVersion} (not modified)
     * @param fromVersion its version, from {@link #oldestReadable()} to the current version
     * @return the tree at the current version, with {@code version} set to it
     * @throws IllegalArgumentException if no unbroken chain starts at that version, or a step returns nothing
     */
    public ObjectNode migrate(ObjectNode tree, int fromVersion) {
        if (fromVersion < oldestReadable() || fromVersion > ScenarioLoader.CURRENT_VERSION) {
            throw new IllegalArgumentException("no migration from format version " + fromVersion
                    + " (this library reads versions " + oldestReadable() + " to " + ScenarioLoader.CURRENT_VERSION
                    + ")");
        }
        ObjectNode current = tree.deepCopy();
        for (int v = fromVersion; v < ScenarioLoader.CURRENT_VERSION; v++) {
            current = byFromVersion.get(v).apply(current);
            if (current == null) {
                throw new IllegalArgumentException("the migration from format version " + v + " returned nothing");
            }
            current.put(Keys.VERSION, v + 1);
        }
        return current;
    }
}
