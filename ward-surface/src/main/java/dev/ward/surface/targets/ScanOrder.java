package dev.ward.surface.targets;

import dev.ward.surface.Endpoint;

/**
 * The order in which one machine visits its endpoints: a seeded permutation of the whole space, cut to its shard.
 * Positions run from 0 to {@link #size()}; position {@code k} always names the same endpoint for the same space,
 * seed and shard, which is what makes resume and sharding work across runs and machines.
 */
public final class ScanOrder {

    private final TargetSpace space;
    private final IndexPermutation permutation;
    private final Shard shard;
    private final long seed;
    private final long size;

    private ScanOrder(TargetSpace space, IndexPermutation permutation, Shard shard, long seed) {
        this.space = space;
        this.permutation = permutation;
        this.shard = shard;
        this.seed = seed;
        this.size = shard.sizeOf(space.size());
    }

    /** Every endpoint, in the space's own order: for small scans where the order does not matter. */
    public static ScanOrder sequential(TargetSpace space) {
        return new ScanOrder(space, null, Shard.WHOLE, 0);
    }

    public static ScanOrder shuffled(TargetSpace space, long seed, Shard shard) {
        return new ScanOrder(space, new IndexPermutation(space.size(), seed), shard, seed);
    }

    public long size() {
        return size;
    }

    public Endpoint endpointAt(long position) {
        return space.get(indexAt(position));
    }

    /** The index into the space of this order's position {@code position}. */
    public long indexAt(long position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " of " + size);
        }
        long global = shard.globalPosition(position);
        return permutation == null ? global : permutation.at(global);
    }

    public TargetSpace space() {
        return space;
    }

    public Shard shard() {
        return shard;
    }

    public long seed() {
        return seed;
    }

    public boolean shuffledOrder() {
        return permutation != null;
    }

    /** Identifies the work: the same targets, order and shard give the same text, so a resume file can be checked. */
    public String fingerprint() {
        return space.fingerprint() + (permutation == null ? " sequential" : " seed " + seed) + " shard " + shard;
    }
}
