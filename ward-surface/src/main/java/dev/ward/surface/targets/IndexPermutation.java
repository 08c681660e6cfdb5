package dev.ward.surface.targets;

/**
 * A seeded bijection on {@code [0, n)} that needs no memory beyond its round keys: a balanced Feistel network over
 * the smallest even number of bits that holds {@code n}, with cycle walking to stay inside the range (the approach of
 * masscan's "blackrock"). Consecutive indices land far apart, so a scan spreads its load over hosts and ports.
 */
public final class IndexPermutation {

    private static final int ROUNDS = 4;

    private final long n;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    public IndexPermutation(long n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + n);
        }
        this.n = n;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        long state = seed;
        for (int i = 0; i < ROUNDS; i++) {
            state += 0x9E3779B97F4A7C15L;
            keys[i] = mix(state);
        }
    }

    public long size() {
        return n;
    }

    /** The index that position {@code i} maps to. Each position in {@code [0, n)} maps to a different index. */
    public long at(long i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("position " + i + " of " + n);
        }
        long x = i;
        do {
            x = encrypt(x);
        } while (x >= n);
        return x;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (long key : keys) {
            long next = left ^ (mix(right ^ key) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** SplitMix64's finaliser: a cheap, well-distributed 64-bit mixing function. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
