/**
 * Human verdicts on findings (attributions, reuse matches, chain hops): the key that ties a verdict to what a finding
 * says rather than to a row, re-attaching verdicts to the findings that reproduce them, the order of the verdict queue
 * and the accuracy verdicts reveal per rule and reuse class. Pure Java.
 */
package io.wiretrace.verdict;
