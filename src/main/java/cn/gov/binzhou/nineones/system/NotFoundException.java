package cn.gov.binzhou.nineones.system;

/** What the caller asked for does not exist; the message names it, in Chinese. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
