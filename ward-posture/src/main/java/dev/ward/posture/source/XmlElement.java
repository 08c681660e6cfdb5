package dev.ward.posture.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mutable XML element that remembers the file and line it came from, so a merged ClickHouse config still says where
 * each setting was written.
 */
public final class XmlElement {

    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();
    private Path source;
    private int line;

    public XmlElement(String name, Map<String, String> attributes, Path source, int line) {
        this.name = name;
        this.attributes = new LinkedHashMap<>(attributes);
        this.source = source;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The element's own text, trimmed. */
    public String text() {
        return text.toString().trim();
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    public void setText(String value) {
        text.setLength(0);
        text.append(value);
    }

    public List<XmlElement> children() {
        return children;
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** The text of the first child with that name, if there is one. */
    public Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text);
    }

    public Path source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** Moves the element's origin to where a later config layer overrode its value. */
    public void relocate(Path newSource, int newLine) {
        this.source = newSource;
        this.line = newLine;
    }

    /** A deep copy, so merging never changes a parsed file's own tree. */
    public XmlElement copy() {
        XmlElement clone = new XmlElement(name, attributes, source, line);
        clone.text.append(text);
        children.forEach(c -> clone.children.add(c.copy()));
        return clone;
    }

    @Override
    public String toString() {
        return "<" + name + "> @" + source + ":" + line;
    }
}
