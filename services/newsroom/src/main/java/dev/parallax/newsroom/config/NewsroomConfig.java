package dev.parallax.newsroom.config;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ingestion limits, event grouping and the processing worker. */
@ConfigMapping(prefix = "newsroom")
public interface NewsroomConfig {

    /** Longest article text accepted, in characters; longer texts are answered with 413 (checked at the edge by {@code ArticleRequest}'s {@code @ConfiguredMax}). */
    @WithDefault("200000")
    int maxTextChars();

    /**
     * How many days after today (UTC) a publication date may lie: time zones and clocks put a report a day
     * ahead at most, and a date years ahead would pin its event to the top of every list.
     */
    @WithDefault("1")
    int maxDaysAhead();

    /** Language codes a client may give to override detection. */
    @WithDefault("da,nb,nn,sv,en,de,fi,is,fo,und")
    Set<String> languages();

    Grouping grouping();

    Processing processing();

    Align align();

    Translation translation();

    Auth auth();

    interface Grouping {

        /**
         * Only events whose published dates come within this many days of the article's date are
         * candidates: reports of one story appear within days, and old stories on the same subject
         * must not absorb new ones.
         */
        @WithDefault("3")
        int windowDays();

        /** Lowest cosine similarity (char n-gram TF-IDF) to an event's closest article for joining it. */
        @WithDefault("0.33")
        double threshold();

        /**
         * At most this many of the candidate articles (those of the window sharing a name or number with the new one,
         * newest first) are compared with it; a grouping that finds more counts on
         * {@code newsroom.grouping.candidates.cut}.
         */
        @WithDefault("500")
        int maxCandidates();
    }

    interface Processing {

        /** How often the worker looks for due articles (it is also woken after every ingest). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Articles processed at once by one instance. */
        @WithDefault("4")
        int concurrency();

        /**
         * How long a claimed article is hidden from other workers. The instance working on it renews the
         * lease every {@link #heartbeat()}, so a slow align call keeps it; if the instance dies, another one
         * (or the restarted one) takes the article over once the lease runs out.
         */
        @WithDefault("20S")
        Duration lease();

        /** How often the leases of the articles in flight are renewed; well below {@link #lease()}. */
        @WithDefault("5S")
        Duration heartbeat();

        /** On shutdown, how long articles in flight may finish before their claims are released. */
        @WithDefault("5S")
        Duration shutdownGrace();

        /** Wait before the first retry; doubled per failed attempt up to {@link #backoffMax()}. */
        @WithDefault("2S")
        Duration backoffInitial();

        @WithDefault("5M")
        Duration backoffMax();

        /**
         * How soon an article that leaves its event's comparison to a later member looks again whether a comparison
         * covers it. Storing that comparison marks it processed first as a rule; this is the net under it (the later
         * member failing, say).
         */
        @WithDefault("5S")
        Duration coalesceRecheck();

        /**
         * How long an event's membership must have been still before it is compared: reports of one story arriving
         * together (a story breaking, a bulk ingest) are then compared once rather than once per report.
         */
        @WithDefault("2S")
        Duration comparisonQuiet();

        /**
         * The most an event's comparison may lag its membership while reports keep arriving faster than
         * {@link #comparisonQuiet()}: past this, the event is compared whether it is still or not.
         */
        @WithDefault("30S")
        Duration comparisonMaxLag();

        /** Set false to run without the background worker (processing then never happens). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Align {

        /** Documents per align request; the contract accepts 2 to 20. */
        @WithDefault("20")
        int maxDocuments();
    }

    interface Translation {

        /**
         * How long the event page waits for translations that are not stored yet. A translation still
         * running then is shown as "in progress" over the original and is stored when it completes, so
         * a slow translate never holds the page for the client's full read timeout.
         */
        @WithDefault("15s")
        Duration pageWait();

        /** Translations requested from translate at once by one instance; further ones queue. */
        @WithDefault("4")
        int concurrency();

        /** Translations waiting for a free slot; beyond this the reader gets the original with a notice. */
        @WithDefault("200")
        int queue();

        /** Retry-After of the API's 503 when translate is down; about the circuit breaker's delay. */
        @WithDefault("10s")
        Duration retryAfter();
    }

    /**
     * The demo accounts {@code ./parallax up} asks for (docs/newsroom.md, Authentication). Each is created at start-up
     * when set and missing; the values come from the environment, never from a file in the repository.
     */
    interface Auth {

        /** {@code NEWSROOM_AUTH_EDITOR}: name of an editor (roles editor and reader) to create at start-up. */
        Optional<String> editor();

        /** {@code NEWSROOM_AUTH_EDITOR_PASSWORD}: that editor's password. */
        Optional<String> editorPassword();

        /** {@code NEWSROOM_AUTH_DEMO_TOKEN}: a token to accept with every role (client "demo"). */
        Optional<String> demoToken();
    }
}
