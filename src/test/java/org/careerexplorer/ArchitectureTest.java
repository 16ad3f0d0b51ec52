package org.careerexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers stay apart: the model, the data layer and the texts know nothing of JavaFX or of the views. */
@AnalyzeClasses(packages = "org.careerexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelKnowsNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.careerexplorer.model..", "org.careerexplorer.data..", "org.careerexplorer.i18n..",
                    "org.careerexplorer.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the model must load and be tested without the JavaFX toolkit");

    @ArchTest
    static final ArchRule modelKnowsNoGson = noClasses()
            .that().resideInAnyPackage("org.careerexplorer.model..", "org.careerexplorer.i18n..", "org.careerexplorer.gui..",
                    "org.careerexplorer.data..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.gson..")
            .because("Gson reads and writes the settings file only; the data files are read and written with Jackson");

    @ArchTest
    static final ArchRule onlyTheDataLayerKnowsJacksonAndTheSchemas = noClasses()
            .that().resideOutsideOfPackage("org.careerexplorer.data..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "com.networknt..")
            .because("only the data package knows the file format and its schemas");

    @ArchTest
    static final ArchRule modelKnowsNoViews = noClasses()
            .that().resideInAnyPackage("org.careerexplorer.model..", "org.careerexplorer.data..", "org.careerexplorer.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("org.careerexplorer.gui..", "org.careerexplorer.app..");
}
