package org.firebreak.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.firebreak.core");

    @Test
    void coreNeverDependsOnUserInterfacePackages() {
        noClasses().that().resideInAPackage("org.firebreak.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.swing..", "sim.display..", "sim.portrayal..")
                .because("portrayals and windows live in the examples module; core must run headless")
                .check(CORE);
    }

    @Test
    void coreHasNoUnseededRandomness() {
        noClasses().that().resideInAPackage("org.firebreak.core..")
                .should().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .because("every random number must follow from the run's seed")
                .check(CORE);
    }
}
