package dev.ward.secrets;

import dev.ward.secrets.source.DirectorySource;
import dev.ward.secrets.source.GitHistorySource;
import dev.ward.secrets.source.SecretSource;
import dev.ward.secrets.source.StdinSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one place that decides which source reads a target. Bad targets fail here, before anything is scanned. */
final class Sources {

    static final String STDIN = "-";

    private Sources() {
    }

    static List<SecretSource> forTargets(List<String> targets, SecretsOptions options, InputStream stdin) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no PATH given; name a folder, file, repository or - for standard input");
        }
        if (targets.stream().filter(STDIN::equals).count() > 1) {
            throw new IllegalArgumentException("standard input (-) can be read only once");
        }
        boolean several = targets.size() > 1;
        List<SecretSource> sources = new ArrayList<>();
        for (String target : targets) {
            sources.add(forTarget(target, several, options, stdin));
        }
        return sources;
    }

    private static SecretSource forTarget(String target, boolean several, SecretsOptions options, InputStream stdin) {
        if (target.equals(STDIN)) {
            return new StdinSource(stdin);
        }
        Path path = Path.of(target);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or folder: " + target);
        }
        String display = Path.of(target).normalize().toString().replace('\\', '/');
        if (options.gitHistory()) {
            if (!Files.isDirectory(path) || !GitHistorySource.isRepository(path)) {
                throw new IllegalArgumentException("--git needs a git repository, and " + target + " is not one");
            }
            return new GitHistorySource(path, display.isEmpty() ? "." : display);
        }
        if (Files.isDirectory(path)) {
            return new DirectorySource(path, several ? display : "", options.gitignore());
        }
        return new DirectorySource(path, display, options.gitignore());
    }
}
