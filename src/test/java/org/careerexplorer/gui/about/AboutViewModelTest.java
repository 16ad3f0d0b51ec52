package org.careerexplorer.gui.about;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The About dialog names every source with its year and licence, the data version, and the O*NET credit. */
class AboutViewModelTest {

    @TempDir
    Path settings;

    @Test
    void namesSourcesYearsLicencesAndTheDataVersion() {
        AboutViewModel about = new AboutViewModel(Fixture.state(settings, Language.ENGLISH));
        List<String> sources = about.sources();
        assertTrue(sources.size() >= 10, sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("O*NET 27.0 Database") && s.contains("2022") && s.endsWith("CC BY 4.0")),
                sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("Occupational Employment and Wage Statistics, May 2023")
                && s.endsWith("public domain")), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("Employment Projections 2024-34")), sources.toString());
        assertTrue(about.dataVersion().contains("O*NET 27.0") && about.dataVersion().contains("13"), about.dataVersion());
        assertTrue(about.onetCredit().contains("O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training "
                + "Administration (USDOL/ETA). Used under the CC BY 4.0 license."));
    }

    @Test
    void speaksTheDisplayLanguage() {
        AboutViewModel about = new AboutViewModel(Fixture.state(settings, Language.GERMAN));
        assertTrue(about.dataVersion().startsWith("Datenversion"), about.dataVersion());
    }
}
