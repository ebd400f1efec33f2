package dev.parallax.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated bad input for every endpoint of a running stack: random JSON shapes and types around each body's
 * field names, Unicode edge cases, extreme numbers and dates, bytes that are not UTF-8, wrong media types,
 * strange query values and ids. A finding is any 5xx, or an error without a problem body where the API
 * promises one. Reproducible: the seed is printed with every finding.
 */
final class Fuzz {

    /** One endpoint: how to call it, and the field names its body or query knows. */
    record Endpoint(String base, String method, String path, List<String> fields, boolean html) {
    }

    record Finding(String request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + contentType + " for " + (request.length() > 200 ? request.substring(0, 200) + "…" : request)
                    + " → " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    private static final String[] TEXTS = {
            "", " ", "Hej", "Regjeringa la fram forslaget måndag.", "\u0000", "a\u0000b", "\u0007\u001b[31m",
            "\u200B\u200C\u200D\uFEFF", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "😀🇩🇰", "\uFFFD", "<script>x</script>",
            "'; drop table article; --", "%s%n%x", "${jndi:ldap://x}", "../../etc/passwd", "\\", "\"", "da", "nb", "nn",
            "und", "xx", "0000-01-01", "+999999999-12-31", "-9999-01-01T00:00:00Z", "2015-02-30", "9999-12-31",
            "2015-09-18T25:61:00Z", "NaN", "Infinity", "1e309", "-0", "0x10", "00000000-0000-0000-0000-000000000000",
            "conflict", "md", "csv", "json"};

    private final Random random;
    private final long seed;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Sent as the bearer token with every request, so that the fuzzing reaches past authentication. */
    private final String token;

    Fuzz(long seed, String token) {
        this.seed = seed;
        this.token = token;
        this.random = new Random(seed);
    }

    /** Sends requests to the endpoints in turn until {@code budget} is spent; answers what went wrong. */
    List<Finding> run(List<Endpoint> endpoints, Duration budget, int[] sent) throws Exception {
        List<Finding> findings = new ArrayList<>();
        Instant deadline = Instant.now().plus(budget);
        while (Instant.now().isBefore(deadline)) {
            for (Endpoint endpoint : endpoints) {
                HttpRequest request = request(endpoint);
                HttpResponse<String> response;
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    // the server may close a connection after a 413 mid-body; that is an answer, not a stall
                    continue;
                }
                sent[0]++;
                String type = response.headers().firstValue("Content-Type").orElse("");
                int status = response.statusCode();
                // the HTTP layer's own refusals of an over-long request line or header block come before any
                // application code and without a body; every other error of the API is a problem
                boolean problemExpected = !endpoint.html() && status >= 400 && status != 414 && status != 431;
                if (status >= 500 || problemExpected && !type.startsWith("application/problem+json")) {
                    findings.add(new Finding("seed " + seed + ": " + request.method() + " " + request.uri(), status, type,
                            response.body()));
                }
            }
        }
        return findings;
    }

    private HttpRequest request(Endpoint endpoint) {
        String path = endpoint.path().replace("{id}", id()).replace("{version}", pick(
                new String[] {"1", "0", "-1", "99999999999", "abc", "%00"}));
        String query = "";
        if (!endpoint.fields().isEmpty() && "GET".equals(endpoint.method())) {
            StringBuilder q = new StringBuilder("?");
            for (String field : endpoint.fields()) {
                if (random.nextInt(3) > 0) {
                    q.append(field).append('=').append(URLEncoder.encode(text(), StandardCharsets.UTF_8)).append('&');
                }
            }
            query = q.toString();
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint.base() + path + query))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
        if ("GET".equals(endpoint.method())) {
            return builder.GET().header("Accept", pick(new String[] {"*/*", "application/json", "text/html", "text/csv",
                    "image/png", "application/xml;q=0.1, */*;q=0"})).build();
        }
        byte[] body;
        int kind = random.nextInt(10);
        if (kind == 0) {
            body = new byte[random.nextInt(64)];
            random.nextBytes(body);
        } else {
            body = json(endpoint.fields(), 0).getBytes(StandardCharsets.UTF_8);
        }
        String type = random.nextInt(12) == 0 ? pick(new String[] {"text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=latin1", "multipart/form-data; boundary=x"}) : "application/json";
        return builder.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", type).build();
    }

    /** A JSON document: mostly an object of the endpoint's fields with random values, sometimes anything. */
    String json(List<String> fields, int depth) {
        int shape = random.nextInt(12);
        if (shape == 0 || depth > 3) {
            return value(fields, depth + 1);
        }
        if (shape == 1) {
            return "{\"" + pick(fields) + "\": " + value(fields, depth + 1) + ", \"" + pick(fields) + "\": "
                    + value(fields, depth + 1) + "}" + (random.nextBoolean() ? " trailing" : "{}");
        }
        StringBuilder object = new StringBuilder("{");
        for (String field : fields) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            if (object.length() > 1) {
                object.append(", ");
            }
            object.append('"').append(field).append("\": ");
            object.append(random.nextInt(3) == 0 ? value(fields, depth + 1) : string(text()));
        }
        if (random.nextInt(6) == 0) {
            object.append(object.length() > 1 ? ", " : "").append("\"unknown\": 1");
        }
        return object.append('}').toString();
    }

    private String value(List<String> fields, int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 9)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> pick(new String[] {"0", "-1", "2147483648", "9223372036854775808", "1e309", "-0.0", "1.5",
                    "123456789012345678901234567890"});
            case 3, 4 -> string(text());
            case 5 -> string("\\ud800 \\udfff \\u0000 \\uffff");
            case 6 -> "[" + value(fields, depth + 1) + ", " + value(fields, depth + 1) + "]";
            case 7 -> "[" + json(fields, depth + 1) + ", " + json(fields, depth + 1) + "]";
            default -> json(fields, depth + 1);
        };
    }

    private String text() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return pick(TEXTS).repeat(1 + random.nextInt(2_000));
        }
        if (kind == 1) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.appendCodePoint(random.nextInt(0x10FFFF));
            }
            return s.toString().replaceAll("[\\uD800-\\uDFFF]", "?");
        }
        return pick(TEXTS);
    }

    /** A JSON string literal; escapes that are already JSON (\\u…) are kept as they are. */
    private static String string(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                out.append("\\\"");
            } else if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
                out.append(c);
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private String id() {
        return pick(new String[] {"00000000-0000-0000-0000-000000000000", "not-a-uuid", "%00", "..%2F..", "1",
                java.util.UUID.randomUUID().toString(), "a".repeat(300)});
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.isEmpty() ? "x" : options.get(random.nextInt(options.size()));
    }
}
