package cn.gov.binzhou.nineones.system;

import java.util.Optional;
import java.util.Set;

import cn.gov.binzhou.nineones.agency.Agency;

/** The person calling one of our own APIs, with their groups, as authenticated by {@link ApiAuthenticationFilter}. */
public record ApiUser(String id, Set<String> groups) {

    public static final String ATTRIBUTE = "nineones.apiUser";

    public ApiUser {
        groups = Set.copyOf(groups);
    }

    /** City bureau staff and administrators act for every agency. */
    public boolean actsForAllAgencies() {
        return Memberships.actsForAllAgencies(groups);
    }

    public boolean mayActFor(String agencyId) {
        return Memberships.mayActFor(groups, agencyId);
    }

    /** The one agency a county user works for, if the user is county staff. */
    public Optional<String> ownAgencyId() {
        return groups.stream().filter(group -> group.startsWith(Agency.GROUP_PREFIX))
                .map(group -> group.substring(Agency.GROUP_PREFIX.length())).sorted().findFirst();
    }

    /** Whether the user may see all agencies' data: city staff, leaders, inspection groups and administrators. */
    public boolean seesAllAgencies() {
        return actsForAllAgencies() || groups.contains(Groups.CITY_LEADER)
                || groups.stream().anyMatch(group -> group.startsWith(Groups.CITY_GROUP_PREFIX));
    }
}
