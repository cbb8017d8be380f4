package io.broadsheet.evaluate;

/**
 * Counts of labelled snippets and how an extractor treated them.
 *
 * @param body              body snippets
 * @param bodyKept          body snippets found in the reading view
 * @param furniture         furniture snippets
 * @param furnitureRejected furniture snippets absent from the reading view
 */
public record Tally(int body, int bodyKept, int furniture, int furnitureRejected) {
    /** No snippets. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public Tally {
        if (bodyKept < 0 || bodyKept > body || furnitureRejected < 0 || furnitureRejected > furniture) {
            throw new IllegalArgumentException("counts out of range");
        }
    }

    /** The sum of two tallies. */
    public Tally plus(Tally other) {
        return new Tally(body + other.body, bodyKept + other.bodyKept, furniture + other.furniture,
                furnitureRejected + other.furnitureRejected);
    }

    /** Share of body snippets kept; 1 when there are none. */
    public double bodyRecall() {
        return body == 0 ? 1 : bodyKept / (double) body;
    }

    /** Share of furniture snippets rejected; 1 when there are none. */
    public double furnitureRejection() {
        return furniture == 0 ? 1 : furnitureRejected / (double) furniture;
    }

    /** Snippets the extractor got wrong. */
    public int errors() {
        return body - bodyKept + furniture - furnitureRejected;
    }
}
