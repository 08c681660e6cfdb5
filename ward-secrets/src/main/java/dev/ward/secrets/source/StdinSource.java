package dev.ward.secrets.source;

import dev.ward.secrets.content.Origin;
import java.io.IOException;
import java.io.InputStream;

/** Standard input ({@code -}), streamed through the same chunked scan as a file, so its size does not matter. */
public final class StdinSource implements SecretSource {

    public static final String PATH = "stdin";

    private final InputStream in;

    public StdinSource(InputStream in) {
        this.in = in;
    }

    @Override
    public String describe() {
        return "standard input";
    }

    @Override
    public void feed(SourceContext context) {
        Origin origin = Origin.file(PATH);
        try {
            context.content().scan(origin, in, context.sink());
        } catch (IOException e) {
            context.sink().problem(origin, Problems.describe(e));
        }
    }
}
