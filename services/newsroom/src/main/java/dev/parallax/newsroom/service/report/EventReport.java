package dev.parallax.newsroom.service.report;

import java.util.List;
import java.util.UUID;

import dev.parallax.newsroom.service.query.EventViews.ComparisonVersion;

/**
 * The editors' report of one version of an event's comparison: the claim matrix, what changed since the
 * version before, and every version there is (newest first).
 */
public record EventReport(UUID event, String title, ComparisonVersion version, boolean current,
        List<ComparisonVersion> versions, ClaimMatrix matrix, ComparisonChanges changes) {
}
