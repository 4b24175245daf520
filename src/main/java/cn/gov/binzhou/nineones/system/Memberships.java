package cn.gov.binzhou.nineones.system;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agency;

/** What a user may act for, derived from Camunda group memberships. */
@Component
public class Memberships {

    private final IdentityService identity;

    Memberships(IdentityService identity) {
        this.identity = identity;
    }

    public Set<String> groupsOf(String userId) {
        if (userId == null) {
            return Set.of();
        }
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    /** City staff and administrators act for every agency. */
    public static boolean actsForAllAgencies(Set<String> groups) {
        return groups.contains(Groups.CITY_BUREAU) || groups.contains(Groups.ADMIN);
    }

    /** Whether a user with these groups may act for the agency: its own staff, city staff or admins. */
    public static boolean mayActFor(Set<String> groups, String agencyId) {
        return actsForAllAgencies(groups) || groups.contains(Agency.GROUP_PREFIX + agencyId);
    }
}
