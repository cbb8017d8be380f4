package io.broadsheet.site;

/**
 * Told how far a build has got, for a progress bar. A build calls {@link #stage} before each stage of work and
 * {@link #advance} from its worker threads as items are done, so implementations must be thread-safe.
 */
public interface Progress {
    /** Progress that is not shown anywhere. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name, int total) {}

        @Override
        public void advance() {}
    };

    /**
     * A new stage begins.
     *
     * @param name  what is being done, such as "reading"
     * @param total how many items the stage has
     */
    void stage(String name, int total);

    /** One more item of the current stage is done. */
    void advance();
}
