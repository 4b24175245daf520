package cn.gov.binzhou.nineones.agency;

/** Raised where an agency id or name matches none of the configured agencies. */
public class UnknownAgencyException extends IllegalStateException {

    public UnknownAgencyException(String idOrName) {
        super("未知的县市区: " + idOrName);
    }
}
