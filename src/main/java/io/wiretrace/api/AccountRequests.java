package io.wiretrace.api;

/** Request bodies of the account endpoints. */
final class AccountRequests {

    private AccountRequests() {
    }

    /** {@code POST /api/users}. */
    record NewUser(String username, String password, String role) {
        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    /** {@code PATCH /api/users/{username}}: each part optional. */
    record UserChange(String role, Boolean active, String password) {
        @Override
        public String toString() {
            return "UserChange[" + role + ", " + active + "]";
        }
    }

    /** {@code POST /api/tokens}: {@code expiresIn} an ISO-8601 duration; {@code username} (admins) another account's. */
    record NewToken(String name, String role, String expiresIn, Integer rateLimit, String username) {
    }
}
