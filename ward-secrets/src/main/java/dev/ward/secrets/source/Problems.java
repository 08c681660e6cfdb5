package dev.ward.secrets.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an I/O failure into the words a person needs: what went wrong, without a stack trace. */
public final class Problems {

    private Problems() {
    }

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot read: it disappeared during the scan";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read: " + message;
    }
}
