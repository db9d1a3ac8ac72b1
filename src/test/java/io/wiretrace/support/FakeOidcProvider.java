package io.wiretrace.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider for tests, on the JDK's HTTP server and our own keys: discovery, keys, an authorization
 * endpoint that logs in the user the test set and redirects back with a code, a token endpoint checking the client's
 * secret and the PKCE verifier, and user info. Knobs make it misbehave: sign with a key it does not publish, fail the
 * token endpoint, leave the roles out of the ID token. One provider per JVM (tests and the service under test may see
 * this class through different class loaders): {@link #issuer()} starts it once, and the knobs are set over HTTP.
 */
public final class FakeOidcProvider {

    public static final String CLIENT_ID = "wiretrace-test";
    public static final String CLIENT_SECRET = "fake-provider-client-secret";

    /** The user the next authorization logs in. */
    public record User(String subject, String username, List<String> roles) {
    }

    private record Grant(User user, String nonce, String challenge, String redirect) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangerKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, User> accessTokens = new ConcurrentHashMap<>();
    private volatile User next = new User("sub-1", "jane.roe", List.of("wiretrace-analyst"));
    private volatile boolean rolesInIdToken = true;
    private volatile boolean signWithStranger;
    private volatile boolean tokenEndpointBroken;

    private static final String PROPERTY = "test.fake-oidc-provider.issuer";

    /** The provider's issuer, started on first use. */
    public static synchronized String issuer() {
        String issuer = System.getProperty(PROPERTY);
        if (issuer == null) {
            issuer = new FakeOidcProvider().url();
            System.setProperty(PROPERTY, issuer);
        }
        return issuer;
    }

    /** Sets the user the next authorization logs in. */
    public static void nextUser(User user) {
        knob("next-user", user.subject() + "|" + user.username() + "|" + String.join(",", user.roles()));
    }

    public static void rolesInIdToken(boolean on) {
        knob("roles-in-id-token", Boolean.toString(on));
    }

    public static void signWithStranger(boolean on) {
        knob("sign-with-stranger", Boolean.toString(on));
    }

    public static void tokenEndpointBroken(boolean on) {
        knob("token-endpoint-broken", Boolean.toString(on));
    }

    private static void knob(String name, String value) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            URI.create(issuer() + "/test/" + name)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(value)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("knob " + name + ": " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private FakeOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("published").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("published").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", ex -> send(ex, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/test/", this::setKnob);
        server.start();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void setKnob(HttpExchange ex) throws IOException {
        String value = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (ex.getRequestURI().getPath().substring("/test/".length())) {
            case "next-user" -> {
                String[] p = value.split("\\|", -1);
                next = new User(p[0], p[1], p[2].isEmpty() ? List.of() : List.of(p[2].split(",")));
            }
            case "roles-in-id-token" -> rolesInIdToken = Boolean.parseBoolean(value);
            case "sign-with-stranger" -> signWithStranger = Boolean.parseBoolean(value);
            case "token-endpoint-broken" -> tokenEndpointBroken = Boolean.parseBoolean(value);
            default -> {
                send(ex, 404, "{}");
                return;
            }
        }
        ex.sendResponseHeaders(204, -1);
        ex.close();
    }

    private void discovery(HttpExchange ex) throws IOException {
        String i = url();
        send(ex, 200, "{\"issuer\":\"" + i + "\",\"authorization_endpoint\":\"" + i + "/authorize\","
                + "\"token_endpoint\":\"" + i + "/token\",\"jwks_uri\":\"" + i + "/jwks\","
                + "\"userinfo_endpoint\":\"" + i + "/userinfo\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || !"S256".equals(q.get("code_challenge_method"))) {
            send(ex, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = "code-" + java.util.UUID.randomUUID();
        codes.put(code, new Grant(next, q.get("nonce"), q.get("code_challenge"), q.get("redirect_uri")));
        String location = q.get("redirect_uri") + "?code=" + code + "&state=" + q.get("state");
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        if (tokenEndpointBroken) {
            send(ex, 500, "<html>internal error</html>");
            return;
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant g = codes.remove(f.getOrDefault("code", ""));
        if (!basic.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "{\"error\":\"invalid_client\"}");
        } else if (g == null || !g.redirect().equals(f.get("redirect_uri"))
                || !g.challenge().equals(s256(f.getOrDefault("code_verifier", "")))) {
            send(ex, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"code, redirect or verifier wrong\"}");
        } else {
            String access = "at-" + java.util.UUID.randomUUID();
            accessTokens.put(access, g.user());
            send(ex, 200, "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                    + "\"id_token\":\"" + idToken(g) + "\"}");
        }
    }

    private void userInfo(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        User u = auth == null ? null : accessTokens.get(auth.replaceFirst("^Bearer ", ""));
        if (u == null) {
            send(ex, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        send(ex, 200, "{\"sub\":\"" + u.subject() + "\",\"roles\":[" + String.join(",",
                u.roles().stream().map(r -> "\"" + r + "\"").toList()) + "]}");
    }

    private String idToken(Grant g) {
        Date now = new Date();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(url()).subject(g.user().subject())
                .audience(CLIENT_ID).issueTime(now).expirationTime(new Date(now.getTime() + 300_000))
                .claim("nonce", g.nonce()).claim("preferred_username", g.user().username());
        if (rolesInIdToken) {
            claims.claim("roles", g.user().roles());
        }
        try {
            RSAKey signer = signWithStranger ? strangerKey : key;
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    /** Follows the service's redirect to the provider's authorization endpoint; returns where it sends the browser. */
    public static URI authorize(URI location) throws IOException, InterruptedException {
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var answer = client.send(java.net.http.HttpRequest.newBuilder(location).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        return URI.create(answer.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("the provider did not redirect: " + answer.statusCode())));
    }
}
