package cn.gov.binzhou.nineones.enrollment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.enrollment.ImportReport.Line;
import cn.gov.binzhou.nineones.enrollment.ImportReport.Outcome;
import cn.gov.binzhou.nineones.enrollment.SheetReader.SheetRow;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.ForbiddenException;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Bulk import of nominations. Every line is imported, skipped or rejected with its reason; the valid
 * lines are stored and start their enterprise process in one transaction, so a failure leaves nothing
 * half-imported; a line already nominated in the batch is skipped, so a second import adds nothing.
 */
@Service
public class NominationImport {

    private final NominationValidator validator;
    private final NominationService nominations;
    private final Agencies agencies;

    NominationImport(NominationValidator validator, NominationService nominations, Agencies agencies) {
        this.validator = validator;
        this.nominations = nominations;
        this.agencies = agencies;
    }

    @Transactional
    public ImportReport importSheet(String batchCode, String filename, byte[] content, ApiUser user) {
        nominations.openBatch(batchCode);
        List<SheetRow> rows = SheetReader.read(filename, content);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seenInSheet = new HashMap<>();
        for (SheetRow row : rows) {
            lines.add(importRow(batchCode, row, user, seenInSheet));
        }
        return ImportReport.of(batchCode, lines);
    }

    /**
     * A batch started from its fixed list (the notice's Attachment 1): the city imports the list, every
     * enterprise goes straight to listed, recorded as the city's, and the batch's list is fixed. The whole
     * list or nothing: a list with a wrong line is refused naming the lines.
     */
    @Transactional
    public ImportReport importFixedList(String batchCode, String filename, byte[] content, ApiUser user) {
        if (!user.actsForAllAgencies()) {
            throw new ForbiddenException("只有市局可以导入已确定的批次名单");
        }
        nominations.awaitingFixedList(batchCode);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seenInSheet = new HashMap<>();
        List<EnterpriseData> listed = new ArrayList<>();
        for (SheetRow row : SheetReader.read(filename, content)) {
            RawNomination raw = raw(row);
            if (raw.isBlank()) {
                continue;
            }
            NominationValidator.Result result = validator.validate(raw);
            String code = CreditCode.normalize(raw.creditCode());
            Integer firstLine = result.valid() ? seenInSheet.putIfAbsent(code, row.line()) : null;
            if (!result.valid() || firstLine != null) {
                lines.add(new Line(row.line(), Outcome.REJECTED, code, raw.enterpriseName(),
                        result.valid() ? "与第" + firstLine + "行的统一社会信用代码重复" : result.message()));
            } else {
                listed.add(result.data());
                lines.add(new Line(row.line(), Outcome.IMPORTED, code, result.data().name(), "已列入名单"));
            }
        }
        List<Line> wrong = lines.stream().filter(line -> line.outcome() == Outcome.REJECTED).toList();
        if (!wrong.isEmpty()) {
            throw new RefusedException("确定名单中有" + wrong.size() + "行有误，整份名单未导入：" + wrong.stream().limit(20)
                    .map(line -> "第" + line.line() + "行：" + line.message()).collect(Collectors.joining("；")));
        }
        if (listed.isEmpty()) {
            throw new RefusedException("名单中没有企业");
        }
        listed.forEach(data -> nominations.registerListed(batchCode, data, user.id()));
        nominations.fixedListImported(batchCode);
        return ImportReport.of(batchCode, lines);
    }

    private Line importRow(String batchCode, SheetRow row, ApiUser user, Map<String, Integer> seenInSheet) {
        RawNomination raw = raw(row);
        if (raw.isBlank()) {
            return new Line(row.line(), Outcome.SKIPPED, null, null, "空行");
        }
        String name = raw.enterpriseName() == null ? null : raw.enterpriseName().strip();
        NominationValidator.Result result = validator.validate(raw);
        if (!result.valid()) {
            return new Line(row.line(), Outcome.REJECTED, CreditCode.normalize(raw.creditCode()), name, result.message());
        }
        EnterpriseData data = result.data();
        String code = data.creditCode().value();
        if (!user.mayActFor(data.agencyId())) {
            return new Line(row.line(), Outcome.REJECTED, code, name, "无权为" + agencies.require(data.agencyId()).name()
                    + "提报：只能导入本单位所辖企业");
        }
        Integer firstLine = seenInSheet.putIfAbsent(code, row.line());
        if (firstLine != null) {
            return new Line(row.line(), Outcome.REJECTED, code, name, "与第" + firstLine + "行的统一社会信用代码重复");
        }
        var duplicate = nominations.duplicateOf(batchCode, code, user.groups());
        if (duplicate.isPresent()) {
            return new Line(row.line(), Outcome.SKIPPED, code, name, duplicate.get());
        }
        nominations.register(batchCode, data, Nomination.SOURCE_IMPORT, null, user.id(), user.groups());
        return new Line(row.line(), Outcome.IMPORTED, code, data.name(), "已导入，待县级审核");
    }

    private static RawNomination raw(SheetRow row) {
        return new RawNomination(row.get(ImportTemplate.AGENCY), row.get(ImportTemplate.NAME),
                row.get(ImportTemplate.CREDIT_CODE), row.get(ImportTemplate.INDUSTRY), row.get(ImportTemplate.ADDRESS),
                row.get(ImportTemplate.PRINCIPAL), row.get(ImportTemplate.PRINCIPAL_PHONE),
                row.get(ImportTemplate.SAFETY_CONTACT), row.get(ImportTemplate.CONTACT_PHONE),
                row.get(ImportTemplate.CONTACT_EMAIL), row.get(ImportTemplate.EMPLOYEES),
                row.get(ImportTemplate.FIRST_BATCH_PILOT));
    }
}
