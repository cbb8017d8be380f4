package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTest {
    @Test
    void anyTextComesBackAsItWas() {
        long seed = 20261128L;
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i < 10 ? 3 : 20_000);
            while (text.length() < length) {
                // Mostly words that repeat, as articles do, with some of any code point.
                if (random.nextInt(10) > 0) text.append("word").append(random.nextInt(50)).append(' ');
                else text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1) & ~0x800);
            }
            String original = text.toString();
            byte[] packed = Packed.of(original);
            assertThat(Packed.text(packed)).as("seed %d, text %d", seed, i).isEqualTo(original);
            if (length > 5_000) assertThat(packed.length).as("seed %d, text %d", seed, i).isLessThan(length / 2);
        }
    }

    @Test
    void bytesThatAreNotPackedTextAreRefused() {
        byte[] packed = Packed.of("A lede that is long enough to be deflated into several bytes, and then some more.");
        assertThatThrownBy(() -> Packed.text(Arrays.copyOf(packed, packed.length / 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Packed.text(new byte[] {1, 2, 3, 4})).isInstanceOf(IllegalArgumentException.class);
    }
}
