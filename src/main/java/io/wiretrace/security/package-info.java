/**
 * The HTTP side of accounts: the authentication mechanism (bearer tokens, session cookies, anonymous reading), the
 * identity the rest of the service sees, CSRF checks on forms, rate limits on expensive operations and the audit
 * record of every write. Quarkus security and Vert.x live here; the rules are in {@code io.wiretrace.account}.
 */
package io.wiretrace.security;
