package dev.ward.models.format;

import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Jinja chat template for two things a normal template never holds: reaches into Python internals (the
 * server-side template injection gadgets that escape a non-sandboxed Jinja environment), and literal text that
 * steers the model or the user: hidden instructions, links, scripts, exfiltration images.
 */
final class ChatTemplateInspector {

    private record Signal(Pattern pattern, String meaning) {
    }

    private static final List<Signal> CODE = List.of(
            signal("__(class|mro|subclasses|globals|builtins|import|init|base|bases|getattribute|dict|code|func)__",
                    "reaches Python object internals"),
            signal("\\|\\s*attr\\s*\\(", "uses the attr filter to reach attributes by computed name"),
            signal("\\b(lipsum|cycler|joiner|namespace)\\s*\\.\\s*__", "uses a Jinja global as an escape gadget"),
            signal("\\b(os|subprocess|sys|builtins|importlib)\\s*\\.\\s*\\w+", "names a Python system module"),
            signal("\\b(popen|system|eval|exec|check_output)\\s*\\(", "calls a code-running function"),
            signal("\\bimport\\s+\\w+|\\{%\\s*(import|from|include|extends)\\b", "loads other templates or modules"));

    private static final List<Signal> INJECTION = List.of(
            signal("ignore\\s+(all\\s+|any\\s+)?(the\\s+)?(previous|prior|above|earlier)\\s+(instructions|prompts|messages)",
                    "tells the model to drop its instructions"),
            signal("disregard\\s+(all\\s+|the\\s+)?(previous|prior|above|system)", "tells the model to drop its instructions"),
            signal("(do\\s+not|don't|never)\\s+(tell|reveal|mention|inform|disclose)", "tells the model to hide something"),
            signal("https?://[^\\s'\"}]+", "inserts a link"),
            signal("<\\s*(script|iframe|img|object|embed)\\b", "inserts active HTML"),
            signal("!\\[[^\\]]*\\]\\(", "inserts a markdown image (a zero-click exfiltration channel)"),
            signal("\\b(curl|wget)\\s+", "inserts a download command"));

    private ChatTemplateInspector() {
    }

    static void inspect(String key, GgufReader.StringValue template, Inspection inspection) {
        report(CODE, template, key, inspection, true);
        report(INJECTION, template, key, inspection, false);
    }

    private static void report(List<Signal> signals, GgufReader.StringValue template, String key,
                               Inspection inspection, boolean code) {
        for (Signal signal : signals) {
            Matcher m = signal.pattern.matcher(template.value());
            if (m.find()) {
                int line = 1 + (int) template.value().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                String excerpt = excerpt(template.value(), m.start(), m.end());
                inspection.report(code ? ModelChecks.GGUF_TEMPLATE_CODE : ModelChecks.GGUF_TEMPLATE_INJECTION,
                                key + " " + signal.meaning + " at template line " + line + ": " + excerpt)
                        .at(template.offset()).property("metadataKey", key).property("templateLine", line)
                        .property("match", m.group()).key(key + "|" + signal.meaning).emit();
            }
        }
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), Math.max(end, start + 60));
        return (from > 0 ? "…" : "") + text.substring(from, to).replace("\n", "\\n") + (to < text.length() ? "…" : "");
    }

    private static Signal signal(String regex, String meaning) {
        return new Signal(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), meaning);
    }
}
