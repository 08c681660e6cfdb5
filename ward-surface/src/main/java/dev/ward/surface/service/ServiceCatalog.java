package dev.ward.surface.service;

import dev.ward.core.Check;
import dev.ward.core.CheckInfo;
import dev.ward.core.CheckRegistry;
import dev.ward.surface.SurfaceOptions;
import dev.ward.surface.clickhouse.ClickHouseService;
import dev.ward.surface.service.amqp.AmqpCheck;
import dev.ward.surface.service.http.HttpChecks;
import dev.ward.surface.service.memcached.MemcachedCheck;
import dev.ward.surface.service.mongo.MongoCheck;
import dev.ward.surface.service.mysql.MysqlCheck;
import dev.ward.surface.service.postgres.PostgresCheck;
import dev.ward.surface.service.redis.RedisCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every service Ward names, registered in this one place: the HTTP checks in the order they are asked, the wire
 * checks in the order of the burst, and the metadata of every finding they raise.
 */
public final class ServiceCatalog {

    private final List<HttpServiceCheck> httpChecks;
    private final List<WireServiceCheck> wireChecks;

    public ServiceCatalog(List<HttpServiceCheck> httpChecks, List<WireServiceCheck> wireChecks) {
        this.httpChecks = List.copyOf(httpChecks);
        this.wireChecks = List.copyOf(wireChecks);
    }

    public static ServiceCatalog standard(SurfaceOptions options) {
        ClickHouseService clickHouse = new ClickHouseService(options);
        MongoCheck mongo = new MongoCheck();
        List<HttpServiceCheck> http = new ArrayList<>();
        http.add(clickHouse);
        http.add(mongo);
        http.addAll(HttpChecks.all());
        int cell = options.maxCellBytes();
        // Burst order: line protocols first (answered or dropped at once by anything), length-prefixed ones after.
        // ClickHouse's Hello goes before PostgreSQL's and MongoDB's: they reject its bytes as an absurd length at once,
        // while ClickHouse reads a PostgreSQL SSLRequest as a Hello naming a 2.9 KB database and waits for it.
        List<WireServiceCheck> wire = List.of(new RedisCheck(cell), new MemcachedCheck(cell), clickHouse,
                new PostgresCheck(cell), mongo, new MysqlCheck(cell), new AmqpCheck());
        return new ServiceCatalog(http, wire);
    }

    public List<HttpServiceCheck> httpChecks() {
        return httpChecks;
    }

    public List<WireServiceCheck> wireChecks() {
        return wireChecks;
    }

    /** Every service, once, by id. */
    public List<ServiceCheck> services() {
        Map<String, ServiceCheck> byId = new LinkedHashMap<>();
        httpChecks.forEach(c -> byId.putIfAbsent(c.service().id(), c.service()));
        wireChecks.forEach(c -> byId.putIfAbsent(c.service().id(), c.service()));
        return List.copyOf(byId.values());
    }

    private record Listed(CheckInfo info) implements Check {
    }

    /** The metadata of every finding the services can raise: open, login surface, and each capability. */
    public CheckRegistry<Check> registry() {
        List<Check> all = new ArrayList<>();
        all.add(new Listed(ServiceFindings.LOGIN_EXPOSED));
        for (ServiceCheck service : services()) {
            all.add(new Listed(service.info()));
            service.capabilities().forEach(c -> all.add(new Listed(c)));
        }
        return CheckRegistry.of(all);
    }
}
