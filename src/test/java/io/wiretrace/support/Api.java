package io.wiretrace.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured requests for the test suite. {@link #given()} signs in as an admin with the test profile's bootstrap
 * token (tests that are not about access use it); {@link #anonymous()} sends no credentials; {@link #as(String)}
 * sends a given API token.
 */
public final class Api {

    /** {@code %test.wiretrace.auth.bootstrap-token} in application.properties. */
    public static final String BOOTSTRAP_TOKEN = "test-bootstrap-token-0123456789";
    /** The test profile's first admin ({@code %test.wiretrace.auth.admin-username} and {@code admin-password}). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private Api() {
    }

    public static RequestSpecification given() {
        return as(BOOTSTRAP_TOKEN);
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
