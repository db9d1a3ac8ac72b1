package io.wiretrace.app;

import io.quarkus.runtime.StartupEvent;
import io.wiretrace.account.Account;
import io.wiretrace.account.AccountNotFound;
import io.wiretrace.account.NewAccount;
import io.wiretrace.account.Passwords;
import io.wiretrace.account.Role;
import io.wiretrace.account.Secrets;
import io.wiretrace.config.WiretraceConfig;
import io.wiretrace.store.AccountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The first account. At start, when no account exists: the configured admin ({@code wiretrace.auth.admin-username}
 * and {@code admin-password}) is created; without one, a one-time setup token is printed to the log, to be used once
 * on the {@code /setup} page (a later start before setup prints a new one and the old one stops working).
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final AccountStore accounts;
    private final WiretraceConfig.Auth config;
    private final Passwords passwords;

    public FirstAdmin(AccountStore accounts, WiretraceConfig config, Passwords passwords) {
        this.accounts = accounts;
        this.config = config.auth();
        this.passwords = passwords;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        lock();
        if (accounts.countUsers() > 0) {
            return;
        }
        if (config.adminUsername().isPresent() && config.adminPassword().isPresent()) {
            NewAccount admin = new NewAccount(config.adminUsername().get(), config.adminPassword().get(), Role.ADMIN);
            accounts.insertUser(admin.username(), passwords.hash(admin.password()), Role.ADMIN, "configuration");
            LOG.infof("created the admin account '%s' from wiretrace.auth.admin-username", admin.username());
            return;
        }
        String token = Secrets.random("setup_");
        accounts.replaceSetup(Secrets.digest(token));
        LOG.warnf("No account exists yet. Open /setup on this service and enter this one-time setup token to create "
                + "the first admin: %s", token);
    }

    /** Whether the service still waits for its first account. */
    @Transactional
    public boolean pending() {
        return accounts.countUsers() == 0;
    }

    /** Creates the first admin with the one-time setup token; refused once any account exists or the token is wrong. */
    @Transactional
    public Account setup(String token, NewAccount admin) {
        lock();
        if (accounts.countUsers() > 0 || token == null || !accounts.useSetup(Secrets.digest(token.trim()), Instant.now())) {
            throw new AccountNotFound("the setup token is wrong, used, or replaced by a later start; or setup is done");
        }
        return accounts.insertUser(admin.username(), passwords.hash(admin.password()), Role.ADMIN, "setup");
    }

    private void lock() {
        accounts.lockSetup();
    }
}
