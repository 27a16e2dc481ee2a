package pl.wspolnie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ADR 0006, kept by the build: one package per capability with no cycles between them,
 * nobody reaching into another module's {@code internal} package, docx4j only behind the drafting module,
 * Camunda only where the ADR lists it and its {@code impl} classes only in the ADR's allow-list.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionCode() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.wspolnie");
    }

    @Test
    void capabilitiesDoNotDependOnEachOtherInACycle() {
        check(slices().matching("pl.wspolnie.(*)..").namingSlices("module $1").should().beFreeOfCycles());
    }

    @Test
    void noModuleReachesIntoAnothersInternals() {
        check(noClasses().that().resideOutsideOfPackage("pl.wspolnie.drafting..")
                .should().dependOnClassesThat().resideInAPackage("pl.wspolnie.drafting.internal..")
                .because("drafting.internal is the drafting module's own; other modules use its public classes (ADR 0006)"));
    }

    @Test
    void docx4jStaysInsideTheDraftingModulesInternals() {
        check(noClasses().that().resideOutsideOfPackage("pl.wspolnie.drafting.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.docx4j..")
                .because("documents are rendered and read only in drafting.internal (ADR 0004, ADR 0006)"));
    }

    @Test
    void camundaOnlyInTheModulesTheAdrNames() {
        check(noClasses().that().resideInAPackage("pl.wspolnie..")
                .and().resideOutsideOfPackages("pl.wspolnie.process..", "pl.wspolnie.security..",
                        "pl.wspolnie.operations..", "pl.wspolnie.notification..", "pl.wspolnie.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("features talk to the engine through the process module (ADR 0006)"));
    }

    @Test
    void camundaImplClassesOnlyInTheAdrsAllowList() {
        check(noClasses().that().resideInAPackage("pl.wspolnie..")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.process.Vars")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.process.UserMistakeLogging")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.process.EngineMappingsTrim")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.process.DisplayCopies")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.process.DisplayCopies$WithoutCopies")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.security.CurrentUser")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.security.EngineInputRefusals")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.security.HistoryAccess")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.security.SecurityConfiguration")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.security.TasklistSession")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.security.WebappSessionAuthentication")
                .and().doNotHaveFullyQualifiedName("pl.wspolnie.operations.JobExecutorHealth")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..impl..")
                .because("only Camunda's public API, except the classes ADR 0006 lists with their reason"));
    }

    /** The README's module map names exactly the capability packages the code has: a new or removed one shows. */
    @Test
    void theReadmesModuleMapListsEveryModuleAndNoOther() throws java.io.IOException {
        java.util.Set<String> modules = new java.util.TreeSet<>();
        classes.forEach(c -> {
            String rest = c.getPackageName().startsWith("pl.wspolnie.") ? c.getPackageName().substring("pl.wspolnie.".length()) : "";
            if (!rest.isEmpty()) {
                modules.add(rest.split("\\.")[0]);
            }
        });
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String map = readme.substring(readme.indexOf("## Module map"));
        map = map.substring(0, map.indexOf("\n## ", 1));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(map);
        while (row.find()) {
            documented.add(row.group(1));
        }
        org.assertj.core.api.Assertions.assertThat(documented)
                .as("README \"Module map\" rows (one `package` per row) against the packages under pl.wspolnie")
                .isEqualTo(modules);
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
