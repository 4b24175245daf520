package cn.gov.binzhou.nineones.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ten county-level agencies of DESIGN §2, as typed configuration ({@code nineones.agencies}),
 * with their office mailboxes set per installation ({@code nineones.mailboxes.<id>}). Every place
 * that names an agency asks this register.
 */
@ConfigurationProperties(prefix = "nineones")
public class Agencies {

    private final List<Agency> agencies;
    private final Map<String, Agency> byId = new LinkedHashMap<>();
    private final Map<String, Agency> byName = new LinkedHashMap<>();

    public Agencies(List<Agency> agencies, Map<String, String> mailboxes) {
        Map<String, String> boxes = mailboxes == null ? Map.of() : mailboxes;
        List<Agency> configured = agencies == null ? List.of() : agencies;
        boxes.keySet().stream().filter(id -> configured.stream().noneMatch(a -> a.id().equals(id))).findFirst()
                .ifPresent(id -> {
                    throw new IllegalStateException("部门邮箱配置了未知的机构编号: " + id);
                });
        this.agencies = configured.stream().map(a -> boxes.containsKey(a.id())
                ? new Agency(a.id(), a.name(), a.aliases(), a.authority(), boxes.get(a.id())) : a).toList();
        for (Agency agency : this.agencies) {
            register(byId, agency.id(), agency);
            register(byName, normalize(agency.name()), agency);
            register(byName, normalize(agency.authority()), agency);
            agency.aliases().forEach(alias -> register(byName, normalize(alias), agency));
        }
    }

    private static void register(Map<String, Agency> index, String key, Agency agency) {
        Agency previous = index.putIfAbsent(key, agency);
        if (previous != null && previous != agency) {
            throw new IllegalStateException("机构名称或编号重复: " + key);
        }
    }

    public List<Agency> all() {
        return agencies;
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Agency require(String id) {
        return byId(id).orElseThrow(() -> new UnknownAgencyException(id));
    }

    /** The agency an agency's group id ({@code county-<id>}) stands for, if any. */
    public Optional<Agency> byGroupId(String groupId) {
        if (groupId == null || !groupId.startsWith(Agency.GROUP_PREFIX)) {
            return Optional.empty();
        }
        return byId(groupId.substring(Agency.GROUP_PREFIX.length()));
    }

    /**
     * Matches a name as written in a sheet against full names, short names and the authority's name,
     * trimmed of ASCII and full-width spaces. An unknown name is never guessed.
     */
    public Optional<Agency> match(String writtenName) {
        if (writtenName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(normalize(writtenName)));
    }

    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\u3000')
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
