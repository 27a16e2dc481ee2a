package pl.wspolnie.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.municipality.MunicipalityProfile;

/**
 * Turns the collected new-task entries into one digest per team — one message to each member, listing the
 * team's new tasks that are still open with links to Tasklist — and at most one per team per digest period.
 * Each team in a transaction of its own; a team with no member address is logged and its entries dropped.
 *
 * <p>Exactly once across nodes: a team's digest starts by locking the team's {@code team_digest} row (inserting it
 * first, as never sent, for a team's first digest), so a node checking the same team at the same moment waits, then
 * reads the time of the digest just sent and sends none; two first inserts collide on the key and the loser's
 * transaction, with its mail, is rolled back.
 */
@Component
class TaskDigests {

    private static final Logger log = LoggerFactory.getLogger(TaskDigests.class);
    private static final int QUERY_CHUNK = 500;

    private final TaskDigestEntries entries;
    private final TeamDigests teams;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final Recipients recipients;
    private final MailQueue queue;
    private final MunicipalityProfile profile;
    private final NotificationProperties properties;
    private final PublicLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    TaskDigests(TaskDigestEntries entries, TeamDigests teams, TaskService tasks, RepositoryService repository,
                Recipients recipients, MailQueue queue, MunicipalityProfile profile, NotificationProperties properties, PublicLinks links,
                PlatformTransactionManager transactionManager, Clock clock, ZoneId municipalityZone) {
        this.entries = entries;
        this.teams = teams;
        this.tasks = tasks;
        this.repository = repository;
        this.recipients = recipients;
        this.queue = queue;
        this.profile = profile;
        this.properties = properties;
        this.links = links;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /** Queues the digests due now; returns how many teams got one. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    /** As {@link #sendDue()}, as if it were {@code now} (tests step over the digest period with it). */
    int sendDue(Instant now) {
        int sent = 0;
        for (String group : transaction.execute(s -> entries.findPendingGroups())) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(s -> digest(group, now)))) {
                    sent++;
                }
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                log.info("Digest of team {} is being sent by another node; its entries wait for the next run", group);
            } catch (RuntimeException e) {
                log.error("Digest of team {} failed; its entries wait for the next run", group, e);
            }
        }
        return sent;
    }

    private boolean digest(String group, Instant now) {
        TeamDigest last = teams.lockById(group).orElseGet(() -> teams.saveAndFlush(new TeamDigest(group, Instant.EPOCH)));
        if (last.getLastSentAt().plus(properties.digestPeriod()).isAfter(now)) {
            return false;
        }
        List<TaskDigestEntry> pending = entries.findByGroupIdAndDigestedAtIsNullOrderById(group);
        pending.forEach(e -> e.digested(now));
        List<Task> open = openTasks(pending.stream().map(TaskDigestEntry::getTaskId).distinct().toList());
        if (open.isEmpty()) {
            return false;
        }
        List<String> addresses = recipients.addresses(group);
        if (addresses.isEmpty()) {
            log.warn("Team {} has {} new tasks but no member with an e-mail address", group, open.size());
            return false;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", profile.name());
        model.put("teamName", recipients.teamName(group));
        model.put("count", open.size());
        model.put("tasks", open.stream().map(this::item).toList());
        model.put("tasklistUrl", links.tasklist());
        model.put("period", describe(properties.digestPeriod()));
        for (String address : addresses) {
            queue.queue(MailKind.TASK_DIGEST, address, model, null, "digest:" + group);
        }
        last.sent(now);
        return true;
    }

    private List<Task> openTasks(List<String> ids) {
        List<Task> open = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK));
            open.addAll(tasks.createTaskQuery().taskIdIn(chunk.toArray(String[]::new)).list());
        }
        open.sort(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId));
        return open;
    }

    private Map<String, Object> item(Task task) {
        Map<String, Object> item = new HashMap<>();
        item.put("name", task.getName());
        item.put("process", task.getProcessDefinitionId() == null ? null
                : repository.getProcessDefinition(task.getProcessDefinitionId()).getName());
        item.put("due", task.getDueDate() == null ? null : MailTemplates.deadline(task.getDueDate().toInstant(), zone));
        item.put("link", links.taskLink(task.getId()));
        return item;
    }

    /** "godzinę", "2 godz.", "30 min" — how often digests may come, for the footer. */
    static String describe(java.time.Duration period) {
        if (period.toMinutes() == 60) {
            return "godzinę";
        }
        return period.toMinutes() % 60 == 0 ? period.toHours() + " godz." : period.toMinutes() + " min";
    }
}
