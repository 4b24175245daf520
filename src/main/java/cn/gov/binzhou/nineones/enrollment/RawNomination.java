package cn.gov.binzhou.nineones.enrollment;

/** A nomination as a person typed it or a sheet held it: text only, nothing checked yet. */
public record RawNomination(
        String agency,
        String enterpriseName,
        String creditCode,
        String industry,
        String address,
        String principal,
        String principalPhone,
        String safetyContact,
        String contactPhone,
        String contactEmail,
        String employees,
        String firstBatchPilot) {

    /** True when every field is empty: such a sheet line is skipped, not rejected. */
    public boolean isBlank() {
        for (String value : new String[] {agency, enterpriseName, creditCode, industry, address, principal,
                principalPhone, safetyContact, contactPhone, contactEmail, employees, firstBatchPilot}) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
