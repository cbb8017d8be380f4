package io.broadsheet.site;

/**
 * The initial capacity that lets a hash map hold a known number of entries without growing: a large archive's
 * maps of 100,000 entries otherwise rehash all of them a dozen times over (JDK 17 has no factory for this).
 */
final class HashCapacity {
    /**
     * The most entries a size read from a file may reserve room for, so that a damaged count cannot exhaust
     * memory; a larger map still grows as usual.
     */
    static final int MOST = 1 << 21;

    private HashCapacity() {}

    /** The capacity for {@code size} entries at the default load factor of 0.75. */
    static int forSize(int size) {
        int expected = Math.max(0, Math.min(size, MOST));
        return (int) (expected * 4L / 3 + 1);
    }
}
