package dev.parallax.newsroom.service;

import java.sql.SQLException;

import jakarta.ws.rs.WebApplicationException;

/** How the newsroom reads a failure: what to record of it, and whether the database refused a duplicate. */
public final class Failures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEADLOCK = "40P01";

    private Failures() {
    }

    /** One line for the article's error column and the logs: the HTTP status, or the root cause. */
    public static String describe(Throwable e) {
        Throwable root = e;
        if (e instanceof WebApplicationException web) {
            return "HTTP " + web.getResponse().getStatus() + " " + String.valueOf(web.getMessage());
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + " caused by " + root;
    }

    /**
     * Whether a unique constraint refused the write: another request stored the same row between a
     * look-up and an insert, a race the caller answers by reading the row that won.
     */
    public static boolean isUniqueViolation(Throwable e) {
        return hasSqlState(e, UNIQUE_VIOLATION);
    }

    /** Whether PostgreSQL ended the transaction to break a deadlock with another one: trying again may pass. */
    public static boolean isDeadlock(Throwable e) {
        return hasSqlState(e, DEADLOCK);
    }

    private static boolean hasSqlState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
