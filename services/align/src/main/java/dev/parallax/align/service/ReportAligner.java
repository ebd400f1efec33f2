package dev.parallax.align.service;

import java.util.ArrayList;
import java.util.List;

import dev.parallax.align.service.claims.ClaimBuilder;
import dev.parallax.align.service.claims.Passage;
import dev.parallax.align.service.facts.ComparedFact;
import dev.parallax.align.service.facts.FactComparer;
import dev.parallax.align.service.linking.Link;
import dev.parallax.align.service.linking.LinkGroups;
import dev.parallax.align.service.linking.SentenceLinker;
import dev.parallax.align.service.linking.SlotLinks;
import dev.parallax.align.service.linking.ValueLinks;

/**
 * The alignment itself, free of HTTP and CDI so that benchmarks and tests can drive it directly:
 * link sentences across reports, partition them into passages (claims), compare the facts the passages
 * state, and order the claims for an editor.
 */
public final class ReportAligner {

    private final SentenceLinker linker;
    private final FactComparer comparer;

    public ReportAligner(SentenceLinker linker, FactComparer comparer) {
        this.linker = linker;
        this.comparer = comparer;
    }

    public Alignment align(List<Report> reports) {
        List<List<String>> sentences = new ArrayList<>(reports.size());
        for (Report r : reports) {
            List<String> texts = new ArrayList<>(r.sentences().size());
            for (int i = 0; i < r.sentences().size(); i++) {
                texts.add(r.sentence(i));
            }
            sentences.add(texts);
        }
        FactComparer.Extracted facts = comparer.extract(reports);
        List<Link> links = LinkGroups.join(ValueLinks.add(linker.link(sentences), comparer.anchors(facts)));
        List<Passage> passages = ClaimBuilder.partition(reports, links);
        List<ComparedFact> comparison = comparer.compare(reports, links, passages, facts);
        // sentences that state one slot report the same thing, whether or not their words said so: link them, and
        // make the claims over those links (comparing again within them found nothing more on the development sets)
        List<Link> slotLinks = SlotLinks.of(comparison, links);
        if (!slotLinks.isEmpty()) {
            List<Link> all = new ArrayList<>(links);
            all.addAll(slotLinks);
            links = LinkGroups.join(all);
            passages = ClaimBuilder.partition(reports, links);
        }
        return new Alignment(reports, links, comparison, ClaimBuilder.claims(reports, passages, comparison));
    }
}
