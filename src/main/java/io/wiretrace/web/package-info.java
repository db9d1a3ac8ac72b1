/**
 * The web interface: server-rendered Qute pages for fact-checkers and auditors (home, article, rewrite review, story,
 * outlet, job progress). Resources call the same {@code app} use cases as the REST API; the view models and the SVG
 * graph layout are plain Java built from domain records, so they are tested without the framework.
 */
package io.wiretrace.web;
