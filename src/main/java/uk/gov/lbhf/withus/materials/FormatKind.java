package uk.gov.lbhf.withus.materials;

/** The alternative formats a material can be offered in, side by side. */
public enum FormatKind {
    STANDARD,
    EASY_READ,
    LARGE_PRINT,
    AUDIO,
    TRANSLATED;

    /** The format's name in web addresses: {@code easy-read}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<FormatKind> fromSlug(String slug) {
        for (FormatKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
