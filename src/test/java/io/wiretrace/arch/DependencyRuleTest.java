package io.wiretrace.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies. Domain packages (the rules) depend on no framework and on none of the adapters;
 * the adapters: {@code app} (use cases, transactions, the work queue), {@code store} (PostgreSQL), {@code api} (REST),
 * {@code web} (pages), {@code config}, {@code embedding} (the sentence model's runtime), {@code oidc} (single sign-on). The HTTP adapters reach the
 * database only through {@code app}; no two packages depend on each other.
 */
class DependencyRuleTest {

    static final String[] DOMAIN = {"io.wiretrace.article..", "io.wiretrace.ingest..", "io.wiretrace.extract..",
        "io.wiretrace.attribution..", "io.wiretrace.outlet..", "io.wiretrace.reuse..", "io.wiretrace.provenance..",
        "io.wiretrace.review..", "io.wiretrace.work..", "io.wiretrace.revision..", "io.wiretrace.event..",
        "io.wiretrace.webhook..", "io.wiretrace.archive..", "io.wiretrace.cli..",
        "io.wiretrace.url..", "io.wiretrace.watch..", "io.wiretrace.account..",
        "io.wiretrace.verdict.."};
    static final String[] ADAPTERS = {"io.wiretrace.app..", "io.wiretrace.store..", "io.wiretrace.api..",
        "io.wiretrace.web..", "io.wiretrace.config..", "io.wiretrace.embedding..", "io.wiretrace.http..",
        "io.wiretrace.feed..", "io.wiretrace.security..", "io.wiretrace.oidc.."};
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..",
        "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..", "org.hibernate..", "io.smallrye..",
        "com.fasterxml.jackson..", "org.jboss..", "io.micrometer..", "org.eclipse.microprofile..", "io.vertx..",
        "ai.onnxruntime..", "ai.djl..", "dev.langchain4j.."};

    final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.wiretrace");

    @Test
    void domainPackagesImportNoFramework() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void domainPackagesImportNoAdapter() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(classes);
    }

    @Test
    void httpAdaptersReachTheStoreOnlyThroughApp() {
        noClasses().that().resideInAnyPackage("io.wiretrace.api..", "io.wiretrace.web..").should().dependOnClassesThat()
                .resideInAnyPackage("io.wiretrace.store..").check(classes);
    }

    @Test
    void webPagesDoNotDependOnTheRestApi() {
        noClasses().that().resideInAnyPackage("io.wiretrace.web..").should().dependOnClassesThat()
                .resideInAnyPackage("io.wiretrace.api..").check(classes);
        noClasses().that().resideInAnyPackage("io.wiretrace.http..").should().dependOnClassesThat()
                .resideInAnyPackage("io.wiretrace.api..", "io.wiretrace.web..", "io.wiretrace.store..").check(classes);
    }

    @Test
    void onlyExtractTouchesJsoup() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.extract..").should().dependOnClassesThat()
                .resideInAnyPackage("org.jsoup..").check(classes);
    }

    @Test
    void onlyTheEmbeddingAdapterTouchesTheModelRuntime() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.embedding..").should().dependOnClassesThat()
                .resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j..").check(classes);
    }

    @Test
    void onlyTheOidcAdapterTouchesTheOpenIdConnectLibrary() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.oidc..").should().dependOnClassesThat()
                .resideInAnyPackage("com.nimbusds..").check(classes);
    }

    @Test
    void theCommandLineClientUsesNothingOfTheService() {
        noClasses().that().resideInAnyPackage("io.wiretrace.cli..").should().dependOnClassesThat()
                .resideOutsideOfPackages("io.wiretrace.cli..", "java..").check(classes);
    }

    @Test
    void feedLibrariesStayInTheFeedReaderAndTheEventFeedWriter() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.feed..").should().dependOnClassesThat()
                .resideInAnyPackage("crawlercommons..").check(classes);
        noClasses().that().resideOutsideOfPackages("io.wiretrace.feed..", "io.wiretrace.event..").should()
                .dependOnClassesThat().resideInAnyPackage("com.rometools..").check(classes);
    }

    @Test
    void entitiesStayInStore() {
        noClasses().that().resideOutsideOfPackage("io.wiretrace.store..").should().dependOnClassesThat()
                .haveNameMatching("io\\.wiretrace\\.store\\..*Entity").check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.wiretrace.(*)..").should().beFreeOfCycles().check(classes);
    }
}
