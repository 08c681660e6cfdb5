package dev.ward.redteam.code;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One static rule for generated code, mapped to a CWE.
 *
 * @param id        stable rule id, for example {@code python.eval}
 * @param languages languages it applies to (lower case, as in a markdown fence); empty means any
 * @param cwe       the CWE number
 * @param title     what is wrong, in one line
 * @param pattern   what to look for
 */
public record InsecureCodeRule(String id, Set<String> languages, int cwe, String title, Pattern pattern) {

    public boolean appliesTo(String language) {
        return languages.isEmpty() || language.isEmpty() || languages.contains(language);
    }
}
