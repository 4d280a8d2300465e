package org.firebreak.core.navigation;

import java.util.Arrays;

/**
 * A binary min-heap of (cell, time) pairs in primitive arrays, for Dijkstra over grids of
 * millions of cells without boxing. Stale entries are left in the heap and skipped by the
 * caller (lazy deletion), which is cheaper than decrease-key here.
 */
final class CellHeap {
    private int[] cells;
    private double[] times;
    private int size;

    CellHeap(int capacity) {
        cells = new int[Math.max(16, capacity)];
        times = new double[cells.length];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int cell, double time) {
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            // ties broken by cell index so the order of equal times never depends on insertion order
            if (times[parent] < time || (times[parent] == time && cells[parent] <= cell)) {
                break;
            }
            cells[i] = cells[parent];
            times[i] = times[parent];
            i = parent;
        }
        cells[i] = cell;
        times[i] = time;
    }

    /** @return the time of the smallest entry */
    double peekTime() {
        return times[0];
    }

    /** @return the cell of the smallest entry, removing it */
    int pop() {
        int top = cells[0];
        size--;
        if (size > 0) {
            int cell = cells[size];
            double time = times[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                int right = child + 1;
                if (right < size && (times[right] < times[child]
                        || (times[right] == times[child] && cells[right] < cells[child]))) {
                    child = right;
                }
                if (times[child] > time || (times[child] == time && cells[child] >= cell)) {
                    break;
                }
                cells[i] = cells[child];
                times[i] = times[child];
                i = child;
            }
            cells[i] = cell;
            times[i] = time;
        }
        return top;
    }
}
