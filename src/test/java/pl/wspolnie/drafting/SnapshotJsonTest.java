package pl.wspolnie.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    @Test
    void aSnapshotRoundTripsExactlyAndHashesTheSameEveryTime() {
        DraftSnapshot snapshot = SnapshotFixtures.sample(DraftStage.ADOPTED);

        String json = SnapshotJson.write(snapshot);

        assertThat(SnapshotJson.read(json)).isEqualTo(snapshot);
        assertThat(SnapshotJson.write(SnapshotJson.read(json))).isEqualTo(json);
        assertThat(SnapshotJson.sha256(json)).isEqualTo(SnapshotJson.sha256(SnapshotJson.write(snapshot))).hasSize(64);
        assertThat(json).contains("\"amount\":1234567.89", "\"amount\":0.01", "\"amount\":100000.00", "\"date\":\"2026-11-26\"",
                "\"stage\":\"ADOPTED\"");
    }
}
