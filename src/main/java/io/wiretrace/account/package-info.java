/**
 * Who may do what: accounts and their roles ({@code reader} &lt; {@code analyst} &lt; {@code admin}), API tokens and
 * browser sessions (random secrets kept only as SHA-256), password hashing (bcrypt), the caller a request acts as,
 * request limits per fixed window, and the append-only audit trail's entries. Pure Java (Bouncy Castle for bcrypt).
 */
package io.wiretrace.account;
