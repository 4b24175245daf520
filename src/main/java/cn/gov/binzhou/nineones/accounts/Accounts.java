package cn.gov.binzhou.nineones.accounts;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.system.SystemAccess;

/**
 * Camunda users that this application creates on people's behalf. Runs as the system: whoever triggered
 * the work (the city approving the last nomination, an administrator importing staff) has been checked
 * by our code already, and need not hold Camunda's own rights on users and memberships.
 */
@Component
class Accounts {

    private final IdentityService identity;

    Accounts(IdentityService identity) {
        this.identity = identity;
    }

    boolean exists(String userId) {
        return SystemAccess.call(identity, () -> identity.createUserQuery().userId(userId).count() > 0);
    }

    boolean isMember(String userId, String groupId) {
        return SystemAccess.call(identity,
                () -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    }

    /** Creates the user with a throw-away password (the mailed one is set when the mail goes out) in the group. */
    void create(String userId, String firstName, String lastName, String email, String groupId) {
        SystemAccess.call(identity, () -> {
            User user = identity.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(Passwords.generate());
            identity.saveUser(user);
            identity.createMembership(userId, groupId);
            return null;
        });
    }

    /** Sets a new password; false when the user no longer exists. */
    boolean setPassword(String userId, String password) {
        return SystemAccess.call(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                return false;
            }
            user.setPassword(password);
            identity.saveUser(user);
            return true;
        });
    }
}
