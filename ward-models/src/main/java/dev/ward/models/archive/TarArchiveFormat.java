package dev.ward.models.archive;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.MalformedArtifactException;
import dev.ward.models.RandomReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tar archives, chiefly PyTorch's legacy layout ({@code sys_info}, {@code pickle}, {@code storages},
 * {@code tensors}). Headers are walked in place; entries are read straight from the archive, never extracted.
 * Understands ustar prefixes, GNU long names and pax {@code path}/{@code size} records.
 */
public final class TarArchiveFormat implements ArtifactFormat {

    private static final int BLOCK = 512;

    @Override
    public String name() {
        return "tar";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return head.length >= 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar");
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".tar");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        if (!ArchiveDepth.allows(inspection)) {
            return;
        }
        try (RandomReader tar = source.random()) {
            long offset = 0;
            String pendingName = null;
            long pendingSize = -1;
            byte[] header = new byte[BLOCK];
            for (int entries = 0; offset + BLOCK <= tar.size(); entries++) {
                inspection.checkTime(offset);
                if (entries >= inspection.limits().maxArchiveEntries()) {
                    throw new MalformedArtifactException("tar has more than " + inspection.limits().maxArchiveEntries() + " entries", offset);
                }
                tar.readFully(offset, header);
                if (isZeroBlock(header)) {
                    return;
                }
                long size = pendingSize >= 0 ? pendingSize : octal(header, 124, 12, offset);
                long dataOffset = offset + BLOCK;
                if (size < 0 || dataOffset + size > tar.size()) {
                    throw new MalformedArtifactException("tar entry at byte " + offset + " runs past the end of the file", offset);
                }
                char type = (char) header[156];
                String name = pendingName != null ? pendingName : headerName(header);
                pendingName = null;
                pendingSize = -1;
                switch (type) {
                    case 'L' -> pendingName = text(tar, dataOffset, size, inspection).strip();
                    case 'x' -> {
                        String pax = text(tar, dataOffset, size, inspection);
                        pendingName = paxValue(pax, "path");
                        String paxSize = paxValue(pax, "size");
                        pendingSize = paxSize == null ? -1 : parseLong(paxSize, offset);
                    }
                    case '0', '\0', '7' -> inspection.inspectEntry(new SliceSource(name, tar, dataOffset, size));
                    default -> { }
                }
                offset = dataOffset + (size + BLOCK - 1) / BLOCK * BLOCK;
            }
        }
    }

    private static String text(RandomReader tar, long offset, long size, Inspection inspection) throws IOException {
        if (size > inspection.limits().maxInMemoryBytes()) {
            throw new MalformedArtifactException("tar metadata record of " + size + " bytes", offset);
        }
        byte[] bytes = new byte[(int) size];
        tar.readFully(offset, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String paxValue(String pax, String key) {
        for (String line : pax.split("\n")) {
            int space = line.indexOf(' ');
            int eq = line.indexOf('=');
            if (space > 0 && eq > space && line.substring(space + 1, eq).equals(key)) {
                return line.substring(eq + 1);
            }
        }
        return null;
    }

    private static String headerName(byte[] header) {
        String name = cString(header, 0, 100);
        String prefix = cString(header, 345, 155);
        return new String(header, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar") && !prefix.isEmpty()
                ? prefix + "/" + name : name;
    }

    private static String cString(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    /** Octal size, or GNU base-256 when the top bit of the first byte is set. */
    private static long octal(byte[] b, int from, int length, long at) throws MalformedArtifactException {
        if ((b[from] & 0x80) != 0) {
            long value = 0;
            for (int i = from + 1; i < from + length; i++) {
                if (value > (Long.MAX_VALUE >> 8)) {
                    throw new MalformedArtifactException("tar size overflows", at);
                }
                value = (value << 8) | (b[i] & 0xff);
            }
            return value;
        }
        String text = cString(b, from, length).strip();
        return text.isEmpty() ? 0 : parseLong(text, at, 8);
    }

    private static long parseLong(String text, long at) throws MalformedArtifactException {
        return parseLong(text, at, 10);
    }

    private static long parseLong(String text, long at, int radix) throws MalformedArtifactException {
        try {
            return Long.parseLong(text.strip(), radix);
        } catch (NumberFormatException e) {
            throw new MalformedArtifactException("tar header has a bad size field", at);
        }
    }

    private static boolean isZeroBlock(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
