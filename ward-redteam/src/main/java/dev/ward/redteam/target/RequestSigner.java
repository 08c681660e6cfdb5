package dev.ward.redteam.target;

import java.net.URI;
import java.util.Map;

/** Adds authentication headers computed from the request itself, such as AWS SigV4; called again on every retry. */
@FunctionalInterface
public interface RequestSigner {

    Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body);
}
