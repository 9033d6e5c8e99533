package vn.vanban;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries the README's "Architecture" section describes, checked on the compiled main
 * classes: a change that crosses one fails here, not in review.
 */
class ModularityTest {

    /** The features: packages that hold use cases, persistence or HTTP. */
    private static final String[] FEATURES = {"vn.vanban.api..", "vn.vanban.batches..", "vn.vanban.cli..",
            "vn.vanban.decisions..", "vn.vanban.demo..", "vn.vanban.generation..", "vn.vanban.memberlist..",
            "vn.vanban.province..", "vn.vanban.reference..", "vn.vanban.roster..", "vn.vanban.template..",
            "vn.vanban.limits..", "vn.vanban.web.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.vanban");

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching("vn.vanban.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noCycleBetweenSubPackages() {
        slices().matching("vn.vanban.*.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The rendering core is plain Java: it can be used from a command line, a test or a batch alike. */
    @Test
    void renderingCoreUsesNoFrameworkAndNoFeature() {
        noClasses().that().resideInAnyPackage("vn.vanban.render..", "vn.vanban.document..", "vn.vanban.layout..",
                        "vn.vanban.text..", "vn.vanban.fonts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(MAIN);
    }

    /** The layers under the document tree know nothing of it. */
    @Test
    void textAndLayoutStayAtTheBottom() {
        noClasses().that().resideInAnyPackage("vn.vanban.text..", "vn.vanban.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vanban.document..", "vn.vanban.render..",
                        "vn.vanban.fonts..")
                .check(MAIN);
    }

    /** A roster is data and its rules; documents, lists and the register are made from it, never the reverse. */
    @Test
    void rosterDependsOnNoDocumentFeature() {
        noClasses().that().resideInAPackage("vn.vanban.roster..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vanban.decisions..", "vn.vanban.generation..",
                        "vn.vanban.memberlist..", "vn.vanban.province..", "vn.vanban.batches..", "vn.vanban.demo..")
                .check(MAIN);
    }

    /** Only the edges (HTTP, command line) know they are edges. */
    @Test
    void featuresDoNotDependOnTheEdges() {
        noClasses().that().resideOutsideOfPackages("vn.vanban.api..", "vn.vanban.web..", "vn.vanban")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vanban.api..", "vn.vanban.web..", "vn.vanban.cli..")
                .check(MAIN);
    }
}
