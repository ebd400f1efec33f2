package dev.parallax.support.validation;

/** Message templates built from text: Bean Validation would read braces and dollars in it as expressions. */
final class Templates {

    private Templates() {
    }

    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
