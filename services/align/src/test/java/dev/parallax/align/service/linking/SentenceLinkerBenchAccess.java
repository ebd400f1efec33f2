package dev.parallax.align.service.linking;

import java.util.List;

/** Lets the side-by-side benchmark choose the linker's path; not part of the service. */
public final class SentenceLinkerBenchAccess {

    private static final SentenceLinker LINKER = new SentenceLinker();

    private SentenceLinkerBenchAccess() {
    }

    public static List<Link> link(List<List<String>> documents, boolean parallel) {
        return LINKER.link(documents, parallel);
    }
}
