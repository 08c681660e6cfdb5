package dev.ward.surface.targets;

/**
 * One of {@code count} machines splitting a scan: shard {@code index} (1-based) takes every {@code count}-th position
 * of the shared, seeded order, starting at position {@code index - 1}. Shards are disjoint and together cover it once.
 */
public record Shard(int index, int count) {

    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not valid; expected i/n with 1 <= i <= n");
        }
    }

    /** Parses {@code i/n}, for example {@code 2/3}. */
    public static Shard parse(String text) {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        if (slash < 1 || slash == t.length() - 1 || !digits(t.substring(0, slash)) || !digits(t.substring(slash + 1))) {
            throw new IllegalArgumentException("--shard '" + text + "' is not i/n, for example 1/4");
        }
        int index = Integer.parseInt(t.substring(0, slash));
        int count = Integer.parseInt(t.substring(slash + 1));
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + t + " is out of range; i must be between 1 and n");
        }
        return new Shard(index, count);
    }

    /** How many of {@code total} positions fall to this shard. */
    public long sizeOf(long total) {
        long first = index - 1;
        return total <= first ? 0 : (total - first + count - 1) / count;
    }

    /** The global position of this shard's {@code k}-th position. */
    public long globalPosition(long k) {
        return k * count + (index - 1);
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.length() <= 6 && s.chars().allMatch(Character::isDigit);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
