package pl.wspolnie.text;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** Where a programme's text started from: the municipality's base text or an adopted programme (carry-over). */
@Entity
class ProgrammeText {

    @Id
    private Long programmeId;
    @Enumerated(EnumType.STRING)
    private TextSource.Kind source;
    private Long sourceProgrammeId;
    private Instant createdAt;
    private String createdBy;

    protected ProgrammeText() {
    }

    ProgrammeText(Long programmeId, TextSource source, String actor, Instant now) {
        this.programmeId = programmeId;
        this.source = source.kind();
        this.sourceProgrammeId = source.programmeId();
        this.createdAt = now;
        this.createdBy = actor;
    }

    TextSource source() {
        return new TextSource(source, sourceProgrammeId);
    }
}
