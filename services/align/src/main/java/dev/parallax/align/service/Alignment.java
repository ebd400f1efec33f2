package dev.parallax.align.service;

import java.util.List;

import dev.parallax.align.service.claims.Claim;
import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.linking.Link;

/**
 * The result of aligning reports of one event: their sentences (in the reports), the passages linked
 * across them, the facts compared, and the claims an editor reads.
 */
public record Alignment(List<Report> reports, List<Link> links, List<ComparedFact> comparison, List<Claim> claims) {
}
