package pl.wspolnie.process;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.wspolnie.programme.ProgrammeSections;

/**
 * Used as {@code ${programmeProcess.sectionsToPrepare(programmeId)}}: the sector codes the multi-instance
 * "sector section" runs for — every team's at first, then only the sections returned.
 */
@Component("programmeProcess")
public class SectionList {

    private final ProgrammeSections programmes;

    SectionList(ProgrammeSections programmes) {
        this.programmes = programmes;
    }

    public List<String> sectionsToPrepare(Long programmeId) {
        return programmes.sectionsToPrepare(programmeId);
    }
}
