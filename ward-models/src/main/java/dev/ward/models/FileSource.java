package dev.ward.models;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An artifact on disk. */
public record FileSource(Path path, long size) implements ArtifactSource {

    public static FileSource of(Path path) throws IOException {
        return new FileSource(path, Files.size(path));
    }

    @Override
    public String name() {
        return String.valueOf(path.getFileName());
    }

    @Override
    public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }

    @Override
    public RandomReader random() throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        return new RandomReader() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int read(long position, byte[] buffer, int offset, int len) throws IOException {
                return channel.read(ByteBuffer.wrap(buffer, offset, len), position);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
