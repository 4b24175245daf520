package cn.gov.binzhou.nineones.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.binzhou.nineones.agency.Agencies;
import cn.gov.binzhou.nineones.agency.Agency;
import cn.gov.binzhou.nineones.enrollment.NominatedEnterprise;
import cn.gov.binzhou.nineones.enrollment.Nomination;
import cn.gov.binzhou.nineones.enrollment.Nominations;
import cn.gov.binzhou.nineones.evidence.EvidenceViews.FileView;
import cn.gov.binzhou.nineones.evidence.EvidenceViews.TaskView;
import cn.gov.binzhou.nineones.system.ApiUser;
import cn.gov.binzhou.nineones.system.CampaignTime;
import cn.gov.binzhou.nineones.system.NotFoundException;
import cn.gov.binzhou.nineones.system.RefusedException;

/**
 * Evidence files of an enterprise's nomination: uploaded on a task that takes evidence by whoever may see
 * that task, listed by whoever may see one of its tasks, downloaded by the enterprise, its agency, the
 * city and administrators. Anyone else learns nothing, not even that a file exists.
 */
@Component
class EvidenceService {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);
    static final String NO_TASK = "任务不存在，或您无权查看该任务";
    static final String NO_FILE = "文件不存在，或您无权查看";
    static final int MAX_ITEM = 100;
    private static final int MAX_TASKS = 500;

    private final EnterpriseTasks tasks;
    private final EvidenceRecords records;
    private final FileStore store;
    private final EvidenceProperties properties;
    private final Nominations nominations;
    private final Agencies agencies;

    EvidenceService(EnterpriseTasks tasks, EvidenceRecords records, FileStore store, EvidenceProperties properties,
            Nominations nominations, Agencies agencies) {
        this.tasks = tasks;
        this.records = records;
        this.store = store;
        this.properties = properties;
        this.nominations = nominations;
        this.agencies = agencies;
    }

    @Transactional
    public FileView upload(ApiUser caller, String taskId, String item, MultipartFile file) {
        Task task = tasks.visibleTask(caller, taskId).orElseThrow(() -> new NotFoundException(NO_TASK));
        if (!properties.taskKeys().contains(task.getTaskDefinitionKey())) {
            throw new RefusedException("任务“" + task.getName() + "”不需要上传佐证材料");
        }
        Nomination nomination = nominationOf(task).nomination();
        String itemTitle = FileNames.item(item);
        if (itemTitle != null && itemTitle.codePointCount(0, itemTitle.length()) > MAX_ITEM) {
            throw new RefusedException("检查项名称超过" + MAX_ITEM + "个字");
        }
        FileType type = checkFile(file);
        if (records.countFor(nomination.id()) >= properties.maxFilesPerNomination()) {
            throw new RefusedException("每家企业最多上传" + properties.maxFilesPerNomination() + "个佐证文件，请删减或合并后再上传");
        }
        FileStore.Stored stored = store(file, type);
        EvidenceFile evidence = new EvidenceFile(UUID.randomUUID().toString(), nomination.id(), task.getId(), itemTitle,
                FileNames.sanitise(file.getOriginalFilename(), type), stored.name(), type.contentType(), stored.size(),
                stored.sha256(), caller.id(), CampaignTime.now().toInstant());
        records.insert(evidence);
        return FileView.of(evidence);
    }

    /** The files of the nomination the task works on. */
    List<FileView> list(ApiUser caller, String taskId) {
        Task task = tasks.visibleTask(caller, taskId).orElseThrow(() -> new NotFoundException(NO_TASK));
        return records.ofNomination(nominationOf(task).nomination().id()).stream().map(FileView::of).toList();
    }

    /** The caller's open tasks that take evidence, with their enterprise. */
    List<TaskView> openTasks(ApiUser caller) {
        return tasks.visibleTasks(caller, properties.taskKeys(), MAX_TASKS).stream()
                .map(task -> tasks.nominationOf(task).map(nominated -> view(task, nominated)))
                .flatMap(Optional::stream).toList();
    }

    /** A file the caller may read, its checksum verified against the record. */
    EvidenceFile readable(ApiUser caller, String id) {
        EvidenceFile file = records.find(id).orElseThrow(() -> new NotFoundException(NO_FILE));
        Nomination nomination = nominations.find(file.nominationId()).map(NominatedEnterprise::nomination)
                .orElseThrow(() -> new NotFoundException(NO_FILE));
        if (!mayRead(caller, nomination)) {
            throw new NotFoundException(NO_FILE);
        }
        String actual = store.checksum(file.storedName()).orElse("missing");
        if (!actual.equals(file.sha256())) {
            LOG.error("Evidence file {} ({}) fails its checksum: recorded {}, found {}", file.id(), file.storedName(),
                    file.sha256(), actual);
            throw new IllegalStateException("佐证文件校验失败: " + file.id());
        }
        return file;
    }

    /** The nomination's enterprise user, its agency's staff and leaders, the city's groups and administrators. */
    static boolean mayRead(ApiUser caller, Nomination nomination) {
        return caller.id().equals(nomination.enterpriseUserId()) || caller.seesAllAgencies()
                || caller.groups().contains(Agency.GROUP_PREFIX + nomination.agencyId())
                || caller.groups().contains(Agency.LEADER_GROUP_PREFIX + nomination.agencyId());
    }

    private NominatedEnterprise nominationOf(Task task) {
        return tasks.nominationOf(task)
                .orElseThrow(() -> new RefusedException("该任务不属于企业推进流程，没有佐证材料"));
    }

    /** Checks size before reading, then the extension and the first bytes. */
    private FileType checkFile(MultipartFile file) {
        if (file.isEmpty()) {
            throw new RefusedException("文件为空");
        }
        if (file.getSize() > properties.maxBytes()) {
            throw new RefusedException("文件超过" + properties.maxBytes() / 1024 / 1024 + "MB上限，请压缩后再上传");
        }
        FileType type = FileType.byFileName(file.getOriginalFilename())
                .orElseThrow(() -> new RefusedException("只接受 jpg、jpeg、png 图片和 pdf 文件"));
        if (!type.matches(header(file))) {
            throw new RefusedException("文件内容与扩展名不符：“" + FileNames.sanitise(file.getOriginalFilename(), type)
                    + "”不是有效的 " + type.extension().toUpperCase(Locale.ROOT) + " 文件");
        }
        return type;
    }

    private static byte[] header(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(FileType.HEADER_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the file; should the transaction roll back, the file goes again. */
    private FileStore.Stored store(MultipartFile file, FileType type) {
        FileStore.Stored stored;
        try (InputStream in = file.getInputStream()) {
            stored = store.store(in, type, properties.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(stored.name());
                }
            }
        });
        return stored;
    }

    private TaskView view(Task task, NominatedEnterprise nominated) {
        Nomination nomination = nominated.nomination();
        String agency = agencies.byId(nomination.agencyId()).map(Agency::name).orElse(nomination.agencyId());
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
                nomination.batchCode(), nomination.creditCode(), nominated.enterprise().name(), agency,
                records.countFor(nomination.id()));
    }
}
