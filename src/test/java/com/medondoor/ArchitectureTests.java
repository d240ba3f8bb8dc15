package com.medondoor;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * How the packages may depend on each other, checked on the service's compiled classes. The identity
 * core ({@code account}: who a caller is, roles, service types) lies below every feature; {@code system}
 * (problems, security, the database's plumbing) knows no feature at all. The tests, checked on their own
 * compiled classes, assert in one way only: AssertJ.
 */
class ArchitectureTests {

    private static final String[] FEATURES = { "com.medondoor.admin..", "com.medondoor.auth..", "com.medondoor.booking..",
            "com.medondoor.job..", "com.medondoor.live..", "com.medondoor.rating.." };

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.medondoor");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("com.medondoor");

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("com.medondoor.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    /** A feature reaches another's data through that feature's service, never its repository. */
    @Test
    void repositoriesAreUsedByTheirOwnPackageOnly() {
        classes().that().haveSimpleNameEndingWith("Repository").should(beUsedOnlyInTheirOwnPackage()).check(SERVICE);
    }

    @Test
    void theIdentityCoreDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.medondoor.account..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(SERVICE);
    }

    @Test
    void systemDependsOnNoFeatureAndNotOnTheIdentityCore() {
        noClasses().that().resideInAPackage("com.medondoor.system..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAPackage("com.medondoor.account..")
                .check(SERVICE);
    }

    /** One assertion library, so that every failure reads alike and every message is given the same way ({@code as}). */
    @Test
    void testsAssertWithAssertJOnly() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.junit.jupiter.api.Assertions")
                .orShould().dependOnClassesThat().resideInAPackage("org.hamcrest..")
                .because("tests assert with AssertJ only")
                .check(TESTS);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    if (!use.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }
}
