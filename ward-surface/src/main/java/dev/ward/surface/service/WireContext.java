package dev.ward.surface.service;

import dev.ward.core.TimeBudget;
import dev.ward.surface.Endpoint;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.net.Connection;
import dev.ward.surface.net.ProbeException;

/** The endpoint, its time budget and the scan limits, for a wire probe. */
public record WireContext(Endpoint endpoint, TimeBudget budget, SurfaceOptions options) {

    public Connection connect() throws ProbeException {
        return Connection.open(endpoint, budget, options);
    }
}
