package dev.ward.posture.clickhouse;

import dev.ward.posture.source.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges ClickHouse config layers the way the server's ConfigProcessor does: each child of a later file merges into
 * the next not-yet-merged same-named child of the earlier tree, {@code replace="1"} swaps it whole,
 * {@code remove="1"} deletes it, and anything unmatched is appended.
 */
public final class ClickHouseConfigMerge {

    private ClickHouseConfigMerge() {
    }

    /** The effective tree: the first layer is the base, each later one overrides it. No layer is changed. */
    public static XmlElement merge(List<XmlElement> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        XmlElement result = layers.getFirst().copy();
        for (XmlElement layer : layers.subList(1, layers.size())) {
            mergeInto(result, layer);
        }
        return result;
    }

    private static void mergeInto(XmlElement base, XmlElement override) {
        Map<String, List<XmlElement>> unmatched = new HashMap<>();
        for (XmlElement child : base.children()) {
            unmatched.computeIfAbsent(child.name(), k -> new ArrayList<>()).add(child);
        }
        for (XmlElement incoming : override.children()) {
            List<XmlElement> candidates = unmatched.getOrDefault(incoming.name(), List.of());
            XmlElement target = candidates.isEmpty() ? null : candidates.removeFirst();
            if (isSet(incoming.attribute("remove"))) {
                if (target != null) {
                    base.children().remove(target);
                }
            } else if (target == null) {
                base.children().add(stripped(incoming.copy()));
            } else if (isSet(incoming.attribute("replace"))) {
                base.children().set(base.children().indexOf(target), stripped(incoming.copy()));
            } else {
                mergeElement(target, incoming);
            }
        }
    }

    private static void mergeElement(XmlElement target, XmlElement incoming) {
        incoming.attributes().forEach((k, v) -> {
            if (!k.equals("replace") && !k.equals("remove")) {
                target.attributes().put(k, v);
            }
        });
        if (incoming.children().isEmpty()) {
            target.setText(incoming.text());
            target.children().clear();
            relocate(target, incoming);
        } else {
            mergeInto(target, incoming);
        }
    }

    /** A leaf overridden by a later file is reported at that file's line, where the effective value was written. */
    private static void relocate(XmlElement target, XmlElement incoming) {
        target.relocate(incoming.source(), incoming.line());
    }

    private static XmlElement stripped(XmlElement element) {
        element.attributes().remove("replace");
        element.attributes().remove("remove");
        return element;
    }

    private static boolean isSet(String flag) {
        return flag != null && (flag.equals("1") || flag.equalsIgnoreCase("true"));
    }
}
