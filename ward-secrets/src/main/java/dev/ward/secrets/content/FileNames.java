package dev.ward.secrets.content;

/** File-name tests made for every file of a scan, so they allocate nothing (no lower-cased copy of the name). */
public final class FileNames {

    private FileNames() {
    }

    /** Whether {@code name} ends with {@code suffix}, ignoring ASCII case. */
    public static boolean endsWithIgnoreCase(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }
}
