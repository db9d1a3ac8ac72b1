/**
 * The command-line client in the service's jar ({@code java -jar quarkus-run.jar import FILE...}): a pure HTTP client
 * of a running service that starts nothing of the service itself. Plain JDK only.
 */
package io.wiretrace.cli;
