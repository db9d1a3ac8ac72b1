/**
 * Events a media auditor is told about, each with its evidence and a confidence: an uncredited copy of a watched
 * outlet's work, a credit dropped by a revision, the arrival of an article a stored credit points to, a watched source
 * turning unhealthy. The rules that raise them are small classes here; the Atom feed of events is built here too.
 * Pure Java (Rome for Atom).
 */
package io.wiretrace.event;
