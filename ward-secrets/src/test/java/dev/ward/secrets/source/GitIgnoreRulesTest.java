package dev.ward.secrets.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitIgnoreRulesTest {

    private static boolean ignored(String rules, String path, boolean directory) {
        GitIgnoreRules parsed = GitIgnoreRules.parse(rules);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return parsed.match(path, name, directory) == GitIgnoreRules.Verdict.IGNORED;
    }

    @Test
    void nameWithoutSlashMatchesAtAnyDepth() {
        assertThat(ignored("*.log\n", "a/b/debug.log", false)).isTrue();
        assertThat(ignored("*.log\n", "a/b/debug.txt", false)).isFalse();
    }

    @Test
    void slashAnchorsToTheFilesFolder() {
        assertThat(ignored("/build\n", "build", true)).isTrue();
        assertThat(ignored("/build\n", "src/build", true)).isFalse();
        assertThat(ignored("docs/*.md\n", "docs/a.md", false)).isTrue();
        assertThat(ignored("docs/*.md\n", "docs/x/a.md", false)).isFalse();
    }

    @Test
    void trailingSlashMatchesFoldersOnly() {
        assertThat(ignored("out/\n", "out", true)).isTrue();
        assertThat(ignored("out/\n", "out", false)).isFalse();
    }

    @Test
    void laterNegationReincludes() {
        assertThat(ignored("*.env\n!example.env\n", "example.env", false)).isFalse();
        assertThat(ignored("*.env\n!example.env\n", "prod.env", false)).isTrue();
    }

    @Test
    void doubleStarSpansFolders() {
        assertThat(ignored("**/fixtures/**\n", "a/b/fixtures/c/d.txt", false)).isTrue();
        assertThat(ignored("a/**/z.txt\n", "a/z.txt", false)).isTrue();
        assertThat(ignored("a/**/z.txt\n", "a/b/c/z.txt", false)).isTrue();
        assertThat(ignored("a/**/z.txt\n", "b/z.txt", false)).isFalse();
    }

    @Test
    void commentsBlankLinesAndClassesWork() {
        assertThat(ignored("# *.txt\n\n", "a.txt", false)).isFalse();
        assertThat(ignored("file[0-9].txt\n", "file7.txt", false)).isTrue();
        assertThat(ignored("file[!0-9].txt\n", "file7.txt", false)).isFalse();
    }
}
