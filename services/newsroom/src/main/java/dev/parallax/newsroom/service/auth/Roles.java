package dev.parallax.newsroom.service.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a caller may do. An API client or a user holds any of them; the demo token holds all.
 * <ul>
 * <li>{@link #READER}: every GET of {@code /api/v1} (articles, events, comparisons, reports, translations)</li>
 * <li>{@link #WRITER}: {@code POST /api/v1/articles} and {@code …/batch}</li>
 * <li>{@link #EDITOR}: the editors' pages</li>
 * <li>{@link #ADMIN}: {@code /api/v1/admin}: API clients and users</li>
 * </ul>
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String WRITER = "writer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(READER, WRITER, EDITOR, ADMIN);

    private Roles() {
    }

    /** For a request's constraint ({@code @Pattern}): one of the roles' names. */
    public static final String PATTERN = "reader|writer|editor|admin";

    /** The roles named, sorted. Requests are checked at the edge; an unknown name here is a bug. */
    public static Set<String> of(Collection<String> names) {
        Set<String> roles = new TreeSet<>();
        for (String name : names) {
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("unknown role " + name);
            }
            roles.add(name);
        }
        return roles;
    }
}
