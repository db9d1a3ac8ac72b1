/**
 * The outlet registry: outlets with keys, aliases, domains and kinds, read from {@code outlets.tsv}, and resolution of
 * a mention, URL or host to an outlet ({@link io.wiretrace.outlet.OutletResolver}). Pure Java.
 */
package io.wiretrace.outlet;
