package dev.ward.posture.workload;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Redactor;
import dev.ward.core.Severity;
import dev.ward.posture.Violation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A credential-named variable ({@code *_API_KEY}, {@code *_TOKEN}, {@code *PASSWORD*}, …) with its value written in the file. */
public final class LiteralSecretEnvCheck extends WorkloadCheck {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(API_?KEY|_TOKEN|^TOKEN|PASSWORD|PASSWD|SECRET|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|MASTER_KEY|AUTH_KEY)$|.*PASSWORD.*");
    /** Values that are placeholders, not secrets. */
    private static final Set<String> PLACEHOLDERS = Set.of("", "changeme", "change-me", "xxx", "none", "null", "false", "true",
            "<redacted>", "redacted", "placeholder", "dummy");

    public LiteralSecretEnvCheck() {
        super(new CheckInfo("container.literal-secret-env", "Credential written as a literal environment value",
                Severity.HIGH, List.of(LLM02_DISCLOSURE, ATLAS_UNSECURED_CREDENTIALS, CWE_HARDCODED_CREDENTIALS, NIST_SECURITY),
                "Kubernetes: valueFrom: secretKeyRef: {name: <secret>, key: <key>}; compose: ${VAR} from an untracked .env "
                        + "file or a secrets: entry. Rotate the value: it is in version control."));
    }

    @Override
    protected List<Violation> inspect(Workload workload) {
        return workload.env().stream()
                .filter(e -> e.literal() && e.value() != null && SECRET_NAME.matcher(e.name()).matches())
                .filter(e -> !PLACEHOLDERS.contains(e.value().trim().toLowerCase(java.util.Locale.ROOT)))
                .map(e -> new Violation(workload.asset(), e.location(), workload.name() + " sets " + e.name() + " to a literal value "
                        + Redactor.mask(e.value()), e.name()))
                .toList();
    }
}
