/**
 * Revisions of one URL: when a new version is a change of the extracted article (title, byline, body text,
 * attributions) rather than of its markup, when a version is withheld content (consent wall, paywall, error page)
 * and no revision, and the diff between two versions (headline, sentences added/removed/edited, attributions).
 * Pure Java.
 */
package io.wiretrace.revision;
