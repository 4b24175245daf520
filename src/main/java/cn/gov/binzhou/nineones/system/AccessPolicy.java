package cn.gov.binzhou.nineones.system;

/**
 * A capability's own rights for the campaign's groups (which processes a group may start, what it may
 * read). {@link IdentitySetup} applies every policy at start-up, idempotently, so this package needs to
 * know none of the capabilities.
 */
public interface AccessPolicy {

    void apply(GroupCatalog.GroupDefinition group, AuthorizationGrants grants);
}
