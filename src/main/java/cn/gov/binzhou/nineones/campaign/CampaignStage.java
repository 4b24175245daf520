package cn.gov.binzhou.nineones.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a listed enterprise stands in its batch's campaign, and where it may go from there. The last
 * four are its final result; a batch that closes ends whatever is still open as {@link #CLOSED}.
 */
public enum CampaignStage {
    LISTED("已列入名单"),
    SELF_ASSESSING("企业自评中"),
    AWAITING_ACCEPTANCE("待县级验收"),
    COUNTY_ACCEPTED("县级验收通过"),
    OVERDUE("逾期未完成（未按要求推进）"),
    CHECKING("市级抽查验收中"),
    ACCEPTED("验收合格"),
    INEFFECTIVE("未有效运行"),
    NOT_ADVANCED("未按要求推进"),
    CLOSED("批次结束时未完成");

    private final String label;

    CampaignStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<CampaignStage> next() {
        return switch (this) {
            case LISTED -> EnumSet.of(SELF_ASSESSING, CLOSED);
            case SELF_ASSESSING -> EnumSet.of(AWAITING_ACCEPTANCE, OVERDUE, CLOSED);
            case AWAITING_ACCEPTANCE -> EnumSet.of(COUNTY_ACCEPTED, SELF_ASSESSING, OVERDUE, CLOSED);
            case COUNTY_ACCEPTED -> EnumSet.of(CHECKING, ACCEPTED, CLOSED);
            case OVERDUE -> EnumSet.of(CHECKING, CLOSED);
            case CHECKING -> EnumSet.of(ACCEPTED, INEFFECTIVE, NOT_ADVANCED, CLOSED);
            case ACCEPTED, INEFFECTIVE, NOT_ADVANCED, CLOSED -> EnumSet.noneOf(CampaignStage.class);
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
