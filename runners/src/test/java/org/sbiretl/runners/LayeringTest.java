package org.sbiretl.runners;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the three modules, proved on their compiled classes: {@code transforms} (the
 * linking library) knows neither the job nor the runners; {@code pipeline} (the job and its CLI)
 * reaches Flink only through the runner switch; and no package depends on itself in a circle.
 */
@AnalyzeClasses(packages = "org.sbiretl", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule transformsUseNeitherThePipelineNorTheRunners =
      noClasses()
          .that()
          .resideInAPackage("org.sbiretl.transforms..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.sbiretl.pipeline..", "org.sbiretl.runners..");

  @ArchTest
  static final ArchRule thePipelineDoesNotUseTheRunnersModule =
      noClasses()
          .that()
          .resideInAPackage("org.sbiretl.pipeline..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.sbiretl.runners..");

  @ArchTest
  static final ArchRule transformsAreRunnerIndependent =
      noClasses()
          .that()
          .resideInAPackage("org.sbiretl.transforms..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.flink..", "org.apache.beam.runners..");

  @ArchTest
  static final ArchRule thePipelineReachesFlinkOnlyThroughTheRunnerSwitch =
      noClasses()
          .that()
          .resideInAPackage("org.sbiretl.pipeline..")
          .and()
          .doNotHaveFullyQualifiedName("org.sbiretl.pipeline.enrich.RunnerChoice")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.flink..", "org.apache.beam.runners.flink..");

  @ArchTest
  static final ArchRule modulesHaveNoCycles =
      slices().matching("org.sbiretl.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("org.sbiretl.(*).(*)..").should().beFreeOfCycles();
}
