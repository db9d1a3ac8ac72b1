package io.wiretrace.reuse;

/** Set operations on sorted arrays of distinct longs. */
final class SortedSets {

    private SortedSets() {
    }

    static int intersectionSize(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
