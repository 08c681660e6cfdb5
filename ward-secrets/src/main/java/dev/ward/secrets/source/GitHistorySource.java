package dev.ward.secrets.source;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.secrets.content.HitSink;
import dev.ward.secrets.content.Origin;
import dev.ward.secrets.content.SecretHit;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Every blob reachable from any ref of a repository, each scanned once however many commits contain it:
 * {@code git rev-list --objects --all} (blobs only, large ones filtered out by git) feeds {@code git cat-file --batch},
 * whose output streams into the pool. Afterwards one {@code git log --raw} pass names, for each blob with a hit, the
 * oldest commit that introduced it.
 */
public final class GitHistorySource implements SecretSource {

    public static final String COMMIT = "commit";
    public static final String COMMIT_DATE = "commitDate";

    private final Path repo;
    private final String display;
    private final Asset asset;

    public GitHistorySource(Path repo, String display) {
        this.repo = repo;
        this.display = display;
        this.asset = Asset.of(AssetKind.REPOSITORY, display);
    }

    /** A work tree with {@code .git}, or a bare repository. */
    public static boolean isRepository(Path dir) {
        return Files.exists(dir.resolve(".git"))
                || (Files.isDirectory(dir.resolve("objects")) && Files.isRegularFile(dir.resolve("HEAD")));
    }

    @Override
    public String describe() {
        return "git history of " + display;
    }

    @Override
    public void feed(SourceContext context) {
        Origin repoOrigin = new Origin(display, asset, Map.of(Origin.REPOSITORY, display));
        long limit = Math.min(context.maxFileSize(), Long.MAX_VALUE - 1) + 1;
        try (GitProcess revList = GitProcess.start(repo, "rev-list", "--objects", "--all",
                "--filter=combine:object:type=blob+blob:limit=" + limit);
             GitProcess catFile = GitProcess.start(repo, "cat-file", "--batch")) {
            LinkedBlockingQueue<String> paths = new LinkedBlockingQueue<>();
            Thread feeder = Thread.ofVirtual().start(() -> requestBlobs(revList, catFile, paths, context));
            readBlobs(catFile, paths, repoOrigin, context);
            feeder.join();
            report(repoOrigin, revList.failure(), context);
            report(repoOrigin, catFile.failure(), context);
        } catch (IOException e) {
            context.sink().problem(repoOrigin, "git history unreadable: " + Problems.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(Origin origin, String failure, SourceContext context) {
        if (failure != null) {
            context.sink().problem(origin, "git history unreadable (corrupt repository?): " + failure);
        }
    }

    /** Reads {@code sha path} lines and asks cat-file for each blob, remembering the paths in order. */
    private static void requestBlobs(GitProcess revList, GitProcess catFile, LinkedBlockingQueue<String> paths,
                                     SourceContext context) {
        try (BufferedReader objects = new BufferedReader(new InputStreamReader(revList.process().getInputStream(), StandardCharsets.UTF_8));
             Writer requests = new BufferedWriter(new OutputStreamWriter(catFile.process().getOutputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = objects.readLine()) != null) {
                int space = line.indexOf(' ');
                String path = space < 0 ? "" : line.substring(space + 1);
                if (context.excludes().excludesAnyPart(path)) {
                    context.sink().skipped(HitSink.SkipReason.EXCLUDED);
                    continue;
                }
                paths.add(path);
                requests.write(space < 0 ? line : line.substring(0, space));
                requests.write('\n');
            }
        } catch (IOException e) {
            // cat-file or rev-list died; its exit status and message are reported by the reading side.
        }
    }

    private static void readBlobs(GitProcess catFile, LinkedBlockingQueue<String> paths, Origin repoOrigin,
                                  SourceContext context) throws IOException, InterruptedException {
        InputStream out = new BufferedInputStream(catFile.process().getInputStream(), 1 << 16);
        String header;
        while ((header = readLine(out)) != null) {
            String path = paths.take();
            String[] parts = header.split(" ");
            if (parts.length < 3) {
                context.sink().problem(repoOrigin.with(Origin.BLOB, parts[0]), "git object " + header.strip());
                continue;
            }
            long size = Long.parseLong(parts[2]);
            Origin origin = new Origin(path.isEmpty() ? parts[0] : path, repoOrigin.asset(),
                    Map.of(Origin.BLOB, parts[0], Origin.REPOSITORY, repoOrigin.path()));
            if (size <= ArchiveScan.PARALLEL_ENTRY_BYTES) {
                byte[] data = out.readNBytes((int) size);
                if (data.length < size) {
                    throw new IOException("git cat-file output cut short");
                }
                context.submitBytes(origin, data);
            } else {
                InputStream blob = new BoundedInputStream(out, size);
                context.content().scan(origin, blob, context.sink());
                blob.transferTo(OutputStreamSink.NULL);
            }
            if (out.read() != '\n') {
                throw new IOException("git cat-file output out of step");
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        return b < 0 && line.isEmpty() ? null : line.toString();
    }

    @Override
    public List<SecretHit> finish(List<SecretHit> hits) {
        List<SecretHit> ours = hits.stream().filter(h -> display.equals(h.origin().facts().get(Origin.REPOSITORY))).toList();
        if (ours.isEmpty()) {
            return hits;
        }
        Map<String, String[]> introducedBy = IntroducingCommits.find(repo,
                ours.stream().map(h -> h.origin().facts().get(Origin.BLOB)).collect(java.util.stream.Collectors.toSet()));
        List<SecretHit> annotated = new ArrayList<>(hits.size());
        for (SecretHit hit : hits) {
            String[] commit = display.equals(hit.origin().facts().get(Origin.REPOSITORY))
                    ? introducedBy.get(hit.origin().facts().get(Origin.BLOB)) : null;
            if (commit == null) {
                annotated.add(hit);
            } else {
                Origin origin = hit.origin().with(COMMIT, commit[0]).with(COMMIT_DATE, commit[1]);
                annotated.add(new SecretHit(origin, hit.detection(), hit.line(), hit.column(), hit.encoding(), hit.context()));
            }
        }
        return annotated;
    }
}
