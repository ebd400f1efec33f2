package dev.parallax.align.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.parallax.align.rest.AlignResponse;
import dev.parallax.align.rest.AlignResponse.DocumentOut;
import dev.parallax.align.rest.AlignResponse.FactOut;
import dev.parallax.align.rest.AlignResponse.LinkOut;
import dev.parallax.align.rest.AlignResponse.MemberOut;
import dev.parallax.align.rest.AlignResponse.SentenceOut;
import dev.parallax.align.service.facts.FactComparer;
import dev.parallax.align.service.linking.Link;
import dev.parallax.align.service.linking.LinkGroups;
import dev.parallax.align.service.linking.SentenceLinker;

/**
 * The alignment itself, free of HTTP and CDI so that benchmarks and tests can drive it directly:
 * link sentences across reports, then compare the facts they state.
 */
public final class ReportAligner {

    private final SentenceLinker linker;
    private final FactComparer comparer;

    public ReportAligner(SentenceLinker linker, FactComparer comparer) {
        this.linker = linker;
        this.comparer = comparer;
    }

    public AlignResponse align(List<Report> reports) {
        List<List<String>> sentences = new ArrayList<>(reports.size());
        for (Report r : reports) {
            List<String> texts = new ArrayList<>(r.sentences().size());
            for (int i = 0; i < r.sentences().size(); i++) {
                texts.add(r.sentence(i));
            }
            sentences.add(texts);
        }
        List<Link> links = LinkGroups.join(linker.link(sentences));
        List<FactOut> comparison = comparer.compare(reports, links);

        List<DocumentOut> documents = reports.stream()
                .map(r -> new DocumentOut(r.id(), r.language(),
                        r.sentences().stream().map(s -> new SentenceOut(s.start(), s.end())).toList()))
                .toList();
        List<LinkOut> linkOut = new ArrayList<>(links.size());
        for (Link link : links) {
            List<MemberOut> members = new ArrayList<>();
            for (Map.Entry<Integer, List<Integer>> m : link.members().entrySet()) {
                members.add(new MemberOut(reports.get(m.getKey()).id(), m.getValue()));
            }
            linkOut.add(new LinkOut(link.score(), members));
        }
        return new AlignResponse(documents, linkOut, comparison);
    }
}
