package pl.wspolnie.text;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One change of a unit's wording: who, when, before and after, and the comments (UW-…) it answers. */
@Entity
public class TextEdit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private Long unitId;
    private String editor;
    private Instant editedAt;
    private String beforeText;
    private String afterText;
    /** Comment references, comma-separated; null when the edit answers none. */
    private String answers;
    private String reason;

    protected TextEdit() {
    }

    TextEdit(Long programmeId, Long unitId, String editor, Instant editedAt, String beforeText, String afterText,
             List<String> answers, String reason) {
        this.programmeId = programmeId;
        this.unitId = unitId;
        this.editor = editor;
        this.editedAt = editedAt;
        this.beforeText = beforeText;
        this.afterText = afterText;
        this.answers = answers == null || answers.isEmpty() ? null : String.join(",", answers);
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Long getProgrammeId() { return programmeId; }
    public Long getUnitId() { return unitId; }
    public String getEditor() { return editor; }
    public Instant getEditedAt() { return editedAt; }
    public String getBeforeText() { return beforeText; }
    public String getAfterText() { return afterText; }
    public String getReason() { return reason; }

    public List<String> getAnswers() {
        return answers == null ? List.of() : Arrays.asList(answers.split(","));
    }
}
