package dev.ward.posture.terraform.azure;

import dev.ward.posture.terraform.TerraformResource;

/** Reads {@code replica_count} of an AI Search service; the provider default is 1. */
final class ReplicaCount {

    private ReplicaCount() {
    }

    static boolean atLeast(TerraformResource search, int minimum) {
        if (!search.has("replica_count")) {
            return 1 >= minimum;
        }
        return search.string("replica_count").map(ReplicaCount::parse).map(n -> n >= minimum).orElse(true);
    }

    private static Integer parse(String text) {
        try {
            return (int) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
