package dev.parallax.newsroom.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The align answer, typed: documents with their sentences, cross-document links, compared facts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlignResult(List<AlignedDocument> documents, List<Link> links, List<Fact> comparison, List<Claim> claims) {

    public AlignResult {
        documents = documents == null ? List.of() : documents;
        links = links == null ? List.of() : links;
        comparison = comparison == null ? List.of() : comparison;
        claims = claims == null ? List.of() : claims;
    }

    /**
     * One thing the reports say: its sentences per report, conflict / agree / unique, and the indices into
     * {@code comparison} of the facts it states. Comparisons stored before claims existed have none.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String id, String status, String label, List<Member> members, List<Integer> facts) {
        public Claim {
            members = members == null ? List.of() : members;
            facts = facts == null ? List.of() : facts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AlignedDocument(String id, String language, List<Sentence> sentences) {
        public AlignedDocument {
            sentences = sentences == null ? List.of() : sentences;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sentence(int start, int end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(double score, List<Member> members) {
        public Link {
            members = members == null ? List.of() : members;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String doc, List<Integer> sentences) {
        public Member {
            sentences = sentences == null ? List.of() : sentences;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fact(String kind, String status, String label, List<Mention> mentions) {
        public Fact {
            mentions = mentions == null ? List.of() : mentions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * {@code speaker}: who said it, for quotes ("siger Maria Sakharova"); {@code role}: the office the report
     * gives a person ("russiske forsvarsminister"); null where they do not apply.
     */
    public record Mention(String doc, int start, int end, String text, String value, String speaker, String role) {
    }
}
