package dev.ward.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The checks of one kind, found through {@link ServiceLoader}. Adding a check means adding a class and one line in
 * its module's {@code META-INF/services} file; nothing else changes.
 */
public final class CheckRegistry<T extends Check> {

    private final List<T> checks;

    private CheckRegistry(List<T> checks) {
        this.checks = List.copyOf(checks);
    }

    public static <T extends Check> CheckRegistry<T> load(Class<T> type) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, type.getClassLoader()).forEach(found::add);
        return of(found);
    }

    public static <T extends Check> CheckRegistry<T> of(List<T> checks) {
        Map<String, T> byId = new HashMap<>();
        for (T check : checks) {
            T previous = byId.putIfAbsent(check.info().id(), check);
            if (previous != null) {
                throw new IllegalStateException("two checks share the id " + check.info().id() + ": "
                        + previous.getClass().getName() + " and " + check.getClass().getName());
            }
        }
        List<T> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(c -> c.info().id()));
        return new CheckRegistry<>(sorted);
    }

    public List<T> all() {
        return checks;
    }

    public T byId(String id) {
        return checks.stream().filter(c -> c.info().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check with id " + id));
    }
}
