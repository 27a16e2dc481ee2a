package pl.wspolnie.text;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A stored unit of a programme's text; see {@link Unit} for what each field means. */
@Entity
class TextUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private Long parentId;
    @Enumerated(EnumType.STRING)
    private TextPart part;
    @Enumerated(EnumType.STRING)
    private UnitKind kind;
    private int position;
    private String heading;
    private String text;
    private String statutoryElement;
    private String sectorCode;
    private String generatedBlock;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected TextUnit() {
    }

    TextUnit(Long programmeId, Long parentId, TextPart part, UnitKind kind, int position, String heading, String text,
             String statutoryElement, String sectorCode, String generatedBlock, String actor, Instant now) {
        this.programmeId = programmeId;
        this.parentId = parentId;
        this.part = part;
        this.kind = kind;
        this.position = position;
        this.heading = heading;
        this.text = text == null ? "" : text;
        this.statutoryElement = statutoryElement;
        this.sectorCode = sectorCode;
        this.generatedBlock = generatedBlock;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void changeText(String newText, String actor, Instant now) {
        this.text = newText;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    Unit data() {
        return new Unit(id, parentId, part, kind, position, heading, text, statutoryElement, sectorCode, generatedBlock);
    }

    Long getId() { return id; }
    Long getProgrammeId() { return programmeId; }
    Long getParentId() { return parentId; }
    String getText() { return text; }
    String getSectorCode() { return sectorCode; }
}
