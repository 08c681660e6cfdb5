package dev.ward.surface.service;

import dev.ward.surface.net.ProbeException;

/** A service recognised over HTTP from the replies to a few GETs, parsed, never substring-matched. */
public interface HttpServiceCheck {

    ServiceCheck service();

    /** This service's identification, or null when the pages show something else. */
    Identification identify(HttpPages pages) throws ProbeException;

    /** What an open endpoint gives away, with read-only requests only. */
    default void survey(HttpPages pages, Identification id, BlastRadiusReport report) throws ProbeException {
    }
}
