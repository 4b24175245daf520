package cn.gov.binzhou.nineones.enrollment;

/** A nomination the rules refuse, with the reason in Chinese for the person who made it. */
public class NominationRefusedException extends IllegalArgumentException {

    public NominationRefusedException(String message) {
        super(message);
    }
}
