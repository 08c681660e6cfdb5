package dev.ward.posture;

import java.util.List;

/** A parsed configuration that checks read: a merged ClickHouse config, a Terraform module, a set of manifests. */
public interface PostureDocument {

    /** The files it was built from, for progress and for the unparseable report. */
    List<java.nio.file.Path> sources();
}
