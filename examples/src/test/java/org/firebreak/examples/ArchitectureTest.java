package org.firebreak.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module map as rules over every library class on this module's class path (docs/design.md,
 * "Modules"). Maven already keeps a module from importing what it does not depend on; these rules
 * say why the dependencies point the way they do, and catch what Maven cannot see: UI packages,
 * and unseeded randomness.
 */
class ArchitectureTest {
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.firebreak");

    private static final String[] UI = {"java.awt..", "javax.swing..", "sim.display..", "sim.portrayal.."};

    @Test
    void onlyExamplesUseUserInterfacePackages() {
        noClasses().that().resideOutsideOfPackages("org.firebreak.examples..", "org.firebreak.geo..")
                .should().dependOnClassesThat().resideInAnyPackage(UI)
                .because("portrayals and windows live in the examples module; every engine runs headless")
                .check(LIBRARY);
    }

    @Test
    void geoUsesAwtOnlyForGeoToolsRasters() {
        noClasses().that().resideInAPackage("org.firebreak.geo..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(UI)
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("java.awt.image"))))
                .because("GeoTools hands a raster's cells over as java.awt.image data, and nothing else of AWT"
                        + " belongs in a library module")
                .check(LIBRARY);
    }

    @Test
    void coreKnowsNoEngine() {
        noClasses().that().resideInAPackage("org.firebreak.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.firebreak.flee..", "org.firebreak.frontier..",
                        "org.firebreak.crowd..", "org.firebreak.coupling..", "org.firebreak.geo..",
                        "org.firebreak.cluster..", "org.firebreak.examples..")
                .because("core is the shared kernel every engine builds on")
                .check(LIBRARY);
    }

    @Test
    void crowdStandsAloneOnCore() {
        noClasses().that().resideInAPackage("org.firebreak.crowd..")
                .should().dependOnClassesThat().resideInAnyPackage("org.firebreak.frontier..", "org.firebreak.flee..",
                        "org.firebreak.coupling..", "org.firebreak.geo..")
                .because("the crowd engine is usable with firebreak-core alone")
                .check(LIBRARY);
    }

    @Test
    void fleeKnowsNeitherOtherEngine() {
        noClasses().that().resideInAPackage("org.firebreak.flee..")
                .should().dependOnClassesThat().resideInAnyPackage("org.firebreak.frontier..", "org.firebreak.crowd..",
                        "org.firebreak.coupling..")
                .because("FLEE's rules are shared by the FLEE mode and the regional engine, not the other way round")
                .check(LIBRARY);
    }

    @Test
    void frontierKnowsNoCrowd() {
        noClasses().that().resideInAPackage("org.firebreak.frontier..")
                .should().dependOnClassesThat().resideInAnyPackage("org.firebreak.crowd..", "org.firebreak.coupling..")
                .because("a crossing meets a plaza only in the coupling module")
                .check(LIBRARY);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.firebreak.(**)").should().beFreeOfCycles()
                .because("a package that needs another must not be needed by it, or neither can be understood,"
                        + " tested or moved alone")
                .check(LIBRARY);
    }

    @Test
    void noUnseededRandomness() {
        noClasses().that().resideOutsideOfPackage("org.firebreak.examples..")
                .should().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .because("every random number must follow from the run's seed")
                .check(LIBRARY);
    }
}
