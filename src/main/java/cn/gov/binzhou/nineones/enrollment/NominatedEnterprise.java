package cn.gov.binzhou.nineones.enrollment;

/** A nomination together with the enterprise's registered data, as reports and reviewers read it. */
public record NominatedEnterprise(Nomination nomination, EnterpriseData enterprise) {
}
