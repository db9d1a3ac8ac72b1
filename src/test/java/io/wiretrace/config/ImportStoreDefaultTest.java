package io.wiretrace.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import store follows the data directory unless it is set itself. */
class ImportStoreDefaultTest {

    private static WiretraceConfig.Imports imports(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withMapping(WiretraceConfig.class)
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(WiretraceConfig.class).imports();
    }

    @Test
    void defaultsToImportsBesideTheDatabaseInTheDataDirectory() {
        assertEquals("data/imports", imports(Map.of()).store());
        assertEquals("/srv/wiretrace/imports", imports(Map.of("wiretrace.data-dir", "/srv/wiretrace")).store());
    }

    @Test
    void anExplicitStoreWins() {
        assertEquals("/mnt/shared/uploads", imports(Map.of("wiretrace.data-dir", "/srv/wiretrace",
                "wiretrace.imports.store", "/mnt/shared/uploads")).store());
    }
}
