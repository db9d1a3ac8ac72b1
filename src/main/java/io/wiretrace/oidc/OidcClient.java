package io.wiretrace.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.wiretrace.account.SignInRefused;
import io.wiretrace.account.SsoUnavailable;
import io.wiretrace.config.WiretraceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The OpenID Connect relying party, on the Nimbus OAuth 2.0 / OpenID Connect SDK: the provider's discovery document
 * (read once, again after a failure), the authorization request (code flow with PKCE, state and nonce), the code
 * exchange, ID token validation (signature against the provider's published keys, issuer, audience, expiry, nonce) and,
 * when the ID token lacks a claim the caller needs, the user info. Every request to the provider has the configured
 * timeout and a size cap; the provider is configuration, not user input, so it may be on the internal network.
 */
@ApplicationScoped
public class OidcClient {

    /** Where to send the browser, and what to keep until it comes back. */
    public record Authorization(URI location, String state, String nonce, String codeVerifier) {
    }

    private static final int MAX_RESPONSE_BYTES = 1 << 20;
    /** Signature algorithms accepted on ID tokens: asymmetric only (a shared secret is not the provider's key). */
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.copyOf(JWSAlgorithm.Family.SIGNATURE);

    private final WiretraceConfig.SingleSignOn config;
    private final AtomicReference<Provider> provider = new AtomicReference<>();
    private final BoundedSender sender;

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public OidcClient(WiretraceConfig config) {
        this.config = config.auth().sso();
        this.sender = new BoundedSender(this.config.timeout(), MAX_RESPONSE_BYTES);
    }

    /** The provider's authorization request for a new login returning to {@code redirect}. */
    public Authorization begin(URI redirect) {
        Provider p = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(config.scopes()),
                clientId(), redirect).endpointURI(p.metadata().getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
        return new Authorization(request.toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
    }

    /**
     * Exchanges the code for tokens and returns the validated ID token's claims; when {@code enough} says they lack
     * something and the provider has a user info endpoint, its claims about the same subject are added (the ID
     * token's own win).
     */
    public Map<String, Object> finish(String code, URI redirect, String codeVerifier, String nonce,
                                      Predicate<Map<String, Object>> enough) {
        Provider p = provider();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirect,
                new CodeVerifier(codeVerifier));
        URI endpoint = p.metadata().getTokenEndpointURI();
        TokenRequest request = config.clientSecret().filter(s -> !s.isBlank())
                .map(s -> new TokenRequest(endpoint, new ClientSecretBasic(clientId(), new Secret(s)), grant, null))
                .orElseGet(() -> new TokenRequest(endpoint, clientId(), grant, null));
        TokenResponse response;
        try {
            HTTPResponse answer = send(request.toHTTPRequest());
            if (answer.getStatusCode() >= 500) {
                throw new SsoUnavailable("the sign-in provider's token endpoint failed (status "
                        + answer.getStatusCode() + ")", null);
            }
            response = OIDCTokenResponseParser.parse(answer);
        } catch (ParseException e) {
            throw new SsoUnavailable("the sign-in provider's token answer could not be read: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SignInRefused("the sign-in provider refused the login (" + error.getCode()
                    + (error.getDescription() == null ? "" : ": " + error.getDescription()) + ")");
        }
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        IDTokenClaimsSet idToken;
        try {
            idToken = p.validator().validate(tokens.getOIDCTokens().getIDToken(), new Nonce(nonce));
        } catch (BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new SignInRefused("the sign-in provider's ID token is not valid: " + e.getMessage());
        }
        Map<String, Object> claims;
        try {
            claims = new HashMap<>(idToken.toJWTClaimsSet().getClaims());
        } catch (ParseException e) {
            throw new SignInRefused("the sign-in provider's ID token is not valid: " + e.getMessage());
        }
        URI userInfo = p.metadata().getUserInfoEndpointURI();
        if (!enough.test(claims) && userInfo != null) {
            userInfo(userInfo, tokens, idToken).forEach(claims::putIfAbsent);
        }
        return claims;
    }

    private Map<String, Object> userInfo(URI endpoint, OIDCTokenResponse tokens, IDTokenClaimsSet idToken) {
        try {
            UserInfoResponse info = UserInfoResponse.parse(send(new UserInfoRequest(endpoint,
                    tokens.getOIDCTokens().getBearerAccessToken()).toHTTPRequest()));
            if (!info.indicatesSuccess()) {
                return Map.of();
            }
            var claims = info.toSuccessResponse().getUserInfo();
            // user info about another subject than the ID token's must not be used (OpenID Connect Core 5.3.2)
            return claims != null && idToken.getSubject().equals(claims.getSubject()) ? claims.toJSONObject() : Map.of();
        } catch (ParseException e) {
            return Map.of();
        }
    }

    private HTTPResponse send(HTTPRequest request) {
        try {
            return sender.send(request);
        } catch (IOException e) {
            throw new SsoUnavailable("the sign-in provider could not be reached: " + e.getMessage(), e);
        }
    }

    private Provider provider() {
        Provider p = provider.get();
        if (p == null) {
            p = discover();
            provider.compareAndSet(null, p);
        }
        return p;
    }

    private Provider discover() {
        int timeout = (int) config.timeout().toMillis();
        Issuer issuer = new Issuer(config.issuer().orElseThrow(() -> new SsoUnavailable(
                "single sign-on is on but wiretrace.auth.sso.issuer is not set", null)));
        try {
            HTTPResponse document = send(new HTTPRequest(HTTPRequest.Method.GET, OIDCProviderMetadata.resolveURL(issuer)));
            if (!document.indicatesSuccess()) {
                throw new IOException("status " + document.getStatusCode());
            }
            OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(document.getBody());
            if (!issuer.equals(metadata.getIssuer())) {
                throw new IOException("it names the issuer " + metadata.getIssuer() + ", not " + issuer);
            }
            URL keys = metadata.getJWKSetURI().toURL();
            JWKSource<SecurityContext> source = JWKSourceBuilder.<SecurityContext>create(keys,
                    new DefaultResourceRetriever(timeout, timeout, MAX_RESPONSE_BYTES)).build();
            Set<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs() == null ? Set.of(JWSAlgorithm.RS256)
                    : metadata.getIDTokenJWSAlgs().stream().filter(ASYMMETRIC::contains).collect(Collectors.toSet());
            if (algorithms.isEmpty()) {
                throw new SsoUnavailable("the sign-in provider signs ID tokens with no asymmetric algorithm", null);
            }
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), clientId(),
                    new JWSVerificationKeySelector<>(algorithms, source), null);
            return new Provider(metadata, validator);
        } catch (IOException | SsoUnavailable | com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new SsoUnavailable("the sign-in provider's discovery document at " + issuer
                    + "/.well-known/openid-configuration could not be read: " + e.getMessage(), e);
        }
    }

    private ClientID clientId() {
        return new ClientID(config.clientId().orElseThrow(() -> new SsoUnavailable(
                "single sign-on is on but wiretrace.auth.sso.client-id is not set", null)));
    }
}
