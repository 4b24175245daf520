package cn.gov.binzhou.nineones.campaign;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.system.CampaignTime;

/** Moves a listed enterprise's campaign record; every move goes through the aggregate's rules. */
@Service
public class CampaignService {

    private final CampaignRecords records;

    CampaignService(CampaignRecords records) {
        this.records = records;
    }

    /** Starts the record when the enterprise's instance passes the listed point; a second call changes nothing. */
    void listed(NominatedEnterprise nominated) {
        long id = nominated.nomination().id();
        if (records.find(id).isEmpty()) {
            records.insert(CampaignRecord.listed(id, nominated.nomination().batchCode(), nominated.nomination().agencyId(),
                    now()));
        }
    }

    void move(long nominationId, UnaryOperator<CampaignRecord> step) {
        CampaignRecord before = records.require(nominationId);
        records.save(before, step.apply(before));
    }

    /** Whether the agency's own acceptance had passed the enterprise (a lax acceptance weighs more). */
    public boolean countyPassed(long nominationId) {
        return records.find(nominationId).map(record -> record.countyAcceptedAt() != null).orElse(false);
    }

    CampaignRecord record(long nominationId) {
        return records.require(nominationId);
    }

    static Instant now() {
        return CampaignTime.now().toInstant();
    }
}
