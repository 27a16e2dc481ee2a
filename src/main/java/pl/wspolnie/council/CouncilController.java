package pl.wspolnie.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes/{programmeId}")
@Tag(name = "Council", description = "Mayor's approval, submission to the City Council and its decision")
class CouncilController {

    private final CouncilService council;

    CouncilController(CouncilService council) {
        this.council = council;
    }

    @PostMapping("/council-decision")
    @Operation(summary = "Record the council's decision (ADOPTED, ADOPTED_WITH_AMENDMENTS, REJECTED); 409 unless awaiting it")
    CouncilSubmission decide(@PathVariable Long programmeId, @RequestBody DecisionRequest body) {
        return council.recordDecision(programmeId, body);
    }

    @GetMapping("/council-submissions")
    @Operation(summary = "Every submission to the council (one per round) with its decision")
    List<CouncilSubmission> submissions(@PathVariable Long programmeId) {
        return council.submissions(programmeId);
    }

    @GetMapping("/mayor-decisions")
    @Operation(summary = "The Mayor's approvals and returns")
    List<MayorDecision> mayorDecisions(@PathVariable Long programmeId) {
        return council.mayorDecisions(programmeId);
    }
}
