package dev.parallax.align.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import dev.parallax.align.rest.AlignRequest;
import dev.parallax.align.rest.AlignResponse;
import dev.parallax.align.rest.AlignResponse.ClaimOut;
import dev.parallax.align.rest.AlignResponse.DocumentOut;
import dev.parallax.align.rest.AlignResponse.FactOut;
import dev.parallax.align.rest.AlignResponse.LinkOut;
import dev.parallax.align.rest.AlignResponse.MemberOut;
import dev.parallax.align.rest.AlignResponse.MentionOut;
import dev.parallax.align.rest.AlignResponse.SentenceOut;
import dev.parallax.align.service.Alignment;
import dev.parallax.align.service.Document;
import dev.parallax.align.service.Report;
import dev.parallax.align.service.claims.Claim;
import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.facts.Fact;
import dev.parallax.align.service.facts.value.QuoteValue;
import dev.parallax.support.text.IsoDates;

/** The contract's align response, made from the domain's alignment: report indices become document ids. */
public final class AlignmentMapper {

    private AlignmentMapper() {
    }

    /** The request's reports as the domain takes them; the request's constraints have checked every field. */
    public static List<Document> toDocuments(AlignRequest request) {
        return request.documents().stream()
                .map(d -> new Document(d.id(), d.text(), languageTag(d.language()), IsoDates.parse(d.published(), "published")))
                .toList();
    }

    /** Trimmed; a bare language subtag in lower case ("DA" is "da"), a longer tag as written. */
    private static String languageTag(String tag) {
        if (tag == null) {
            return null;
        }
        String trimmed = tag.trim();
        return trimmed.indexOf('-') < 0 ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    public static AlignResponse toResponse(Alignment alignment) {
        List<Report> reports = alignment.reports();
        List<DocumentOut> documents = reports.stream()
                .map(r -> new DocumentOut(r.id(), r.language(),
                        r.sentences().stream().map(s -> new SentenceOut(s.start(), s.end())).toList()))
                .toList();
        List<LinkOut> links = alignment.links().stream()
                .map(l -> new LinkOut(l.score(), members(l.members(), reports))).toList();
        List<FactOut> comparison = alignment.comparison().stream().map(f -> fact(f, reports)).toList();
        List<ClaimOut> claims = alignment.claims().stream().map(c -> claim(c, reports)).toList();
        return new AlignResponse(documents, links, comparison, claims);
    }

    private static List<MemberOut> members(SortedMap<Integer, List<Integer>> members, List<Report> reports) {
        List<MemberOut> out = new ArrayList<>(members.size());
        for (Map.Entry<Integer, List<Integer>> m : members.entrySet()) {
            out.add(new MemberOut(reports.get(m.getKey()).id(), List.copyOf(m.getValue())));
        }
        return out;
    }

    private static FactOut fact(ComparedFact f, List<Report> reports) {
        return new FactOut(f.kind(), f.status().contractName(), f.label(),
                f.mentions().stream().map(m -> mention(m, reports)).toList());
    }

    private static MentionOut mention(Fact m, List<Report> reports) {
        String speaker = m.value() instanceof QuoteValue q ? q.speaker() : null;
        return new MentionOut(reports.get(m.doc()).id(), m.start(), m.end(), m.text(), m.value().normalised(), speaker, m.role());
    }

    private static ClaimOut claim(Claim c, List<Report> reports) {
        return new ClaimOut(c.id(), c.status().contractName(), c.label(), members(c.passage().members(), reports), c.facts());
    }
}
