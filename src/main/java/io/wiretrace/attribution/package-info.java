/**
 * Finds each statement of where an article's content came from (credits, syndication notices, datelines, markup) and
 * resolves the credited party to an outlet, with the exact evidence. One small class per rule. Pure Java.
 */
package io.wiretrace.attribution;
