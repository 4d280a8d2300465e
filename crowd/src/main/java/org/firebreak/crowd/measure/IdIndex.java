package org.firebreak.crowd.measure;

import java.util.Arrays;

/**
 * Maps person ids to dense slots 0, 1, 2, ... in the order the ids were first seen, so
 * per-person state lives in plain arrays and iterates in a deterministic order. Open addressing
 * over int arrays: no boxing per lookup.
 */
final class IdIndex {
    private int[] table = new int[64];
    private int[] ids = new int[32];
    private int size;

    /** @return the slot of the id, created when new */
    int slot(int id) {
        int mask = table.length - 1;
        int h = mix(id) & mask;
        while (true) {
            int s = table[h];
            if (s == 0) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                }
                ids[size] = id;
                table[h] = ++size;
                if (size * 2 > table.length) {
                    rehash();
                }
                return size - 1;
            }
            if (ids[s - 1] == id) {
                return s - 1;
            }
            h = (h + 1) & mask;
        }
    }

    /** @return slots in use: persons seen so far */
    int size() {
        return size;
    }

    /** @return the id in a slot */
    int id(int slot) {
        return ids[slot];
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int s = 0; s < size; s++) {
            int h = mix(ids[s]) & mask;
            while (t[h] != 0) {
                h = (h + 1) & mask;
            }
            t[h] = s + 1;
        }
        table = t;
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
