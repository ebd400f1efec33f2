package dev.parallax.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.parallax.newsroom.service.grouping.EventMatcher;
import dev.parallax.newsroom.service.grouping.GroupingKeys;

/**
 * Replays the newsroom's grouping decision in-process over a labelled article set in many arrival orders and prints
 * B-cubed precision, recall and F1 per order and their mean and worst. The service groups in whatever order its
 * workers reach the articles, so one run of newsroom_eval.py is one draw; this shows the spread of that draw and
 * compares two builds of the matcher on the same orders (put either build's classes first on the class path).
 * <p>
 * What it replays: candidates are the articles already grouped whose dates lie within the window and that share a
 * grouping key; the article joins the most similar event at or above the threshold, and every other event above it
 * is merged into that one (GroupingService). What it leaves out: two workers grouping at once (the key locks make
 * that sequential for articles that could meet) and the candidate cap (never reached here).
 * <p>
 * Input: JSON lines {@code {"id", "title", "text", "published", "gold"}} from {@code bench/grouping_articles.py}.
 * Usage: {@code java -cp CLASSES GroupingReplay FILE [orders=20] [threshold=0.33] [windowDays=3]}.
 */
public final class GroupingReplay {

    record Item(int id, String gold, LocalDate published, long[] keys, EventMatcher.Profile profile) {
    }

    public static void main(String[] args) throws IOException {
        List<Item> items = read(Path.of(args[0]));
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double threshold = args.length > 2 ? Double.parseDouble(args[2]) : 0.33;
        int windowDays = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        EventMatcher matcher = new EventMatcher(threshold);

        double sumP = 0, sumR = 0, sumF = 0, worstF = 1;
        for (int order = 0; order < orders; order++) {
            List<Item> arrival = new ArrayList<>(items);
            if (order > 0) { // order 0 is the evaluator's posting order
                Collections.shuffle(arrival, new Random(order));
            }
            Map<Integer, UUID> predicted = replay(arrival, matcher, windowDays);
            double[] prf = bcubed(items, predicted);
            if (order == 0 && System.getProperty("errors") != null) {
                printErrors(items, predicted);
            }
            System.out.printf(Locale.ROOT, "{\"order\": %d, \"bcubed_precision\": %.4f, \"bcubed_recall\": %.4f, \"bcubed_f1\": %.4f}%n",
                    order, prf[0], prf[1], prf[2]);
            sumP += prf[0];
            sumR += prf[1];
            sumF += prf[2];
            worstF = Math.min(worstF, prf[2]);
        }
        System.out.printf(Locale.ROOT,
                "{\"articles\": %d, \"orders\": %d, \"threshold\": %.3f, \"mean_precision\": %.4f, \"mean_recall\": %.4f, \"mean_f1\": %.4f, \"worst_f1\": %.4f}%n",
                items.size(), orders, threshold, sumP / orders, sumR / orders, sumF / orders, worstF);
    }

    /** The event of each article id after grouping them in {@code arrival} order. */
    static Map<Integer, UUID> replay(List<Item> arrival, EventMatcher matcher, int windowDays) {
        Map<Integer, UUID> eventOf = new HashMap<>();
        List<Item> grouped = new ArrayList<>();
        for (Item item : arrival) {
            Set<Long> keys = new HashSet<>();
            for (long k : item.keys()) {
                keys.add(k);
            }
            List<EventMatcher.Candidate> candidates = new ArrayList<>();
            for (int i = grouped.size() - 1; i >= 0; i--) { // newest first, as the service orders them
                Item other = grouped.get(i);
                long days = Math.abs(other.published().toEpochDay() - item.published().toEpochDay());
                if (days <= windowDays && sharesKey(other.keys(), keys)) {
                    candidates.add(new EventMatcher.Candidate(uuid(other.id()), eventOf.get(other.id()), other.profile()));
                }
            }
            List<EventMatcher.Match> matches = matcher.matches(item.profile(), candidates);
            UUID event;
            if (matches.isEmpty()) {
                event = UUID.randomUUID();
            } else {
                event = matches.get(0).eventId();
                for (EventMatcher.Match merged : matches.subList(1, matches.size())) {
                    eventOf.replaceAll((id, e) -> e.equals(merged.eventId()) ? event : e);
                }
            }
            eventOf.put(item.id(), event);
            grouped.add(item);
        }
        return eventOf;
    }

    /** Each predicted event holding more than one gold event, and each gold event spread over several predicted ones. */
    static void printErrors(List<Item> items, Map<Integer, UUID> predicted) {
        Map<UUID, java.util.TreeMap<String, Integer>> goldOfEvent = new HashMap<>();
        Map<String, Set<UUID>> eventsOfGold = new java.util.TreeMap<>();
        for (Item i : items) {
            goldOfEvent.computeIfAbsent(predicted.get(i.id()), e -> new java.util.TreeMap<>()).merge(i.gold(), 1, Integer::sum);
            eventsOfGold.computeIfAbsent(i.gold(), g -> new HashSet<>()).add(predicted.get(i.id()));
        }
        goldOfEvent.values().stream().filter(g -> g.size() > 1).map(g -> "joined: " + g).sorted().forEach(System.out::println);
        eventsOfGold.forEach((gold, events) -> {
            if (events.size() > 1) {
                List<String> parts = new ArrayList<>();
                for (UUID e : events) {
                    List<Integer> ids = items.stream().filter(i -> i.gold().equals(gold) && predicted.get(i.id()).equals(e))
                            .map(Item::id).toList();
                    parts.add(ids.toString());
                }
                System.out.println("split: " + gold + " " + parts);
            }
        });
    }

    private static boolean sharesKey(long[] keys, Set<Long> of) {
        for (long k : keys) {
            if (of.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** B-cubed precision, recall and F1, as newsroom_eval.py computes them. */
    static double[] bcubed(List<Item> items, Map<Integer, UUID> predicted) {
        double p = 0, r = 0;
        for (Item i : items) {
            int samePredicted = 0, sameGold = 0, both = 0;
            for (Item j : items) {
                boolean pred = predicted.get(j.id()).equals(predicted.get(i.id()));
                boolean gold = j.gold().equals(i.gold());
                samePredicted += pred ? 1 : 0;
                sameGold += gold ? 1 : 0;
                both += pred && gold ? 1 : 0;
            }
            p += (double) both / samePredicted;
            r += (double) both / sameGold;
        }
        p /= items.size();
        r /= items.size();
        return new double[] { p, r, p + r == 0 ? 0 : 2 * p * r / (p + r) };
    }

    private static UUID uuid(int id) {
        return new UUID(0, id);
    }

    private static List<Item> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = json.readTree(line);
            String title = a.path("title").isNull() ? null : a.path("title").asText(null);
            String text = a.get("text").asText();
            items.add(new Item(a.get("id").asInt(), a.get("gold").asText(), LocalDate.parse(a.get("published").asText()),
                    GroupingKeys.of(title, text), EventMatcher.profile(text)));
        }
        return items;
    }
}
