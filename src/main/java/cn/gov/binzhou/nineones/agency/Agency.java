package cn.gov.binzhou.nineones.agency;

import java.util.List;

/**
 * A county-level agency that the campaign notice is addressed to.
 *
 * @param id        stable identifier, part of the agency's group id ({@code county-<id>})
 * @param name      the name as written in the bureau's sheets, e.g. 滨城区
 * @param aliases   other names seen in sheets, e.g. 经开区
 * @param authority the agency itself, e.g. 滨城区应急管理局
 * @param mailbox   the agency's shared office mailbox (部门邮箱), may be empty
 */
public record Agency(String id, String name, List<String> aliases, String authority, String mailbox) {

    public static final String GROUP_PREFIX = "county-";
    public static final String LEADER_GROUP_PREFIX = "leader-";

    public Agency {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mailbox = mailbox == null ? "" : mailbox.trim();
    }

    /** The Camunda group whose members work this agency's tasks. */
    public String groupId() {
        return GROUP_PREFIX + id;
    }

    /** The Camunda group of the agency's leaders, to whom overdue work is escalated. */
    public String leaderGroupId() {
        return LEADER_GROUP_PREFIX + id;
    }

    public boolean hasMailbox() {
        return !mailbox.isEmpty();
    }
}
