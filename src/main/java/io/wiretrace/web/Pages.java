package io.wiretrace.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.wiretrace.work.Job;

/** The page templates (src/main/resources/templates/pages/), checked against their view models at build time. */
@CheckedTemplate(basePath = "pages")
final class Pages {

    /** The media type of every page. */
    static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }

    static native TemplateInstance home(HomePage page);

    static native TemplateInstance article(ArticlePage page, RevisionsView revisions, ArticleVerdicts verdicts);

    static native TemplateInstance analysis(AnalysisPage page);

    static native TemplateInstance review(ReviewPage page);

    static native TemplateInstance story(StoryPage page);

    static native TemplateInstance outlet(OutletPage page, java.util.List<SourceRow> sources);

    static native TemplateInstance sources(SourcesPage page);

    static native TemplateInstance events(EventsPage page);

    static native TemplateInstance job(Job job, boolean running, int percent);

    static native TemplateInstance imports(java.util.List<ImportPage> imports);

    static native TemplateInstance importRun(ImportPage run);

    static native TemplateInstance verdicts(VerdictsPage page);

    static native TemplateInstance verdictAccuracy(java.util.List<AccuracyRow> rows);

    static native TemplateInstance error(int status, String title, String detail);

    static native TemplateInstance login(String formToken, String next, String failed, boolean setupPending, String sso,
                                         String ssoHref);

    static native TemplateInstance setup(String formToken, String failed);

    static native TemplateInstance account(java.util.List<TokenRow> tokens, TokenRow issued, boolean feedToken, String newFeedUrl,
            String tokenError);

    static native TemplateInstance users(java.util.List<io.wiretrace.account.Account> users);

    static native TemplateInstance audit(io.wiretrace.article.PageOf<io.wiretrace.account.AuditEntry> page, String actor, String operation);
}
