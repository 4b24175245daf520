package cn.gov.binzhou.nineones.system;

/**
 * What the caller sent breaks a rule (invalid input, a field they may not set, a step the record's state
 * does not allow from this input); the message says why, in Chinese. Answered 400.
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
