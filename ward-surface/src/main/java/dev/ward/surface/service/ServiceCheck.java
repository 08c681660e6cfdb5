package dev.ward.surface.service;

import dev.ward.core.Check;
import dev.ward.core.CheckInfo;
import dev.ward.core.Control;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import dev.ward.surface.Endpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of service Ward names on any port: its metadata in one place, and (through {@link HttpServiceCheck} or
 * {@link WireServiceCheck}) how it is recognised and what an attacker gets from it. {@link #info()} describes the
 * finding raised when the service lets anyone in; {@link #capabilities()} the dangerous abilities flagged apart.
 */
public abstract class ServiceCheck implements Check {

    private static final List<Control> OPEN_SERVICE_CONTROLS = List.of(
            Control.cwe(306, "Missing Authentication for Critical Function"),
            Control.owaspLlm("LLM02", "Sensitive Information Disclosure"),
            Control.atlas("AML.T0036", "Data from Information Repositories"),
            Control.nistAiRmf("MEASURE 2.7", "Security and resilience evaluated"));

    private final String id;
    private final String product;
    private final CheckInfo info;

    protected ServiceCheck(String id, String product, Severity severity, String remediation, Control... extra) {
        this.id = id;
        this.product = product;
        List<Control> controls = new ArrayList<>(OPEN_SERVICE_CONTROLS);
        controls.addAll(List.of(extra));
        this.info = new CheckInfo(id + ".unauthenticated", product + " reachable without authentication", severity,
                controls, remediation);
    }

    /** For a service whose open-finding metadata already exists elsewhere. */
    protected ServiceCheck(String id, String product, CheckInfo info) {
        this.id = id;
        this.product = product;
        this.info = info;
    }

    /** The service's short name, for example {@code redis}; also the scheme of its asset URI. */
    public final String id() {
        return id;
    }

    /** Itself; lets a check class implement {@link HttpServiceCheck} or {@link WireServiceCheck} directly. */
    public ServiceCheck service() {
        return this;
    }

    /** The product as people name it, for example {@code Redis}. */
    public String product() {
        return product;
    }

    @Override
    public final CheckInfo info() {
        return info;
    }

    /** Dangerous abilities this service can expose, each its own finding. */
    public List<CheckInfo> capabilities() {
        return List.of();
    }

    /**
     * The finding for an open endpoint. Most services use the standard wording; a service with a richer model of its
     * own (ClickHouse) builds its own here.
     */
    protected Finding openFinding(dev.ward.core.Asset asset, Endpoint endpoint, Identification id, BlastRadiusReport report) {
        return ServiceFindings.open(this, asset, id, report);
    }

    /** A capability that means running code on the host: CRITICAL, mapped to the controls for that. */
    protected static CheckInfo remoteCodeExecution(String id, String title, String remediation) {
        return new CheckInfo(id, title, Severity.CRITICAL, List.of(
                Control.cwe(94, "Improper Control of Generation of Code"),
                Control.cwe(306, "Missing Authentication for Critical Function"),
                Control.owaspLlm("LLM03", "Supply Chain"),
                Control.atlas("AML.T0049", "Exploit Public-Facing Application"),
                Control.nistAiRmf("MANAGE 2.4", "Mechanisms to supersede, disengage or deactivate AI systems")), remediation);
    }

    /** A capability that lets anyone change what the service holds or serves, short of running code. */
    protected static CheckInfo tampering(String id, String title, Severity severity, String remediation) {
        return new CheckInfo(id, title, severity, List.of(
                Control.cwe(306, "Missing Authentication for Critical Function"),
                Control.owaspLlm("LLM04", "Data and Model Poisoning"),
                Control.atlas("AML.T0018", "Manipulate AI Model")), remediation);
    }

    @Override
    public String toString() {
        return id;
    }
}
