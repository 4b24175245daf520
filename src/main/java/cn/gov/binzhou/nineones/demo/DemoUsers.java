package cn.gov.binzhou.nineones.demo;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.system.GroupCatalog;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Demo users, one or two per group, created only where missing. All share the documented password
 * {@code demo}; mail goes to the embedded SMTP server.
 */
@Component
@Profile("demo")
class DemoUsers {

    static final String PASSWORD = "demo";
    static final String MAIL_DOMAIN = "@demo.nineones.local";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String id, String lastName, String firstName, String groupId) {

        String email() {
            return id + MAIL_DOMAIN;
        }
    }

    private final IdentityService identity;
    private final List<DemoUser> users;

    DemoUsers(IdentityService identity, Agencies agencies, GroupCatalog groups) {
        this.identity = identity;
        this.users = users(agencies, groups);
    }

    static List<DemoUser> users(Agencies agencies, GroupCatalog groups) {
        List<DemoUser> all = new ArrayList<>();
        all.add(new DemoUser("shiju1", "王", "科长", Groups.CITY_BUREAU));
        all.add(new DemoUser("shiju2", "李", "科员", Groups.CITY_BUREAU));
        all.add(new DemoUser("lingdao1", "张", "局长", Groups.CITY_LEADER));
        int n = 1;
        for (GroupCatalog.GroupDefinition group : groups.ofKind(GroupCatalog.Kind.CITY_GROUP)) {
            all.add(new DemoUser("chouchazu" + n, group.name(), "组员", group.id()));
            n++;
        }
        for (Agency agency : agencies.all()) {
            all.add(new DemoUser(agency.id() + "1", agency.name(), "经办人", agency.groupId()));
        }
        agencies.byId("bincheng").ifPresent(agency -> {
            all.add(new DemoUser(agency.id() + "2", agency.name(), "科长", agency.groupId()));
            all.add(new DemoUser(agency.id() + "ld", agency.name(), "分管局长", agency.leaderGroupId()));
        });
        all.add(new DemoUser("qiye1", "企业", "安全员", Groups.ENTERPRISE));
        return List.copyOf(all);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void ensureDemoUsers() {
        if (identity.isReadOnly()) {
            LOG.info("Users come from the directory (read-only identity service): no demo users created");
            return;
        }
        cn.gov.binzhou.nineones.system.StartupRetry.run("demo users", this::createMissingUsers);
    }

    private void createMissingUsers() {
        int created = 0;
        for (DemoUser demo : users) {
            if (identity.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identity.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.email());
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                created++;
            }
            if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.groupId()).count() == 0) {
                identity.createMembership(demo.id(), demo.groupId());
            }
        }
        LOG.info("Demo users in place ({} created); password of every demo user: {}", created, PASSWORD);
    }
}
