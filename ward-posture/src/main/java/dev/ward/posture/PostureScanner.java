package dev.ward.posture;

import dev.ward.core.CheckRegistry;
import dev.ward.core.Finding;
import dev.ward.core.ScanListener;
import dev.ward.posture.clickhouse.ClickHouseReader;
import dev.ward.posture.terraform.TerraformReader;
import dev.ward.posture.workload.ComposeReader;
import dev.ward.posture.workload.KubernetesReader;
import dev.ward.posture.source.ConfigFileWalk;
import dev.ward.posture.source.ConfigText;
import dev.ward.posture.source.FileKind;
import dev.ward.posture.source.SourceFile;
import dev.ward.posture.source.UnparseableFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ward posture PATH...}: finds ClickHouse, Kubernetes, docker-compose and Terraform files under the paths,
 * parses them safely, runs every registered {@link PostureCheck} on virtual threads and emits findings.
 */
public final class PostureScanner {

    /** Larger files are reported as unparseable rather than read: no real config is this big. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final int MAX_OPEN_FILES = 64;

    private final CheckRegistry<PostureCheck<?>> checks;
    private final Map<FileKind, DocumentReader> readers;

    public PostureScanner() {
        this(PostureChecks.standard());
    }

    public PostureScanner(CheckRegistry<PostureCheck<?>> checks) {
        this.checks = checks;
        this.readers = new LinkedHashMap<>();
        for (DocumentReader reader : List.of(new ClickHouseReader(), new TerraformReader(), new KubernetesReader(), new ComposeReader())) {
            readers.put(reader.kind(), reader);
        }
    }

    public CheckRegistry<PostureCheck<?>> checks() {
        return checks;
    }

    /** Scans the files and directories; {@code listener} must be thread-safe. Unreadable paths are reported, not thrown. */
    public void scan(List<Path> paths, ScanListener listener) {
        List<Path> files;
        try {
            files = ConfigFileWalk.collect(paths);
        } catch (IOException e) {
            listener.progress("posture: " + e.getMessage(), 0, 0);
            return;
        }
        Queue queue = new Queue(listener);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<LoadedFile>> loads = files.stream().map(f -> pool.submit(() -> load(f))).toList();
            Map<FileKind, Map<Path, List<SourceFile>>> groups = new LinkedHashMap<>();
            for (Future<LoadedFile> load : loads) {
                LoadedFile loaded = join(load);
                switch (loaded) {
                    case LoadedFile.Skipped ignored -> { }
                    case LoadedFile.Rejected(UnparseableFile bad) -> pool.submit(() -> queue.run(bad));
                    case LoadedFile.Recognised(SourceFile file, FileKind kind) -> {
                        pool.submit(() -> queue.run(new ConfigText(file, kind)));
                        DocumentReader reader = readers.get(kind);
                        if (reader != null) {
                            groups.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(reader.groupKey(file.path()), k -> new ArrayList<>()).add(file);
                        }
                    }
                }
            }
            groups.forEach((kind, byGroup) -> byGroup.forEach((group, members) -> pool.submit(() -> {
                for (PostureDocument document : readers.get(kind).read(group, members)) {
                    queue.run(document);
                }
            })));
        }
        listener.progress("posture: " + files.size() + " files, " + queue.findings.get() + " findings", files.size(), files.size());
    }

    private final Semaphore openFiles = new Semaphore(MAX_OPEN_FILES);

    private LoadedFile load(Path path) throws InterruptedException {
        openFiles.acquire();
        try {
            long size = Files.size(path);
            byte[] head = new byte[(int) Math.min(size, FileKind.sniffLength())];
            try (var in = Files.newInputStream(path)) {
                in.readNBytes(head, 0, head.length);
            }
            FileKind kind = FileKind.sniff(path, decode(head));
            if (kind == FileKind.OTHER) {
                return new LoadedFile.Skipped();
            }
            if (size > MAX_FILE_BYTES) {
                return new LoadedFile.Rejected(new UnparseableFile(path, kind, "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB"));
            }
            return new LoadedFile.Recognised(new SourceFile(path, decode(Files.readAllBytes(path))), kind);
        } catch (IOException e) {
            return new LoadedFile.Skipped();
        } finally {
            openFiles.release();
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("posture scan interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e.getCause());
        }
    }

    private sealed interface LoadedFile {
        record Recognised(SourceFile file, FileKind kind) implements LoadedFile {
        }

        record Rejected(UnparseableFile file) implements LoadedFile {
        }

        record Skipped() implements LoadedFile {
        }
    }

    /** Runs the checks for one document and emits what they find. */
    private final class Queue {
        private final ScanListener listener;
        private final AtomicLong findings = new AtomicLong();

        Queue(ScanListener listener) {
            this.listener = listener;
        }

        void run(PostureDocument document) {
            for (PostureCheck<?> check : PostureChecks.forDocument(checks, document)) {
                for (Violation violation : inspect(check, document)) {
                    Finding.Builder finding = Finding.of(check.info(), violation.asset()).location(violation.location())
                            .message(violation.message()).discriminator(violation.discriminator());
                    if (violation.severity() != null) {
                        finding.severity(violation.severity());
                    }
                    if (!check.equivalents().isEmpty()) {
                        finding.property("equivalents", String.join(",", check.equivalents()));
                    }
                    listener.asset(violation.asset());
                    listener.finding(finding.build());
                    findings.incrementAndGet();
                }
            }
        }

        @SuppressWarnings("unchecked")
        private List<Violation> inspect(PostureCheck<?> check, PostureDocument document) {
            try {
                return ((PostureCheck<PostureDocument>) check).inspect(document);
            } catch (RuntimeException e) {
                // A check bug must not end the scan; it is reported so it gets fixed.
                listener.progress("posture: check " + check.info().id() + " failed on " + document.sources() + ": " + e, 0, 0);
                return List.of();
            }
        }
    }
}
