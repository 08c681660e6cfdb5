package dev.ward.surface.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ward.surface.PortList;
import dev.ward.surface.TargetParser;
import java.util.BitSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanOrderTest {

    private static TargetSpace space(String target, String ports) {
        return TargetParser.space(List.of(target), PortList.parse(ports));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 17, 1000, 4096, 65_537, 250_000})
    void permutationVisitsEveryIndexExactlyOnce(long n) {
        IndexPermutation permutation = new IndexPermutation(n, 42);
        BitSet seen = new BitSet((int) n);
        for (long i = 0; i < n; i++) {
            long index = permutation.at(i);
            assertThat(index).isBetween(0L, n - 1);
            assertThat(seen.get((int) index)).as("index %d twice", index).isFalse();
            seen.set((int) index);
        }
        assertThat(seen.cardinality()).isEqualTo((int) n);
    }

    @Test
    void sameSeedSameOrderOtherSeedOtherOrder() {
        TargetSpace space = space("10.0.0.0/24", "1-100");
        List<String> a = firstAuthorities(ScanOrder.shuffled(space, 7, Shard.WHOLE), 200);
        List<String> again = firstAuthorities(ScanOrder.shuffled(space, 7, Shard.WHOLE), 200);
        List<String> other = firstAuthorities(ScanOrder.shuffled(space, 8, Shard.WHOLE), 200);
        assertThat(again).isEqualTo(a);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void shuffledOrderSpreadsOverHosts() {
        TargetSpace space = space("10.0.0.0/24", "1-1000");
        List<String> first = firstAuthorities(ScanOrder.shuffled(space, 1, Shard.WHOLE), 100);
        long hosts = first.stream().map(a -> a.substring(0, a.indexOf(':'))).distinct().count();
        // In canonical order the first 100 endpoints are all on 10.0.0.0; shuffled they should touch many hosts.
        assertThat(hosts).isGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 7})
    void shardsAreDisjointAndCoverTheSpaceExactlyOnce(int shards) {
        TargetSpace space = space("10.9.0.0/22", "80,443,8000-8009");
        BitSet covered = new BitSet((int) space.size());
        long total = 0;
        for (int i = 1; i <= shards; i++) {
            ScanOrder order = ScanOrder.shuffled(space, 99, new Shard(i, shards));
            total += order.size();
            for (long p = 0; p < order.size(); p++) {
                int index = (int) order.indexAt(p);
                assertThat(covered.get(index)).as("index %d in two shards", index).isFalse();
                covered.set(index);
            }
        }
        assertThat(total).isEqualTo(space.size());
        assertThat(covered.cardinality()).isEqualTo((int) space.size());
    }

    @Test
    void aSixteenTimesAThousandPortsIsIndexedWithoutListingIt() {
        TargetSpace space = space("10.20.0.0/16", "1-1000");
        assertThat(space.size()).isEqualTo(65_536L * 1000);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        ScanOrder order = ScanOrder.shuffled(space, 3, new Shard(2, 4));
        assertThat(order.size()).isEqualTo(65_536L * 1000 / 4);
        long sum = LongStream.range(0, 200_000).map(p -> order.endpointAt(p).port()).sum();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        assertThat(sum).isPositive();
        // Listing 65 million endpoints would take gigabytes; walking the order must stay within a few megabytes.
        assertThat(after - before).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void shardSpecsParseAndBadOnesAreRefused() {
        assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
        assertThatThrownBy(() -> Shard.parse("3/2")).hasMessageContaining("--shard 3/2 is out of range");
        assertThatThrownBy(() -> Shard.parse("0/2")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Shard.parse("1-2")).hasMessageContaining("is not i/n");
        assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("is not i/n");
        assertThat(new Shard(3, 3).sizeOf(2)).isZero();
        assertThat(new Shard(1, 3).sizeOf(7)).isEqualTo(3);
    }

    @Test
    void overlappingTargetsAreScannedOnce() {
        TargetSpace space = TargetParser.space(List.of("10.0.0.0/30", "10.0.0.2", "10.0.0.2/31", "10.0.0.4"), PortList.parse("80"));
        assertThat(space.toList()).extracting(e -> e.authority())
                .containsExactly("10.0.0.0:80", "10.0.0.1:80", "10.0.0.2:80", "10.0.0.3:80", "10.0.0.4:80");
    }

    @Test
    void fingerprintNamesTargetsSeedAndShard() {
        TargetSpace space = space("10.0.0.0/24", "80");
        String a = ScanOrder.shuffled(space, 1, new Shard(1, 2)).fingerprint();
        assertThat(ScanOrder.shuffled(space("10.0.0.0/24", "80"), 1, new Shard(1, 2)).fingerprint()).isEqualTo(a);
        assertThat(ScanOrder.shuffled(space, 2, new Shard(1, 2)).fingerprint()).isNotEqualTo(a);
        assertThat(ScanOrder.shuffled(space, 1, new Shard(2, 2)).fingerprint()).isNotEqualTo(a);
        assertThat(ScanOrder.shuffled(space("10.0.0.0/24", "81"), 1, new Shard(1, 2)).fingerprint()).isNotEqualTo(a);
    }

    private static List<String> firstAuthorities(ScanOrder order, int n) {
        return LongStream.range(0, n).mapToObj(p -> order.endpointAt(p).authority()).toList();
    }
}
