package pl.wspolnie.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import pl.wspolnie.cluster.ClusterDatabase.JobRun;

/**
 * Camunda 7's homogeneous cluster: two nodes (two JVMs) on one PostgreSQL database, both with the job executor on.
 * A whole cycle runs with every request going to the nodes in turn and the timers made due for whichever job
 * executor comes first; afterwards the job log shows every job of the cycle ran exactly once, on one of the two
 * nodes, and every draft version was rendered once. {@code ./mvnw test -Pcluster-tests} with DB_URL (README).
 */
@Tag("cluster")
class TwoNodesOneDatabaseTest {

    private static final int COMMENTS = 6;

    @Test
    void aWholeCycleOnTwoNodesRunsEveryJobOnceAndRendersEveryVersionOnce() throws Exception {
        String run = "CL-" + UUID.randomUUID().toString().substring(0, 8);
        try (ClusterDatabase db = new ClusterDatabase();
             // one after the other: the first creates the engine's tables on an empty database
             AppNode a = new AppNode("node-a-" + run).start();
             AppNode b = new AppNode("node-b-" + run).start()) {
            var cycle = new ClusterCycle(List.of(a, b));
            var programme = cycle.toOpenConsultation(run);
            cycle.comment(programme, run, COMMENTS);
            cycle.toAdoption(programme, cycle.closeConsultation(programme, COMMENTS));

            assertThat(db.draftVersionsByStage(programme.id())).containsExactly(Map.entry("DRAFT_ASSEMBLED", 1),
                    Map.entry("CONSULTATION", 1), Map.entry("AFTER_CONSULTATION", 1), Map.entry("COUNCIL", 1),
                    Map.entry("ADOPTED", 1));

            List<JobRun> jobs = db.jobsOf(programme.processId(), programme.id());
            Map<String, Integer> ranOn = new LinkedHashMap<>(Map.of(a.name(), 0, b.name(), 0));
            jobs.stream().filter(j -> j.succeeded() > 0).forEach(j -> ranOn.merge(j.ranOn(), j.succeeded(), Integer::sum));
            long duplicates = jobs.stream().filter(j -> j.succeeded() > 1).count();
            int failedAttempts = jobs.stream().mapToInt(JobRun::failed).sum();
            long deleted = jobs.stream().filter(j -> j.succeeded() == 0 && j.deleted() > 0).count();
            int duplicatesInDatabase = db.jobsSucceededMoreThanOnce();

            System.out.printf("%n[cluster] %s: %d jobs of the cycle; ran per node %s; duplicates: %d (in the whole database: %d);"
                            + " failed attempts retried: %d; timers deleted unrun (cancelled by the process): %d; tasks completed "
                            + "per node %s; draft versions by stage %s%n", run, jobs.size(), ranOn, duplicates,
                    duplicatesInDatabase, failedAttempts, deleted, cycle.tasksCompletedOn(),
                    db.draftVersionsByStage(programme.id()));
            jobs.forEach(j -> System.out.printf("[cluster]   %-34s succeeded %d, failed %d, deleted %d, on %s%n",
                    j.activityId(), j.succeeded(), j.failed(), j.deleted(), j.ranOn()));

            assertThat(jobs).as("every job of the cycle ran exactly once or was cancelled unrun")
                    .allSatisfy(j -> assertThat(j.succeeded() == 1 || (j.succeeded() == 0 && j.deleted() == 1))
                            .as(j.toString()).isTrue());
            assertThat(duplicates).isZero();
            assertThat(duplicatesInDatabase).isZero();
            assertThat(ranOn).as("jobs ran only on the two nodes").containsOnlyKeys(a.name(), b.name());
            assertThat(ranOn.values()).as("both job executors took part").allSatisfy(n -> assertThat(n).isPositive());
            assertThat(jobs).extracting(JobRun::activityId).contains("CallForProposalsClosed", "OpinionPeriodElapsed",
                    "ConsultationWindowClosed", "AssembleDraft", "CreateVersionAfterConsultation", "CreateCouncilVersion");
            assertThat(cycle.tasksCompletedOn().values()).allSatisfy(n -> assertThat(n).isPositive());
        }
    }
}
