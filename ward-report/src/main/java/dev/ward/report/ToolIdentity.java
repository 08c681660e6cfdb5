package dev.ward.report;

/** The tool's name and version, split from {@code ScanResult.tool()} such as {@code "ward 0.1.0"}. */
record ToolIdentity(String name, String version) {

    static ToolIdentity of(String tool) {
        String text = tool == null ? "" : tool.trim();
        int space = text.lastIndexOf(' ');
        if (space < 0) {
            return new ToolIdentity(text.isEmpty() ? "ward" : text, "");
        }
        return new ToolIdentity(text.substring(0, space).trim(), text.substring(space + 1));
    }

    boolean hasVersion() {
        return !version.isEmpty();
    }
}
