package dev.ward.secrets.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.secrets.source.ArchiveScan;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void suffixesMatchWhateverTheCase() {
        assertThat(FileNames.endsWithIgnoreCase("Chat.IPYNB", ".ipynb")).isTrue();
        assertThat(FileNames.endsWithIgnoreCase("session.har", ".HAR")).isTrue();
        assertThat(FileNames.endsWithIgnoreCase("har", ".har")).isFalse();
        assertThat(FileNames.endsWithIgnoreCase("notes.ipynb.txt", ".ipynb")).isFalse();
        assertThat(FileNames.endsWithIgnoreCase("", ".har")).isFalse();
    }

    @Test
    void archivesAreKnownByTheirNameInAnyCase() {
        assertThat(ArchiveScan.isArchiveName("APP.JAR")).isTrue();
        assertThat(ArchiveScan.isArchiveName("model.tar.gz")).isTrue();
        assertThat(ArchiveScan.isArchiveName("dump.Tgz")).isTrue();
        assertThat(ArchiveScan.isArchiveName("package.nupkg")).isTrue();
        assertThat(ArchiveScan.isArchiveName("gz")).isFalse();
        assertThat(ArchiveScan.isArchiveName("data.zipx")).isFalse();
        assertThat(ArchiveScan.isArchiveName("Main.java")).isFalse();
    }
}
