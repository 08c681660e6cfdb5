package dev.ward.models.archive;

import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;

/** Archives inside archives stop at the configured depth; deeper nesting is itself reported. */
final class ArchiveDepth {

    private ArchiveDepth() {
    }

    static boolean allows(Inspection inspection) {
        if (inspection.archiveDepth() <= inspection.limits().maxArchiveDepth()) {
            return true;
        }
        inspection.report(ModelChecks.ARCHIVE_BOMB, inspection.entry() + ": archives nested more than "
                + inspection.limits().maxArchiveDepth() + " deep; not opened").key("depth").emit();
        return false;
    }
}
