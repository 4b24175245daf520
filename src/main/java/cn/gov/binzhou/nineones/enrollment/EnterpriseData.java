package cn.gov.binzhou.nineones.enrollment;

/** An enterprise as nominated: validated, normalised values ready to be stored. */
public record EnterpriseData(
        CreditCode creditCode,
        String name,
        String agencyId,
        Industry industry,
        String address,
        String principal,
        String principalPhone,
        String safetyContact,
        String contactPhone,
        String contactEmail,
        Integer employees,
        boolean firstBatchPilot) {
}
