package dev.ward.surface.service;

import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.ScanCollector;
import dev.ward.core.ScanResult;
import dev.ward.surface.Endpoint;
import dev.ward.surface.PortList;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.SurfaceScanner;
import dev.ward.surface.TargetParser;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Scans loopback endpoints with {@link ServiceIdentifier} and reads the result; shared by the service tests. */
final class ServiceScan {

    static final SurfaceOptions OPTIONS = SurfaceOptions.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(20));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private ServiceScan() {
    }

    static ScanResult scan(SurfaceOptions options, List<String> targets) {
        List<Endpoint> endpoints = TargetParser.parse(targets, PortList.clickhouseDefaults());
        ScanCollector collector = new ScanCollector();
        Instant started = Instant.now();
        new SurfaceScanner(options, ServiceIdentifier.standard(options)).scan(endpoints, collector);
        return collector.result("ward test", "surface", targets, started);
    }

    static ScanResult scan(int... ports) {
        return scan(OPTIONS, IntStream.of(ports).mapToObj(p -> "127.0.0.1:" + p).toList());
    }

    static Exposure exposure(ScanResult result, int port) {
        return result.exposures().stream().filter(e -> e.asset().address().endsWith(":" + port)).findFirst().orElseThrow();
    }

    static List<Finding> findings(ScanResult result, int port) {
        return result.findings().stream().filter(f -> f.asset().address().endsWith(":" + port)).toList();
    }

    static Finding finding(ScanResult result, int port, String ruleId) {
        return findings(result, port).stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " on port " + port + "; got " + findings(result, port)));
    }

    /** An OpenAI project key of the real shape, random each run, so no test can pass on a remembered value. */
    static String openAiKey() {
        return "sk-proj-" + random(74) + "T3BlbkFJ" + random(74);
    }

    static String random(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(ALNUM.charAt(RANDOM.nextInt(ALNUM.length())));
        }
        return out.toString();
    }

    /** Every text a report could show about the scan, to prove no planted secret appears in full. */
    static String everythingShown(ScanResult result) {
        StringBuilder all = new StringBuilder();
        result.exposures().forEach(e -> all.append(e).append('\n'));
        result.findings().forEach(f -> all.append(f).append('\n'));
        return all.toString();
    }
}
