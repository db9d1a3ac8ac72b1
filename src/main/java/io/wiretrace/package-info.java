/** Wiretrace: records where news articles come from and traces their provenance. */
package io.wiretrace;
