package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.simulator.internal.ConfigReader;
import io.scopekit.spec.PermissionModelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Describes the world the simulator plays: tenants with their users, and apps with their type, secret, developer,
 * data scope, review-exempt permissions and the permissions already enabled (docs/simulator.md, "Configuration").
 *
 * @param platform the permission-model spec id, {@code feishu-openplatform}
 * @param tenants tenants in file order
 * @param apps apps in file order
 */
@API(status = EXPERIMENTAL)
public record SimulatorConfig(String platform, List<Tenant> tenants, List<App> apps) {

    /** Copies the lists. */
    public SimulatorConfig {
        tenants = List.copyOf(tenants);
        apps = List.copyOf(apps);
    }

    /**
     * Reads and validates a configuration file against the platform's catalog.
     *
     * @param file the YAML file
     * @param model the permission model whose permission keys and identities the file may name
     * @return the configuration
     * @throws SimulatorConfigException naming file, line and what was expected, for every problem found
     */
    public static SimulatorConfig load(Path file, PermissionModelSpec model) {
        return ConfigReader.read(file, model);
    }

    /**
     * Reads and validates a configuration given as text (the built-in default, tests).
     *
     * @param name the name used in error messages in place of a file name
     * @param yaml the YAML text
     * @param model the permission model
     * @return the configuration
     * @throws SimulatorConfigException for every problem found
     */
    public static SimulatorConfig parse(String name, String yaml, PermissionModelSpec model) {
        return ConfigReader.read(name, yaml, model);
    }

    /** Returns the built-in configuration {@code simulate} uses without {@code --config} (docs/simulator.md). */
    public static SimulatorConfig defaults(PermissionModelSpec model) {
        return ConfigReader.defaults(model);
    }

    /** Finds an app by id. */
    public Optional<App> app(String id) {
        return apps.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * A tenant (企业) and its users.
     *
     * @param key tenant_key
     * @param name display name
     * @param users users in file order
     */
    public record Tenant(String key, String name, List<User> users) {
        /** Copies the list. */
        public Tenant {
            users = List.copyOf(users);
        }
    }

    /**
     * A user of a tenant.
     *
     * @param openId open_id
     * @param userId user_id (withheld without its field permission)
     * @param unionId union_id
     * @param name display name
     */
    public record User(String openId, String userId, String unionId, String name) {}

    /**
     * An app.
     *
     * @param id app_id
     * @param secret app_secret
     * @param type {@code custom} (企业自建应用) or {@code store} (商店应用)
     * @param tenant tenant_key the app is installed in
     * @param developer open_id of the developer whose user token may debug review-free (way 1), if any
     * @param dataScope a data scope is configured (tenant-token calls to contacts and HR need one)
     * @param reviewExempt permissions the tenant admin configured review-exempt (custom apps)
     * @param testVersion the app starts on its test version (test enterprise debugging, way 2)
     * @param enabled permissions enabled from the start, by identity ({@code tenant}, {@code user})
     */
    public record App(String id, String secret, String type, String tenant, Optional<String> developer,
            boolean dataScope, Set<String> reviewExempt, boolean testVersion, Map<String, List<String>> enabled) {
        /** Copies the collections. */
        public App {
            reviewExempt = Set.copyOf(reviewExempt);
            enabled = Map.copyOf(enabled);
        }
    }
}
