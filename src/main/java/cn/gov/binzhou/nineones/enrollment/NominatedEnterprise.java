package cn.gov.binzhou.nineones.enrollment;

import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * A nomination with the enterprise's data as nominated. The data is the nomination's own copy: a later
 * nomination of the same enterprise, or a change to the register, never changes it; only a revision of
 * a returned nomination does.
 */
public record NominatedEnterprise(Nomination nomination, EnterpriseData enterprise) {

    /** The returned nomination with revised data, back to county review; credit code and agency stay. */
    NominatedEnterprise revisedTo(EnterpriseData revised) {
        if (!nomination.creditCode().equals(revised.creditCode().value())) {
            throw new RefusedException("修改提报时不能更改统一社会信用代码；如代码有误，请驳回后重新提报");
        }
        if (!nomination.agencyId().equals(revised.agencyId())) {
            throw new RefusedException("修改提报时不能更改县市区");
        }
        return new NominatedEnterprise(nomination.resubmitted(), revised);
    }
}
