/**
 * Adapter: the OpenID Connect relying party of single sign-on, on the Nimbus OAuth 2.0 / OpenID Connect SDK (the only
 * package that touches it). Depends on {@code account} and {@code config} only.
 */
package io.wiretrace.oidc;
