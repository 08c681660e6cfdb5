package dev.ward.redteam.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only JSONL record of every request's result. Lines are serialised by their callers in parallel and written
 * by group commit: whoever finds the writer free writes every line queued so far in one system call, and
 * {@link #append} returns only once its own line is in the file (the operating system's cache, which survives a kill of
 * this process; {@link #close} forces it to disk). A run killed at any moment therefore loses only the requests whose
 * {@code append} had not returned, and leaves at worst a torn last line, which {@link #read} skips. Thread-safe.
 */
public final class Journal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final FileChannel channel;
    private final Object queueLock = new Object();
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock();
    private final java.io.ByteArrayOutputStream queued = new java.io.ByteArrayOutputStream(64 << 10);
    private long enqueued;
    private volatile long written;

    private Journal(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /** Opens for appending, creating the file (owner read/write only where the file system allows) if needed. */
    public static Journal open(Path path) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        if (!Files.exists(path)) {
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(path);
            }
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        Journal journal = new Journal(path, channel);
        journal.endTornLine();
        return journal;
    }

    public Path path() {
        return path;
    }

    /** Appends one entry; returns once it has been written to the file. */
    public void append(JournalEntry entry) {
        byte[] line = JournalLine.encode(entry);
        long ticket;
        synchronized (queueLock) {
            queued.write(line, 0, line.length);
            ticket = ++enqueued;
        }
        if (written >= ticket) {
            return;
        }
        writeLock.lock();
        try {
            if (written >= ticket) {
                return; // another caller wrote this line along with its own
            }
            byte[] batch;
            long upTo;
            synchronized (queueLock) {
                batch = queued.toByteArray();
                queued.reset();
                upTo = enqueued;
            }
            ByteBuffer buffer = ByteBuffer.wrap(batch);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            written = upTo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write journal " + path, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Every whole entry in the file, in order; a torn or corrupt line is skipped. */
    public static List<JournalEntry> read(Path path) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        if (!Files.exists(path)) {
            return entries;
        }
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, JournalEntry.class));
            } catch (IOException torn) {
                // a line cut short by a kill; the request it described will be sent again
            }
        }
        return entries;
    }

    /** The latest answered entry per key. */
    public static Map<String, JournalEntry> answered(List<JournalEntry> entries) {
        Map<String, JournalEntry> done = new LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            if (entry.answered()) {
                done.put(entry.key(), entry);
            }
        }
        return done;
    }

    /** After a kill mid-write the file may not end in a newline; start the next entry on a fresh line. */
    private void endTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        try (FileChannel reader = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            reader.read(last, size - 1);
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
        }
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            channel.force(false);
        } finally {
            writeLock.unlock();
        }
        channel.close();
    }
}
