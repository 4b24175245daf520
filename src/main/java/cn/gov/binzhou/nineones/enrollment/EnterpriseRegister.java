package cn.gov.binzhou.nineones.enrollment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import cn.gov.binzhou.nineones.enrollment.Nominations.RegisterEntry;
import cn.gov.binzhou.nineones.system.CampaignTime;

/**
 * The shared register of enterprises (one entry per credit code) that later batches start from. It
 * changes only when the city approves a nomination made by the enterprise's own agency (or the first
 * one, which creates the entry), and every change is recorded with what changed, who and when; a
 * nomination by another agency leaves the entry as it is.
 */
@Component
class EnterpriseRegister {

    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";

    private final Nominations nominations;

    EnterpriseRegister(Nominations nominations) {
        this.nominations = nominations;
    }

    void approved(Nomination nomination, EnterpriseData data, String actor) {
        Instant now = CampaignTime.now().toInstant();
        RegisterEntry entry = nominations.registerEntry(nomination.creditCode()).orElse(null);
        if (entry == null) {
            long id = nominations.insertRegisterEntry(data, now);
            nominations.recordRegisterChange(id, nomination.id(), CREATED, "登记：" + data.name(), actor, now);
            return;
        }
        String changes = changes(entry.data(), data);
        if (!entry.agencyId().equals(nomination.agencyId()) || changes.isEmpty()) {
            return;
        }
        nominations.updateRegisterEntry(entry.id(), data, now);
        nominations.recordRegisterChange(entry.id(), nomination.id(), UPDATED, changes, actor, now);
    }

    /** What differs between two versions of an enterprise's data, field by field, in Chinese. */
    static String changes(EnterpriseData before, EnterpriseData after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "企业名称", before, after, EnterpriseData::name);
        compare(changes, "行业类别", before, after, data -> data.industry().label());
        compare(changes, "企业地址", before, after, EnterpriseData::address);
        compare(changes, "主要负责人", before, after, EnterpriseData::principal);
        compare(changes, "主要负责人电话", before, after, EnterpriseData::principalPhone);
        compare(changes, "安全联系人", before, after, EnterpriseData::safetyContact);
        compare(changes, "联系人电话", before, after, EnterpriseData::contactPhone);
        compare(changes, "联系人邮箱", before, after, EnterpriseData::contactEmail);
        compare(changes, "从业人数", before, after, EnterpriseData::employees);
        compare(changes, "是否第一批试点", before, after, data -> data.firstBatchPilot() ? "是" : "否");
        String text = String.join("；", changes);
        return text.length() > 4000 ? text.substring(0, 3997) + "…" : text;
    }

    private static void compare(List<String> changes, String label, EnterpriseData before, EnterpriseData after,
            Function<EnterpriseData, Object> field) {
        Object old = field.apply(before);
        Object now = field.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(label + "：" + (old == null ? "（空）" : old) + " → " + (now == null ? "（空）" : now));
        }
    }
}
