package cn.gov.binzhou.nineones.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's directory (profile {@code ldap}, {@code nineones.ldap}), each from an environment variable
 * in application-ldap.yml. Groups are found under {@code groupSearchBase}; a group's id (attribute
 * {@code groupIdAttribute}) is the campaign group it stands for, e.g. {@code county-bincheng}, and its
 * members (attribute {@code groupMemberAttribute}, full DNs) work that agency's tasks.
 */
@ConfigurationProperties(prefix = "nineones.ldap")
record DirectoryProperties(String serverUrl, String managerDn, String managerPassword, String baseDn,
        String userSearchBase, String userSearchFilter, String userIdAttribute, String userFirstnameAttribute,
        String userLastnameAttribute, String userEmailAttribute, String groupSearchBase, String groupSearchFilter,
        String groupIdAttribute, String groupNameAttribute, String groupMemberAttribute, boolean acceptUntrustedCertificates,
        boolean sortControlSupported) {
}
