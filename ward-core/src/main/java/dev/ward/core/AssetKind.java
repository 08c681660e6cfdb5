package dev.ward.core;

/** What sort of thing an asset is. */
public enum AssetKind {
    /** A network service endpoint, such as a ClickHouse HTTP port. */
    SERVICE,
    HOST,
    FILE,
    REPOSITORY,
    MODEL_ENDPOINT,
    MODEL_ARTIFACT,
    CLOUD_RESOURCE
}
