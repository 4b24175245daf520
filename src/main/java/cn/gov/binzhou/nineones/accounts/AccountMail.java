package cn.gov.binzhou.nineones.accounts;

/**
 * The first-password mail of one account, as logged in {@code nine_account_mail}: pending until sent.
 *
 * @param kind          whom the account is for: {@link #ENTERPRISE} or {@link #STAFF}
 * @param recipientName the person greeted
 * @param organisation  the enterprise, or the staff member's unit
 */
record AccountMail(long id, String userId, String kind, String address, String recipientName, String organisation,
        String status, int attempts) {

    static final String ENTERPRISE = "ENTERPRISE";
    static final String STAFF = "STAFF";

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    /** Given up: the account was deleted before its mail went out. */
    static final String FAILED = "FAILED";
}
