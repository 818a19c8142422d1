package cn.grassroots.cases;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The capability packages (calendar, numbering, handling, intake, supervision, visits, …) are modules: each uses the
 * others only through their public types, and no two depend on each other in a circle.
 */
class ModularityTests {

    @Test
    void theModulesDependOnEachOtherWithoutCycles() {
        ApplicationModules.of(GrassrootsCasesApplication.class).verify();
    }
}
