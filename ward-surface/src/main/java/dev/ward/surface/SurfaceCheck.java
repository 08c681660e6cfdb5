package dev.ward.surface;

import dev.ward.core.Check;
import dev.ward.core.CheckRegistry;

/** A check raised by the surface scanner; implementations are listed in {@code META-INF/services/dev.ward.surface.SurfaceCheck}. */
public interface SurfaceCheck extends Check {

    static CheckRegistry<SurfaceCheck> registry() {
        return CheckRegistry.load(SurfaceCheck.class);
    }
}
