package dev.parallax.newsroom.service.grouping;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Gives grouping keys to grouped articles that have none: those grouped before keys existed, and archives loaded
 * into the database directly. Until then grouping still finds them, by date alone (slower); after, through the
 * index. A batch at a time, each its own transaction; replicas may run it side by side (SKIP LOCKED).
 */
@ApplicationScoped
public class GroupingKeysBackfill {

    private static final Logger LOG = Logger.getLogger(GroupingKeysBackfill.class);
    static final int BATCH = 500;

    private final EntityManager em;

    GroupingKeysBackfill(EntityManager em) {
        this.em = em;
    }

    @Scheduled(every = "${newsroom.grouping.backfill-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int done = 0;
        for (int batch = fillBatch(); batch > 0; batch = fillBatch()) {
            done += batch;
        }
        if (done > 0) {
            LOG.infof("Grouping keys given to %d article(s) grouped without them", done);
        }
    }

    /** Keys for up to {@link #BATCH} grouped articles without them; how many were given. */
    @Transactional
    public int fillBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, title, text from article
                where grouping_keys is null and event_id is not null
                limit ?1 for update skip locked""")
                .setParameter(1, BATCH)
                .getResultList();
        for (Object[] row : rows) {
            GroupingKeys.store(em, (UUID) row[0], GroupingKeys.of((String) row[1], (String) row[2]));
        }
        return rows.size();
    }
}
