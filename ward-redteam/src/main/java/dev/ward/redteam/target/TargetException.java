package dev.ward.redteam.target;

/** A request that got no usable answer. Its message never contains a key. */
public class TargetException extends Exception {

    private final int httpStatus;

    public TargetException(String message, int httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
    }

    /** The last HTTP status, or 0 when the failure was below HTTP. */
    public int httpStatus() {
        return httpStatus;
    }
}
