/**
 * Rewrite review for media auditors: a sentence-by-sentence comparison of a derived article with its source (what was
 * kept, edited, paraphrased, added and dropped), the facts and credits that changed, and explained content-farm signals.
 * Pure Java; builds on {@link io.wiretrace.reuse} for splitting and alignment.
 */
package io.wiretrace.review;
