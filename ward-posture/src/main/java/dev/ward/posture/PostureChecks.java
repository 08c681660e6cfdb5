package dev.ward.posture;

import dev.ward.core.CheckRegistry;
import java.util.List;

/** Every posture check on the class path, from {@code META-INF/services/dev.ward.posture.PostureCheck}. */
public final class PostureChecks {

    private static final CheckRegistry<PostureCheck<?>> STANDARD = load();

    private PostureChecks() {
    }

    public static CheckRegistry<PostureCheck<?>> standard() {
        return STANDARD;
    }

    /** The checks that read documents of the given type. */
    public static List<PostureCheck<?>> forDocument(CheckRegistry<PostureCheck<?>> registry, PostureDocument document) {
        return registry.all().stream().filter(c -> c.documentType().isInstance(document)).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CheckRegistry<PostureCheck<?>> load() {
        return (CheckRegistry) CheckRegistry.load(PostureCheck.class);
    }
}
