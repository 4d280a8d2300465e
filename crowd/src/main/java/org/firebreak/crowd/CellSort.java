package org.firebreak.crowd;

import java.util.Arrays;

/**
 * The step's last system before the observers: a stable counting sort of everybody by the
 * neighbour-grid cell of their next position, which makes the next motion current, drops the
 * people who are gone and keeps neighbours close in memory. Stable, so the order depends only on
 * the state. The per-person attributes are permuted through the state's one spare array per
 * type.
 */
final class CellSort {
    private CellSort() {
    }

    /**
     * Sorts the people by the cell of their next position into the current arrays, dropping the
     * ones that are gone.
     *
     * @param st the state
     */
    static void sortNext(CrowdState st) {
        int cells = st.cols * st.rows;
        int[] s = st.start;
        int[] key = st.key;
        Arrays.fill(s, 0);
        int n = st.count;
        for (int i = 0; i < n; i++) {
            if (st.mode[i] == CrowdState.GONE) {
                key[i] = -1;
                continue;
            }
            int c = st.cellOf(st.nx[i], st.ny[i]);
            key[i] = c;
            s[c + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            s[c + 1] += s[c];
        }
        int kept = s[cells];
        // s[c] is now the cursor of cell c; shifted back below. key[i] becomes i's new index.
        for (int i = 0; i < n; i++) {
            int c = key[i];
            if (c < 0) {
                continue;
            }
            int j = s[c]++;
            key[i] = j;
            st.x[j] = st.nx[i];
            st.y[j] = st.ny[i];
            st.vx[j] = st.nvx[i];
            st.vy[j] = st.nvy[i];
        }
        System.arraycopy(s, 0, s, 1, cells);
        s[0] = 0;
        st.v0 = permute(st, st.v0, n);
        st.r = permute(st, st.r, n);
        st.until = permute(st, st.until, n);
        st.id = permute(st, st.id, n);
        st.route = permute(st, st.route, n);
        st.leg = permute(st, st.leg, n);
        st.mode = permute(st, st.mode, n);
        st.count = kept;
    }

    /** @return the attribute moved to the new indices in the key array; the old array is the spare */
    private static double[] permute(CrowdState st, double[] a, int n) {
        double[] to = st.spareD;
        int[] key = st.key;
        for (int i = 0; i < n; i++) {
            int j = key[i];
            if (j >= 0) {
                to[j] = a[i];
            }
        }
        st.spareD = a;
        return to;
    }

    private static int[] permute(CrowdState st, int[] a, int n) {
        int[] to = st.spareI;
        int[] key = st.key;
        for (int i = 0; i < n; i++) {
            int j = key[i];
            if (j >= 0) {
                to[j] = a[i];
            }
        }
        st.spareI = a;
        return to;
    }

    private static byte[] permute(CrowdState st, byte[] a, int n) {
        byte[] to = st.spareB;
        int[] key = st.key;
        for (int i = 0; i < n; i++) {
            int j = key[i];
            if (j >= 0) {
                to[j] = a[i];
            }
        }
        st.spareB = a;
        return to;
    }
}
