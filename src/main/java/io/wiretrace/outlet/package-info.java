/** The outlet registry: outlets with keys, aliases, domains and kinds, and resolution of a mention to an outlet. Pure Java. */
package io.wiretrace.outlet;
