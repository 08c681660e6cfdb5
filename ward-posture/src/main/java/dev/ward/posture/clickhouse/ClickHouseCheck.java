package dev.ward.posture.clickhouse;

import dev.ward.core.CheckInfo;
import dev.ward.posture.PostureCheck;
import dev.ward.posture.Violation;
import dev.ward.posture.source.XmlElement;

/** A check over one server's merged ClickHouse config. */
public abstract class ClickHouseCheck implements PostureCheck<ClickHouseServerConfig> {

    private final CheckInfo info;

    protected ClickHouseCheck(CheckInfo info) {
        this.info = info;
    }

    @Override
    public final CheckInfo info() {
        return info;
    }

    @Override
    public final Class<ClickHouseServerConfig> documentType() {
        return ClickHouseServerConfig.class;
    }

    protected static Violation violation(ClickHouseServerConfig config, XmlElement at, String message, String discriminator) {
        return new Violation(config.asset(), config.locate(at), message + config.origin(at), discriminator);
    }
}
