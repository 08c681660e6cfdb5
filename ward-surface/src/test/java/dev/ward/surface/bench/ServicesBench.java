package dev.ward.surface.bench;

import dev.ward.core.Exposure;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import dev.ward.surface.service.ServiceIdentifier;
import dev.ward.surface.testing.HttpStandIn;
import dev.ward.surface.testing.StandIns;
import dev.ward.testkit.LoopbackServer;
import dev.ward.testkit.RealServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For bench/services-vs-nmap.sh. {@code serve FILE}: starts the real servers and the stand-ins on loopback and writes
 * "port TAB expected-service TAB kind" lines to FILE, then runs until killed. {@code identify PORT...}: names each
 * port with {@link ServiceIdentifier} and prints "port TAB service TAB outcome".
 */
public final class ServicesBench {

    private ServicesBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("serve")) {
            serve(Path.of(args[1]));
        } else if (args.length >= 1 && args[0].equals("identify")) {
            identify(Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.err.println("usage: ServicesBench serve FILE | identify PORT...");
            System.exit(2);
        }
    }

    private static void serve(Path file) throws Exception {
        List<AutoCloseable> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.reversed().forEach(r -> {
            try {
                r.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        })));
        StringBuilder lines = new StringBuilder();
        record Real(String service, LoopbackServer server) {
        }
        List<Real> reals = new ArrayList<>(List.of(new Real("redis", RealServers.redis("")),
                new Real("postgresql", RealServers.postgres("")), new Real("mysql", RealServers.mariadb()),
                new Real("memcached", RealServers.memcached()), new Real("jupyter", RealServers.jupyter("")),
                new Real("prometheus", RealServers.prometheus()), new Real("etcd", RealServers.etcd()),
                new Real("docker-registry", RealServers.dockerRegistry()), new Real("influxdb", RealServers.influxdb())));
        LoopbackServer rabbit = RealServers.rabbitmq();
        reals.add(new Real("rabbitmq", rabbit));
        for (Real r : reals) {
            running.add(r.server());
            lines.append(r.server().port()).append('\t').append(r.service()).append("\treal\n");
        }
        lines.append(RealServers.rabbitmqAmqpPort(rabbit)).append("\tamqp\treal\n");
        for (StandIns.Case c : StandIns.all("sk-none")) {
            if (c.service().equals("unknown")) {
                continue;
            }
            HttpStandIn s = c.start();
            running.add(s);
            lines.append(s.port()).append('\t').append(c.service()).append("\tstand-in:").append(c.name()).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, lines);
        Files.move(tmp, file);
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void identify(String[] ports) {
        SurfaceOptions options = SurfaceOptions.defaults();
        List<String> targets = Arrays.stream(ports).map(p -> "127.0.0.1:" + p).toList();
        List<Endpoint> endpoints = TargetParser.parse(targets, PortList.clickhouseDefaults());
        ScanCollector collector = new ScanCollector();
        if (System.getenv("WARD_BENCH_WARM") != null) {
            new SurfaceScanner(options, ServiceIdentifier.standard(options)).scan(endpoints, new ScanCollector());
        }
        long started = System.nanoTime();
        new SurfaceScanner(options, ServiceIdentifier.standard(options)).scan(endpoints, collector);
        System.err.println("scan took " + (System.nanoTime() - started) / 1_000_000 + " ms");
        ScanResult result = collector.result("bench", "surface", targets, Instant.now());
        for (Exposure e : result.exposures()) {
            String address = e.asset().address();
            System.out.println(address.substring(address.lastIndexOf(':') + 1) + "\t" + e.service() + "\t" + e.access());
            System.err.println(address + " " + e.detail());
        }
    }
}
