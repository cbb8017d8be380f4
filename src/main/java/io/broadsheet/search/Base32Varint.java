package io.broadsheet.search;

/**
 * Writes non-negative numbers as short runs of characters safe inside a JSON string: five bits a character, most
 * significant first, with the last character of each number taken from the first half of the alphabet and the others
 * from the second half, so numbers need no separators. {@code assets/search.js} reads them back.
 */
final class Base32Varint {
    /** First 32: a number's last digit; last 32: a digit with more to follow. */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private Base32Varint() {}

    /** Appends the number. */
    static void append(StringBuilder out, long value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int digits = 1;
        while (digits < 13 && value >>> (5 * digits) != 0) digits++;
        for (int d = digits - 1; d > 0; d--) out.append(ALPHABET.charAt(32 + (int) ((value >>> (5 * d)) & 31)));
        out.append(ALPHABET.charAt((int) (value & 31)));
    }

    /**
     * Reads back the numbers of a run written by {@link #append}.
     *
     * @throws IllegalArgumentException if the text holds a character outside the alphabet or ends inside a number
     */
    static long[] read(String text) {
        long[] values = new long[text.length()];
        int count = 0;
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not a digit: " + text.charAt(i));
            value = value << 5 | (digit & 31);
            if (digit < 32) {
                values[count++] = value;
                value = 0;
            }
        }
        if (value != 0 || text.length() > 0 && ALPHABET.indexOf(text.charAt(text.length() - 1)) >= 32) {
            throw new IllegalArgumentException("a number is cut short");
        }
        return java.util.Arrays.copyOf(values, count);
    }
}
