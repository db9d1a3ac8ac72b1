package io.wiretrace.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain packages stay free of framework imports; only the adapter packages touch Quarkus, JPA, JAX-RS. */
class DependencyRuleTest {

    static final String[] DOMAIN = {"io.wiretrace.ingest..", "io.wiretrace.extract..", "io.wiretrace.attribution..",
        "io.wiretrace.outlet..", "io.wiretrace.reuse..", "io.wiretrace.provenance..", "io.wiretrace.review..",
        "io.wiretrace.url.."};
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..",
        "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..", "org.hibernate..", "io.smallrye..",
        "com.fasterxml.jackson..", "org.jboss.."};

    final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.wiretrace");

    @Test
    void domainPackagesImportNoFramework() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void onlyExtractTouchesJsoup() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.extract..").should().dependOnClassesThat()
                .resideInAnyPackage("org.jsoup..").check(classes);
    }

    @Test
    void entitiesStayInStore() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.store..").should().dependOnClassesThat()
                .haveNameMatching("io\\.wiretrace\\.store\\..*Entity").check(classes);
    }
}
