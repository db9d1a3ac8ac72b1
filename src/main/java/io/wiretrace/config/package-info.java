/** Configuration: {@code @ConfigMapping} interfaces with defaults, one Javadoc line per setting. */
package io.wiretrace.config;
