package dev.ward.models.archive;

import dev.ward.models.MalformedArtifactException;
import dev.ward.models.RandomReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A zip file's central directory, read from the end of the file without trusting its sizes: ZIP64, prepended data
 * and bogus flags (an "encrypted" bit on plain data, as scanner-bypass samples use) are handled; the directory's
 * size and entry count are bounded before anything is allocated.
 */
final class ZipDirectory {

    record Entry(String name, int flags, int method, long compressedSize, long size, long localHeaderOffset) {
        boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private static final int EOCD = 0x06054b50;
    private static final int EOCD64 = 0x06064b50;
    private static final int EOCD64_LOCATOR = 0x07064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {
    }

    static List<Entry> read(RandomReader zip, int maxEntries, int maxDirectoryBytes) throws IOException {
        long size = zip.size();
        int tailLength = (int) Math.min(size, 22 + MAX_COMMENT);
        byte[] tailBytes = new byte[tailLength];
        zip.readFully(size - tailLength, tailBytes);
        ByteBuffer tail = ByteBuffer.wrap(tailBytes).order(ByteOrder.LITTLE_ENDIAN);
        int at = -1;
        for (int i = tailLength - 22; i >= 0; i--) {
            if (tail.getInt(i) == EOCD) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new MalformedArtifactException("no zip central directory (truncated download?)", size);
        }
        long eocdOffset = size - tailLength + at;
        long count = tail.getShort(at + 10) & 0xFFFF;
        long directorySize = tail.getInt(at + 12) & 0xFFFFFFFFL;
        long directoryOffset = tail.getInt(at + 16) & 0xFFFFFFFFL;
        if ((count == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) && eocdOffset >= 20) {
            ByteBuffer locator = buffer(zip, eocdOffset - 20, 20);
            if (locator.getInt(0) == EOCD64_LOCATOR) {
                ByteBuffer eocd64 = buffer(zip, locator.getLong(8), 56);
                if (eocd64.getInt(0) != EOCD64) {
                    throw new MalformedArtifactException("ZIP64 end record missing", locator.getLong(8));
                }
                count = eocd64.getLong(32);
                directorySize = eocd64.getLong(40);
                directoryOffset = eocd64.getLong(48);
            }
        }
        if (count > maxEntries) {
            throw new MalformedArtifactException("zip declares " + count + " entries, more than the limit of " + maxEntries);
        }
        if (directorySize > maxDirectoryBytes || directorySize < 0 || directorySize > size) {
            throw new MalformedArtifactException("zip central directory of " + directorySize + " bytes is out of bounds");
        }
        long prefix = 0;
        if (directoryOffset + directorySize > eocdOffset || !startsWith(zip, directoryOffset, CENTRAL)) {
            prefix = eocdOffset - directorySize - directoryOffset;   // data prepended to the archive
            if (prefix < 0 || !startsWith(zip, directoryOffset + prefix, CENTRAL)) {
                throw new MalformedArtifactException("zip central directory offset is wrong", directoryOffset);
            }
        }
        return entries(buffer(zip, directoryOffset + prefix, (int) directorySize), count, prefix);
    }

    private static List<Entry> entries(ByteBuffer dir, long count, long prefix) throws MalformedArtifactException {
        List<Entry> entries = new ArrayList<>();
        int p = 0;
        while (entries.size() < count && p + 46 <= dir.limit()) {
            if (dir.getInt(p) != CENTRAL) {
                throw new MalformedArtifactException("corrupt zip central directory entry " + entries.size());
            }
            int flags = dir.getShort(p + 8) & 0xFFFF;
            int method = dir.getShort(p + 10) & 0xFFFF;
            long compressed = dir.getInt(p + 20) & 0xFFFFFFFFL;
            long size = dir.getInt(p + 24) & 0xFFFFFFFFL;
            int nameLength = dir.getShort(p + 28) & 0xFFFF;
            int extraLength = dir.getShort(p + 30) & 0xFFFF;
            int commentLength = dir.getShort(p + 32) & 0xFFFF;
            long local = dir.getInt(p + 42) & 0xFFFFFFFFL;
            int end = p + 46 + nameLength + extraLength + commentLength;
            if (end > dir.limit()) {
                throw new MalformedArtifactException("zip central directory entry runs past its end");
            }
            byte[] name = new byte[nameLength];
            dir.get(p + 46, name);
            long[] zip64 = {size, compressed, local};
            readZip64Extra(dir, p + 46 + nameLength, extraLength, zip64);
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), flags, method, zip64[1], zip64[0],
                    zip64[2] + prefix));
            p = end;
        }
        return entries;
    }

    /** ZIP64 extra field: replaces, in order, whichever of size, compressed size and offset were 0xFFFFFFFF. */
    private static void readZip64Extra(ByteBuffer dir, int start, int length, long[] values) {
        int p = start;
        while (p + 4 <= start + length) {
            int id = dir.getShort(p) & 0xFFFF;
            int size = dir.getShort(p + 2) & 0xFFFF;
            if (id == 0x0001) {
                int q = p + 4;
                for (int i = 0; i < values.length && q + 8 <= p + 4 + size; i++) {
                    if (values[i] == 0xFFFFFFFFL) {
                        values[i] = dir.getLong(q);
                        q += 8;
                    }
                }
            }
            p += 4 + size;
        }
    }

    /** Where an entry's data starts: after its local header, whose own name and extra lengths may differ. */
    static long dataOffset(RandomReader zip, Entry entry) throws IOException {
        if (entry.localHeaderOffset() < 0 || entry.localHeaderOffset() + 30 > zip.size()) {
            throw new MalformedArtifactException("entry " + entry.name() + " points outside the file");
        }
        ByteBuffer local = buffer(zip, entry.localHeaderOffset(), 30);
        if (local.getInt(0) != LOCAL) {
            throw new MalformedArtifactException("entry " + entry.name() + " has no local header", entry.localHeaderOffset());
        }
        return entry.localHeaderOffset() + 30 + (local.getShort(26) & 0xFFFF) + (local.getShort(28) & 0xFFFF);
    }

    private static boolean startsWith(RandomReader zip, long offset, int signature) throws IOException {
        return offset >= 0 && offset + 4 <= zip.size() && buffer(zip, offset, 4).getInt(0) == signature;
    }

    private static ByteBuffer buffer(RandomReader zip, long offset, int length) throws IOException {
        if (offset < 0 || offset + length > zip.size()) {
            throw new MalformedArtifactException("zip structure points outside the file", offset);
        }
        byte[] bytes = new byte[length];
        zip.readFully(offset, bytes);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
