package pl.wspolnie.text;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programme's text for departments and integrators: read it unit by unit, change one unit's wording. */
@RestController
@RequestMapping("/api/programmes/{programmeId}/text")
class TextController {

    /** A unit as the API shows it; {@code number} is what is printed before it, {@code label} how it is cited. */
    record UnitView(Long id, Long parentId, String label, String number, UnitKind kind, TextPart part, int depth,
                    String heading, String text, String statutoryElement, String sector, String generatedBlock) {

        static UnitView of(Citations.Numbered n) {
            Unit u = n.unit();
            return new UnitView(u.id(), u.parentId(), n.label(), n.number(), u.kind(), u.part(), n.depth(), u.heading(),
                    u.text(), u.statutoryElement(), u.sector(), u.block());
        }
    }

    record TextView(Long programmeId, TextSource source, String frozen, int unitMaxLength, List<UnitView> units) {
    }

    record EditView(Long id, Long unitId, String editor, Instant editedAt, String before, String after,
                    List<String> answers, String reason) {

        static EditView of(TextEdit e) {
            return new EditView(e.getId(), e.getUnitId(), e.getEditor(), e.getEditedAt(), e.getBeforeText(),
                    e.getAfterText(), e.getAnswers(), e.getReason());
        }
    }

    record NoEdit(String reason) {
    }

    private final TextService text;
    private final CommentTraces traces;

    TextController(TextService text, CommentTraces traces) {
        this.text = text;
        this.traces = traces;
    }

    /** Every accepted comment of the current consultation with its unit and the edits that carry it out. */
    @GetMapping("/accepted-comments")
    List<CommentTraces.Trace> acceptedComments(@PathVariable Long programmeId) {
        text.numbered(programmeId);
        return traces.accepted(programmeId);
    }

    /** Records why an accepted comment needed no edit; the coordination team only. */
    @PutMapping("/accepted-comments/{ref}/no-edit")
    CommentTraces.Trace noEdit(@PathVariable Long programmeId, @PathVariable String ref, @RequestBody NoEdit body,
                                     Authentication authentication) {
        Editor editor = editor(authentication);
        if (!editor.coordinator()) {
            throw new EditForbiddenException("Wyjaśnienie, dlaczego uwaga nie wymagała zmiany tekstu, zapisuje zespół koordynacyjny.");
        }
        return traces.recordNoEditNeeded(programmeId, ref, body.reason(), editor);
    }

    @GetMapping
    TextView text(@PathVariable Long programmeId) {
        List<UnitView> units = text.numbered(programmeId).stream().map(UnitView::of).toList();
        return new TextView(programmeId, text.source(programmeId).orElse(null), text.frozen(programmeId).orElse(null),
                text.maxLength(), units);
    }

    @PutMapping("/units/{unitId}")
    UnitView edit(@PathVariable Long programmeId, @PathVariable Long unitId, @RequestBody TextChange change,
                  Authentication authentication) {
        return UnitView.of(text.edit(programmeId, unitId, change, editor(authentication)));
    }

    @GetMapping("/units/{unitId}/edits")
    List<EditView> edits(@PathVariable Long programmeId, @PathVariable Long unitId) {
        return text.history(programmeId, unitId).stream().map(EditView::of).toList();
    }

    @ExceptionHandler(EditForbiddenException.class)
    ProblemDetail forbidden(EditForbiddenException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Forbidden");
        return p;
    }

    static Editor editor(Authentication authentication) {
        Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Editor(authentication.getName(), groups);
    }
}
