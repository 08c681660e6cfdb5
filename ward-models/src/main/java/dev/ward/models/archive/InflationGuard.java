package dev.ward.models.archive;

import dev.ward.models.DecompressionBombException;
import dev.ward.models.Inspection;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a decompressor produces and stops it once the output outgrows its input by more than the allowed
 * ratio, or the artifact's total inflation budget is spent. The check runs as bytes stream, so a bomb is stopped
 * after at most one buffer beyond the limit.
 */
final class InflationGuard extends FilterInputStream {

    private static final long SMALL = 1 << 20;

    private final String entry;
    private final long compressedSize;
    private final long maxOutput;
    private final Inspection inspection;
    private long produced;

    InflationGuard(InputStream inflated, String entry, long compressedSize, Inspection inspection) {
        super(inflated);
        this.entry = entry;
        this.compressedSize = compressedSize;
        this.inspection = inspection;
        long ratio = inspection.limits().maxCompressionRatio();
        this.maxOutput = Math.max(SMALL, compressedSize > Long.MAX_VALUE / ratio ? Long.MAX_VALUE : compressedSize * ratio);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            count(skipped);
        }
        return skipped;
    }

    private void count(long n) throws IOException {
        produced += n;
        if (produced > maxOutput) {
            throw new DecompressionBombException("entry " + entry + " inflates past " + produced + " bytes from "
                    + compressedSize + " compressed (ratio over " + inspection.limits().maxCompressionRatio() + ":1)");
        }
        try {
            inspection.countInflated(n);
        } catch (IOException e) {
            throw new DecompressionBombException(e.getMessage());
        }
    }
}
