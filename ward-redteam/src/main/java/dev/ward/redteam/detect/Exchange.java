package dev.ward.redteam.detect;

import dev.ward.redteam.probe.Probe;

/**
 * One attempt as the detectors see it.
 *
 * @param probe            what was sent
 * @param response         the answer text; empty on error or block
 * @param baselineResponse for paired probes, the answer to the neutral prompt; otherwise null
 * @param blocked          a provider filter intervened
 * @param error            why no answer came back, or null
 */
public record Exchange(Probe probe, String response, String baselineResponse, boolean blocked, String error) {

    public Exchange {
        response = response == null ? "" : response;
    }

    public static Exchange answered(Probe probe, String response) {
        return new Exchange(probe, response, null, false, null);
    }
}
