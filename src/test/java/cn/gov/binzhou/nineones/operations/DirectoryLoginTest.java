package cn.gov.binzhou.nineones.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;

import cn.gov.binzhou.nineones.enrollment.EnterpriseProcess;
import cn.gov.binzhou.nineones.support.Campaign;
import cn.gov.binzhou.nineones.support.CreditCodes;

/**
 * Profile {@code ldap} against a real (in-memory) LDAP server: logins, users, groups and memberships come
 * from the directory, read-only; the campaign's authorizations are still made at start-up, in Camunda's
 * database, for the directory's groups; an agency's directory user sees and works that agency's tasks
 * over REST and our API, and another agency's user does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "ldap"})
@TestPropertySource(properties = "camunda.bpm.process-engine-name=ldapTest")
class DirectoryLoginTest {

    static final String BASE = "dc=binzhou,dc=gov,dc=cn";
    static final String MANAGER = "cn=nine-ones,ou=services," + BASE;
    static final String PASSWORD = "dir-secret-1";
    static final InMemoryDirectoryServer DIRECTORY = directory();

    @DynamicPropertySource
    static void directoryFromTheEnvironment(DynamicPropertyRegistry registry) {
        registry.add("NINEONES_LDAP_URL", () -> "ldap://localhost:" + DIRECTORY.getListenPort());
        registry.add("NINEONES_LDAP_BASE_DN", () -> BASE);
        registry.add("NINEONES_LDAP_MANAGER_DN", () -> MANAGER);
        registry.add("NINEONES_LDAP_MANAGER_PASSWORD", () -> PASSWORD);
    }

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired RuntimeService runtime;
    @Autowired Campaign campaign;

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.shutDown(true);
    }

    @AfterEach
    void resetClock() {
        Campaign.resetClock();
    }

    @Test
    void usersAndGroupsComeFromTheDirectory_readOnly() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(identity.checkPassword("zhangbc", PASSWORD)).isTrue();
        assertThat(identity.checkPassword("zhangbc", "wrong")).isFalse();
        assertThat(identity.createGroupQuery().groupMember("zhangbc").list()).extracting(Group::getId)
                .containsExactly("county-bincheng");
        assertThat(identity.createUserQuery().userId("zhangbc").singleResult().getEmail())
                .isEqualTo("zhangbc@bincheng.binzhou.gov.cn");
        assertThatThrownBy(() -> identity.saveUser(identity.newUser("intruder"))).as("no writes to the directory");
    }

    @Test
    void authorizationsForTheDirectorysGroups_areMadeInCamundasDatabase() {
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("county-bincheng")
                .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS).count())
                .isEqualTo(1);
        assertThat(authorizations.isUserAuthorized("lidemo", List.of("camunda-admin"), Permissions.ALL,
                Resources.DEPLOYMENT)).isTrue();
    }

    @Test
    void anAgencysDirectoryUser_worksItsTasks_overRestAndOurApi_andNoOtherAgencysUserSeesThem() {
        Campaign.today(LocalDate.of(2025, 9, 1));
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey("2025-2").count() == 0) {
            campaign.startBatch("2025-2", "第二批");
        }
        String instance = campaign.nominate("zhangbc", Campaign.nominationForm("2025-2", CreditCodes.valid(881_001),
                "滨州目录测试有限公司", "滨城区")).getId();

        List<?> mine = rest("zhangbc", PASSWORD).get().uri("/engine-rest/engine/ldapTest/task?processInstanceId={id}&taskDefinitionKey={key}",
                instance, EnterpriseProcess.COUNTY_REVIEW).retrieve().body(List.class);
        List<?> theirs = rest("wangwd", PASSWORD).get().uri("/engine-rest/engine/ldapTest/task?processInstanceId={id}", instance)
                .retrieve().body(List.class);
        assertThat(mine).hasSize(1);
        assertThat(theirs).isEmpty();

        String taskId = (String) ((Map<?, ?>) mine.get(0)).get("id");
        Map<String, Object> approve = Map.of("variables", Map.of("countyDecision", Map.of("value", "APPROVE")));
        var completion = rest("zhangbc", PASSWORD).post().uri("/engine-rest/engine/ldapTest/task/{id}/complete", taskId)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(approve).retrieve().toBodilessEntity();
        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(status(rest("zhangbc", PASSWORD), "/api/batches")).isEqualTo(HttpStatus.OK);
        assertThat(status(rest("zhangbc", "wrong"), "/engine-rest/engine/ldapTest/task")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private RestClient rest(String user, String password) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, password)).build();
    }

    private static HttpStatus status(RestClient client, String path) {
        Integer code = client.get().uri(path).exchange((request, response) -> Integer.valueOf(response.getStatusCode().value()));
        return HttpStatus.valueOf(code);
    }

    /** The bureau's directory in miniature: people, and groups named after the campaign's groups. */
    private static InMemoryDirectoryServer directory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(MANAGER, PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            config.setSchema(null);
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: binzhou");
            server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
            person(server, "zhangbc", "张", "经办", "zhangbc@bincheng.binzhou.gov.cn");
            person(server, "wangwd", "王", "经办", "wangwd@wudi.binzhou.gov.cn");
            person(server, "lidemo", "李", "管理员", "lidemo@yjj.binzhou.gov.cn");
            group(server, "county-bincheng", "滨城区应急管理局", "zhangbc");
            group(server, "county-wudi", "无棣县应急管理局", "wangwd");
            group(server, "camunda-admin", "系统管理员", "lidemo");
            server.startListening();
            return server;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("in-memory LDAP server could not start", e);
        }
    }

    private static void person(InMemoryDirectoryServer server, String uid, String surname, String given, String mail)
            throws LDAPException, LDIFException {
        server.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "objectClass: person",
                "uid: " + uid, "cn: " + surname + given, "sn: " + surname, "givenName: " + given, "mail: " + mail,
                "userPassword: " + PASSWORD);
    }

    private static void group(InMemoryDirectoryServer server, String cn, String description, String member)
            throws LDAPException, LDIFException {
        server.add("dn: cn=" + cn + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + cn,
                "description: " + description, "member: uid=" + member + ",ou=people," + BASE);
    }
}
