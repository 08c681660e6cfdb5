package dev.ward.models.format;

/** Test access to {@link OnnxFormat}'s package-private path rule. */
public final class OnnxFormatAccess {

    private OnnxFormatAccess() {
    }

    public static boolean escapes(String location) {
        return OnnxFormat.escapesModelDirectory(location);
    }
}
