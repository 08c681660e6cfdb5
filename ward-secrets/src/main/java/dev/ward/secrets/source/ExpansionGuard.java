package dev.ward.secrets.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what comes out of a decompressing stream against what went in, and stops it when the ratio or the total
 * passes the limits: what makes a zip bomb harmless. One guard per archive level; the total is shared.
 */
final class ExpansionGuard {

    /** Shared by every level of one top-level archive. */
    static final class Budget {
        private final ArchiveLimits limits;
        private long totalBytes;
        private int entries;

        Budget(ArchiveLimits limits) {
            this.limits = limits;
        }

        ArchiveLimits limits() {
            return limits;
        }

        void entry() throws ArchiveLimitException {
            if (++entries > limits.maxEntries()) {
                throw new ArchiveLimitException("more than " + limits.maxEntries() + " entries; stopped (possible zip bomb)");
            }
        }

        void bytes(long n) throws ArchiveLimitException {
            totalBytes += n;
            if (totalBytes > limits.maxTotalBytes()) {
                throw new ArchiveLimitException("expands to more than " + (limits.maxTotalBytes() >> 20)
                        + " MiB; stopped (possible zip bomb)");
            }
        }
    }

    private final Budget budget;
    private long consumed;
    private long produced;

    ExpansionGuard(Budget budget) {
        this.budget = budget;
    }

    /** Wraps the compressed side: every byte read from it counts as consumed. */
    InputStream compressed(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    consumed++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    consumed += n;
                }
                return n;
            }
        };
    }

    /** Wraps the decompressed side; closing the wrapper leaves the underlying stream open. */
    InputStream expanded(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    produce(n);
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private void produce(int n) throws ArchiveLimitException {
        produced += n;
        budget.bytes(n);
        long ratioLimit = (long) budget.limits().maxRatio() * Math.max(1, consumed);
        if (produced > ArchiveLimits.RATIO_FLOOR_BYTES && produced > ratioLimit) {
            throw new ArchiveLimitException("expands more than " + budget.limits().maxRatio()
                    + ":1 (" + (produced >> 20) + " MiB out of " + Math.max(1, consumed >> 10) + " KiB); stopped (zip bomb)");
        }
    }
}
