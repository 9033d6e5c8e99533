package vn.vanban;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries the README's "Architecture" section describes, checked on the compiled main
 * classes and, for imports that the compiler drops because nothing uses them yet, on the sources: a
 * change that crosses one fails here, not in review.
 */
class ModularityTest {

    /** The features: packages that hold use cases, persistence or HTTP. */
    private static final String[] FEATURES = {"vn.vanban.api..", "vn.vanban.batches..", "vn.vanban.cli..",
            "vn.vanban.decisions..", "vn.vanban.demo..", "vn.vanban.generation..", "vn.vanban.memberlist..",
            "vn.vanban.province..", "vn.vanban.reference..", "vn.vanban.roster..", "vn.vanban.template..",
            "vn.vanban.limits..", "vn.vanban.security..", "vn.vanban.audit..", "vn.vanban.web.."};

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
        noClasses().that().resideOutsideOfPackages("vn.vanban.api..", "vn.vanban.web..", "vn.vanban.cli..", "vn.vanban")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vanban.api..", "vn.vanban.web..", "vn.vanban.cli..")
                .check(MAIN);
    }

    /** The pages and the API are two edges over the same services: neither calls the other. */
    @Test
    void pagesAndApiShareServicesNotControllers() {
        noClasses().that().resideInAPackage("vn.vanban.web..").should().dependOnClassesThat().resideInAPackage("vn.vanban.api..")
                .check(MAIN);
        noClasses().that().resideInAPackage("vn.vanban.api..").should().dependOnClassesThat().resideInAPackage("vn.vanban.web..")
                .check(MAIN);
    }

    /** The class files do not show an import nothing uses yet; the sources do. */
    @Test
    void noSourceImportCrossesABoundary() {
        assertThat(importsMatching("roster", "vn\\.vanban\\.(decisions|generation|memberlist|province|batches|demo)\\b"))
                .as("roster importing a document feature").isEmpty();
        for (String core : List.of("render", "document", "layout", "text", "fonts")) {
            assertThat(importsMatching(core, "(org\\.springframework|java\\.sql|javax\\.sql)\\b|vn\\.vanban\\.("
                    + "api|audit|batches|cli|decisions|demo|generation|memberlist|province|reference|roster|security|template|limits|web)\\b"))
                    .as(core + " importing Spring, JDBC or a feature").isEmpty();
        }
    }

    /** "File: import line" for every import of a main package (and its sub-packages) that matches. */
    private static List<String> importsMatching(String pkg, String target) {
        Pattern imports = Pattern.compile("^import\\s+(static\\s+)?(" + target + ")", Pattern.MULTILINE);
        Path root = Path.of("src/main/java/vn/vanban", pkg);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> imports.matcher(l).find()).map(l -> f + ": " + l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
