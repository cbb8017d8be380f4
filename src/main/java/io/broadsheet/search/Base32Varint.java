package io.broadsheet.search;

/**
 * Writes non-negative numbers as short runs of characters safe inside a JSON string: five bits a character, most
 * significant first, with the last character of each number taken from the first half of the alphabet and the others
 * from the second half, so numbers need no separators. {@code assets/search.js} reads them back.
 */
final class Base32Varint {
    /** First 32: a number's last digit; last 32: a digit with more to follow. */
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /** Each character's place in the alphabet, or -1. */
    private static final byte[] DIGITS = new byte[128];

    static {
        java.util.Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) DIGITS[ALPHABET.charAt(i)] = (byte) i;
    }

    private Base32Varint() {}

    /**
     * A character's place in the alphabet: below 32 for a number's last digit.
     *
     * @throws IllegalArgumentException if it is not in the alphabet
     */
    static int digit(char c) {
        int digit = c < DIGITS.length ? DIGITS[c] : -1;
        if (digit < 0) throw new IllegalArgumentException("not a digit: " + c);
        return digit;
    }

    /** Appends the number. */
    static void append(StringBuilder out, long value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int digits = 1;
        while (digits < 13 && value >>> (5 * digits) != 0) digits++;
        for (int d = digits - 1; d > 0; d--) out.append(ALPHABET.charAt(32 + (int) ((value >>> (5 * d)) & 31)));
        out.append(ALPHABET.charAt((int) (value & 31)));
    }
}
