package cn.gov.binzhou.nineones.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.system.Groups;

/**
 * Who hears about a task: its assignee, else the members of its candidate groups (and candidate
 * users) who have an e-mail address, plus the agency's office mailbox; escalations go to the
 * agency's leaders and the city bureau (for city tasks: the bureau's leaders and the bureau).
 * One instance serves one sweep and caches group members for it.
 */
class Recipients {

    /** A person or an office mailbox with an address; mailboxes have ids {@code mailbox:<address>}. */
    record Recipient(String id, String address, String name) {
    }

    static final String MAILBOX_PREFIX = "mailbox:";

    private final IdentityService identity;
    private final LiveTasks tasks;
    private final Agencies agencies;
    private final Map<String, List<Recipient>> groupMembers = new HashMap<>();
    private final Map<String, Optional<Recipient>> users = new HashMap<>();

    Recipients(IdentityService identity, LiveTasks tasks, Agencies agencies) {
        this.identity = identity;
        this.tasks = tasks;
        this.agencies = agencies;
    }

    /** None for a task that has ended since it was listed. */
    List<Recipient> of(Task task, NoticeKind kind) {
        Optional<List<IdentityLink>> stored = tasks.links(task.getId());
        if (stored.isEmpty()) {
            return List.of();
        }
        List<IdentityLink> links = stored.get();
        List<String> groups = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        if (kind == NoticeKind.ESCALATION) {
            Optional<Agency> agency = groups.stream().map(agencies::byGroupId).flatMap(Optional::stream).findFirst();
            String leaders = agency.map(Agency::leaderGroupId).orElse(Groups.CITY_LEADER);
            members(leaders).forEach(r -> recipients.putIfAbsent(r.id(), r));
            members(Groups.CITY_BUREAU).forEach(r -> recipients.putIfAbsent(r.id(), r));
            return new ArrayList<>(recipients.values());
        }
        if (task.getAssignee() != null) {
            user(task.getAssignee()).ifPresent(r -> recipients.put(r.id(), r));
            return new ArrayList<>(recipients.values());
        }
        links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .forEach(link -> user(link.getUserId()).ifPresent(r -> recipients.putIfAbsent(r.id(), r)));
        for (String group : groups) {
            members(group).forEach(r -> recipients.putIfAbsent(r.id(), r));
            agencies.byGroupId(group).filter(Agency::hasMailbox).ifPresent(agency -> recipients.putIfAbsent(
                    MAILBOX_PREFIX + agency.mailbox(), new Recipient(MAILBOX_PREFIX + agency.mailbox(), agency.mailbox(),
                            agency.authority())));
        }
        return new ArrayList<>(recipients.values());
    }

    /** An agency's staff and leaders, and its office mailbox. */
    List<Recipient> agencyAndLeaders(Agency agency) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        members(agency.groupId()).forEach(r -> recipients.putIfAbsent(r.id(), r));
        members(agency.leaderGroupId()).forEach(r -> recipients.putIfAbsent(r.id(), r));
        if (agency.hasMailbox()) {
            recipients.putIfAbsent(MAILBOX_PREFIX + agency.mailbox(),
                    new Recipient(MAILBOX_PREFIX + agency.mailbox(), agency.mailbox(), agency.authority()));
        }
        return new ArrayList<>(recipients.values());
    }

    private List<Recipient> members(String groupId) {
        return groupMembers.computeIfAbsent(groupId, id -> identity.createUserQuery().memberOfGroup(id).list().stream()
                .map(Recipients::recipient).flatMap(Optional::stream).toList());
    }

    private Optional<Recipient> user(String userId) {
        return users.computeIfAbsent(userId,
                id -> Optional.ofNullable(identity.createUserQuery().userId(id).singleResult()).flatMap(Recipients::recipient));
    }

    private static Optional<Recipient> recipient(User user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return Optional.empty();
        }
        String name = ((user.getLastName() == null ? "" : user.getLastName())
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return Optional.of(new Recipient(user.getId(), user.getEmail().strip(), name.isEmpty() ? user.getId() : name));
    }
}
