package pl.wspolnie.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Two nodes run the team digest at the same moment (issue #12, "More nodes"): both read that the team's last digest is
 * a period old and both sent one, so every member got two. Now a node takes the team's digest row under a lock first,
 * and the other, waiting for it, finds the digest just sent. The two "nodes" are two digest jobs on one database whose
 * member look-up waits (bounded) until both are past the check, the moment the duplicate came from.
 */
@WebIntegrationTest
class DigestAcrossNodesIntegrationTest {

    @Autowired
    TaskDigestEntries entries;
    @Autowired
    TeamDigests teams;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    MailQueue queue;
    @Autowired
    MunicipalityProfile profile;
    @Autowired
    NotificationProperties properties;
    @Autowired
    PublicLinks links;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    OutboxMails outbox;
    @Autowired
    Clock clock;
    @Autowired
    ZoneId municipalityZone;

    @Test
    void twoNodesDigestingOneTeamAtOnceSendOneDigest() throws Exception {
        String group = "digest-race-" + System.nanoTime();
        String address = group + "@example.org";
        identity.saveGroup(identity.newGroup(group));
        var member = identity.newUser(group);
        member.setEmail(address);
        identity.saveUser(member);
        identity.createMembership(group, group);
        var task = tasks.newTask();
        task.setName("Rozpatrz propozycję (dwa węzły)");
        tasks.saveTask(task);
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        teams.save(new TeamDigest(group, now.minus(properties.digestPeriod()).minus(Duration.ofMinutes(1))));
        entries.save(new TaskDigestEntry(group, task.getId(), task.getName(), now));

        CyclicBarrier bothPastTheCheck = new CyclicBarrier(2);
        Recipients meeting = new Recipients(identity) {
            @Override
            List<String> addresses(String groupId) {
                if (groupId.equals(group)) {
                    try {
                        bothPastTheCheck.await(1, TimeUnit.SECONDS);
                    } catch (Exception alone) {
                        // the other node never got past the check: it waits for this one's lock
                    }
                }
                return super.addresses(groupId);
            }
        };
        TaskDigests nodeA = node(meeting);
        TaskDigests nodeB = node(meeting);
        try {
            var a = CompletableFuture.supplyAsync(() -> nodeA.sendDue(now));
            var b = CompletableFuture.supplyAsync(() -> nodeB.sendDue(now));
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);

            var digests = outbox.findByRecipientIgnoreCaseOrderByIdDesc(address, PageRequest.of(0, 10)).getContent().stream()
                    .filter(m -> m.getKind() == MailKind.TASK_DIGEST).toList();
            assertThat(digests).as("one digest for the member").hasSize(1);
            assertThat(teams.findById(group).orElseThrow().getLastSentAt()).isEqualTo(now);
        } finally {
            tasks.deleteTask(task.getId(), true);
            identity.deleteMembership(group, group);
            identity.deleteUser(group);
            identity.deleteGroup(group);
        }
    }

    private TaskDigests node(Recipients recipients) {
        return new TaskDigests(entries, teams, tasks, repository, recipients, queue, profile, properties, links, transactions, clock,
                municipalityZone);
    }
}
