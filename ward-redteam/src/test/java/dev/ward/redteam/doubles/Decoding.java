package dev.ward.redteam.doubles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TEST DOUBLE helper: the readings of a message a gullible model would act on (plain, base64, ROT13, joined parts). */
final class Decoding {

    private static final Pattern B64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Pattern PART = Pattern.compile("Let part\\d = \"(.*?)\"\\s+(?=Let|Join)", Pattern.DOTALL);

    private Decoding() {
    }

    static List<String> readings(String message) {
        List<String> out = new ArrayList<>();
        out.add(message);
        out.add(dev.ward.redteam.probe.Mutator.rot13(message));
        Matcher b64 = B64.matcher(message);
        while (b64.find()) {
            try {
                out.add(new String(Base64.getDecoder().decode(b64.group()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ignored) {
                // not base64 after all
            }
        }
        Matcher part = PART.matcher(message);
        StringBuilder joined = new StringBuilder();
        while (part.find()) {
            joined.append(part.group(1));
        }
        if (!joined.isEmpty()) {
            out.add(joined.toString());
        }
        return out;
    }
}
