package cn.gov.binzhou.nineones.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates test users in campaign groups; the groups themselves come from the application. */
public final class Users {

    public static final String PASSWORD = "secret-pw-1";

    private Users() {
    }

    public static String ensure(IdentityService identity, String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("测试");
            user.setEmail(userId + "@test.nineones.local");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
        return userId;
    }
}
