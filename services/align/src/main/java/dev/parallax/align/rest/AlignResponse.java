package dev.parallax.align.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The contract's align response: segmentation, links between passages, compared facts, claims. */
public record AlignResponse(List<DocumentOut> documents, List<LinkOut> links, List<FactOut> comparison, List<ClaimOut> claims) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DocumentOut(String id, String language, List<SentenceOut> sentences) {
    }

    public record SentenceOut(int start, int end) {
    }

    public record LinkOut(double score, List<MemberOut> members) {
    }

    public record MemberOut(String doc, List<Integer> sentences) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactOut(String kind, String status, String label, List<MentionOut> mentions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MentionOut(String doc, int start, int end, String text, String value, String speaker, String role) {
    }

    /**
     * One thing said: the sentences of each report that say it, its status, and the indices into
     * {@code comparison} of the facts it states.
     */
    public record ClaimOut(String id, String status, String label, List<MemberOut> members, List<Integer> facts) {
    }
}
