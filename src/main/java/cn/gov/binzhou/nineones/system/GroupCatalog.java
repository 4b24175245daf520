package cn.gov.binzhou.nineones.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;

/** Every group of the campaign with its Chinese name, derived from the agencies and settings. */
@Component
public class GroupCatalog {

    public static final String TYPE_WORKFLOW = "WORKFLOW";
    public static final String TYPE_SYSTEM = "SYSTEM";

    /** A group to be present in Camunda's identity service. */
    public record GroupDefinition(String id, String name, String type, Kind kind) {
    }

    /** What a group's members do, which decides their authorizations. */
    public enum Kind { CITY_BUREAU, CITY_LEADER, CITY_GROUP, COUNTY, AGENCY_LEADER, ENTERPRISE, ADMIN }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final List<GroupDefinition> groups;

    GroupCatalog(Agencies agencies, SystemProperties properties) {
        List<GroupDefinition> all = new ArrayList<>();
        all.add(new GroupDefinition(Groups.CITY_BUREAU, "市应急管理局科室", TYPE_WORKFLOW, Kind.CITY_BUREAU));
        all.add(new GroupDefinition(Groups.CITY_LEADER, "市应急管理局领导", TYPE_WORKFLOW, Kind.CITY_LEADER));
        for (int n = 1; n <= properties.cityGroups(); n++) {
            all.add(new GroupDefinition(Groups.cityGroup(n), "市级抽查第" + numeral(n) + "组", TYPE_WORKFLOW,
                    Kind.CITY_GROUP));
        }
        for (Agency agency : agencies.all()) {
            all.add(new GroupDefinition(agency.groupId(), agency.authority(), TYPE_WORKFLOW, Kind.COUNTY));
            all.add(new GroupDefinition(agency.leaderGroupId(), agency.authority() + "领导", TYPE_WORKFLOW,
                    Kind.AGENCY_LEADER));
        }
        all.add(new GroupDefinition(Groups.ENTERPRISE, "企业安全联系人", TYPE_WORKFLOW, Kind.ENTERPRISE));
        all.add(new GroupDefinition(Groups.ADMIN, "系统管理员", TYPE_SYSTEM, Kind.ADMIN));
        this.groups = List.copyOf(all);
    }

    static String numeral(int n) {
        return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String.valueOf(n);
    }

    public List<GroupDefinition> all() {
        return groups;
    }

    public List<GroupDefinition> ofKind(Kind kind) {
        return groups.stream().filter(group -> group.kind() == kind).toList();
    }
}
