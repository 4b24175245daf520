package cn.gov.binzhou.nineones.system;

/** The caller may not do or see this; the message says why, in Chinese. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
