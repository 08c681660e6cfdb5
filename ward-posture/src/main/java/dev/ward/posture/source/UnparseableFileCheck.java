package dev.ward.posture.source;

import static dev.ward.posture.PostureControls.CWE_PARSE_FAILURE;

import dev.ward.core.CheckInfo;
import dev.ward.core.Location;
import dev.ward.core.Severity;
import dev.ward.posture.PostureCheck;
import dev.ward.posture.Violation;
import java.util.List;

/** Says which files went unchecked and why, so a broken or hostile file cannot silently hide a misconfiguration. */
public final class UnparseableFileCheck implements PostureCheck<UnparseableFile> {

    private static final CheckInfo INFO = new CheckInfo("posture.unparseable", "Config file could not be parsed", Severity.LOW,
            List.of(CWE_PARSE_FAILURE), "Fix the syntax (or split the file below the size limit) so its settings can be checked.");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public Class<UnparseableFile> documentType() {
        return UnparseableFile.class;
    }

    @Override
    public List<Violation> inspect(UnparseableFile file) {
        String uri = SourceFile.displayPath(file.path());
        return List.of(new Violation(ConfigText.fileAsset(file.path(), file.kind()), new Location(uri, 1, 1),
                file.kind().name().toLowerCase(java.util.Locale.ROOT) + " file not checked: " + file.reason(), ""));
    }
}
