package cn.gov.binzhou.nineones.system;

/**
 * The request is valid but the record's current state does not allow it (already decided, already
 * listed, changed by someone else meanwhile); the message says why, in Chinese. Answered 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
