package pl.wspolnie.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes/{programmeId}/drafts")
@Tag(name = "Drafts", description = "Versions of the programme draft")
class DraftController {

    private final DraftingService drafting;

    DraftController(DraftingService drafting) {
        this.drafting = drafting;
    }

    @GetMapping
    @Operation(summary = "Versions 1..n of the draft, one per stage that is due a document")
    List<DraftVersion> list(@PathVariable Long programmeId) {
        return drafting.versions(programmeId);
    }
}
