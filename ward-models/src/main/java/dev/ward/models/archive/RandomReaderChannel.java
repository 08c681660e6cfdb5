package dev.ward.models.archive;

import dev.ward.models.RandomReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A read-only channel over a {@link RandomReader}, for libraries that want one. Closing it leaves the reader open. */
final class RandomReaderChannel implements SeekableByteChannel {

    private final RandomReader reader;
    private long position;
    private boolean open = true;

    RandomReaderChannel(RandomReader reader) {
        this.reader = reader;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (position >= reader.size()) {
            return -1;
        }
        byte[] chunk = new byte[(int) Math.min(dst.remaining(), Math.min(1 << 16, reader.size() - position))];
        int n = reader.read(position, chunk, 0, chunk.length);
        if (n > 0) {
            dst.put(chunk, 0, n);
            position += n;
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        this.position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return reader.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
