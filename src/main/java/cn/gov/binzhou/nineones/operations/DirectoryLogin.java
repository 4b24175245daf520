package cn.gov.binzhou.nineones.operations;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap}: users, groups and memberships come from the bureau's directory through Camunda's
 * LDAP identity plugin, read-only; passwords are checked by the directory. Authorizations, filters and
 * everything else stay in Camunda's database. Without the profile the built-in identity service is used.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class DirectoryLogin {

    @Bean
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin(DirectoryProperties directory) {
        LdapIdentityProviderPlugin plugin = new LdapIdentityProviderPlugin();
        plugin.setServerUrl(directory.serverUrl());
        plugin.setManagerDn(directory.managerDn());
        plugin.setManagerPassword(directory.managerPassword());
        plugin.setBaseDn(directory.baseDn());
        plugin.setUserSearchBase(directory.userSearchBase());
        plugin.setUserSearchFilter(directory.userSearchFilter());
        plugin.setUserIdAttribute(directory.userIdAttribute());
        plugin.setUserFirstnameAttribute(directory.userFirstnameAttribute());
        plugin.setUserLastnameAttribute(directory.userLastnameAttribute());
        plugin.setUserEmailAttribute(directory.userEmailAttribute());
        plugin.setGroupSearchBase(directory.groupSearchBase());
        plugin.setGroupSearchFilter(directory.groupSearchFilter());
        plugin.setGroupIdAttribute(directory.groupIdAttribute());
        plugin.setGroupNameAttribute(directory.groupNameAttribute());
        plugin.setGroupMemberAttribute(directory.groupMemberAttribute());
        plugin.setAcceptUntrustedCertificates(directory.acceptUntrustedCertificates());
        plugin.setSortControlSupported(directory.sortControlSupported());
        // our own authorizations decide who sees whom; the plugin filters its answers by them
        plugin.setAuthorizationCheckEnabled(true);
        return plugin;
    }
}
