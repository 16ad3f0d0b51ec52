package org.careerexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The layers stay apart: the model, the data layer and the texts know nothing of JavaFX or of the
 * views; the window's features share state through {@code gui.state} and never reach into each other.
 */
@AnalyzeClasses(packages = "org.careerexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String GUI = "org.careerexplorer.gui.";
    /** The parts of the window that the user sees as features. */
    private static final List<String> FEATURES = List.of("explorer", "occupation", "shortlist", "compare", "about");
    /** What every feature may use; none of it uses a feature. */
    private static final String[] SHARED = {GUI + "state..", GUI + "text..", GUI + "util..", GUI + "controls..",
            GUI + "export.."};

    @ArchTest
    static final ArchRule modelKnowsNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.careerexplorer.model..", "org.careerexplorer.data..", "org.careerexplorer.i18n..",
                    "org.careerexplorer.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the model must load and be tested without the JavaFX toolkit");

    @ArchTest
    static final ArchRule modelDependsOnNothingElseOfOurs = classes()
            .that().resideInAPackage("org.careerexplorer.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.careerexplorer.model..", "java..")
            .because("the model is what everything else is built on");

    @ArchTest
    static final ArchRule onlyTheSettingsKnowGson = noClasses()
            .that().resideOutsideOfPackage("org.careerexplorer.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..")
            .because("each file format is known in one place: Gson reads and writes the settings file only");

    @ArchTest
    static final ArchRule onlyTheDataLayerKnowsJacksonAndTheSchemas = noClasses()
            .that().resideOutsideOfPackage("org.careerexplorer.data..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "com.networknt..")
            .because("only the data package knows the data files' format and its schemas");

    @ArchTest
    static final ArchRule modelKnowsNoViews = noClasses()
            .that().resideInAnyPackage("org.careerexplorer.model..", "org.careerexplorer.data..", "org.careerexplorer.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("org.careerexplorer.gui..", "org.careerexplorer.app..");

    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowsPackages = slices()
            .matching("org.careerexplorer.gui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresNeverImportEachOther = CompositeArchRule.of(FEATURES.stream().map(feature -> noClasses()
            .that().resideInAPackage(GUI + feature + "..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().filter(other -> !other.equals(feature))
                    .map(other -> GUI + other + "..").toArray(String[]::new))
            .orShould().dependOnClassesThat().resideInAPackage(GUI + "main..")
            .because("features share what they must through gui.state; the main window puts them together"))
            .map(ArchRule.class::cast).toList());

    @ArchTest
    static final ArchRule sharedPartsUseNoFeature = noClasses()
            .that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> GUI + f + "..").toArray(String[]::new))
            .orShould().dependOnClassesThat().resideInAPackage(GUI + "main..");

    @ArchTest
    static final ArchRule viewModelsKnowNoScene = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view-models hold state in properties and are tested without controls");

    @ArchTest
    static final ArchRule textsKnowNoJavaFx = noClasses()
            .that().resideInAPackage(GUI + "text..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the wording of facts is plain text, tested without the toolkit");
}
