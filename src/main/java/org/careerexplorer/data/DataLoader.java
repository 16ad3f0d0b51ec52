package org.careerexplorer.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.model.OccupationCatalog;

/**
 * The one place that reads Career Explorer's files: {@code data/occupations.json} (locale-neutral
 * facts) and {@code i18n/<lang>.json} (texts). It never throws on bad content: what is valid is
 * loaded, and everything else is in the {@link LoadReport}. Everything is read on the calling thread:
 * a second thread for the locale files, or for half of the occupations, saved less than a tenth of the
 * time with the launcher's flags, and cost time in the fresh JVM the app loads its data in.
 */
public final class DataLoader {

    private DataLoader() {
    }

    /** Loads the files bundled with the app. */
    public static LoadResult loadBundled() {
        return load(DataFiles.bundled());
    }

    public static LoadResult load(DataFiles files) {
        LoadReport report = new LoadReport();
        OccupationCatalog catalog = readOccupations(files, report);
        Map<Language, JsonDocument> localeFiles = new EnumMap<>(Language.class);
        Map<Language, Map<String, Object>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            JsonDocument.read(files, language.fileName(), report, "English texts are shown instead").ifPresent(document -> {
                localeFiles.put(language, document);
                texts.put(language, LocaleFileReader.read(document, report));
            });
        }
        Localization localization = new Localization(texts);
        new TextCheck(localeFiles, report).check(catalog, texts, localization);
        return new LoadResult(catalog, localization, report);
    }

    /** Reads one occupations file on its own (for the dataset builder's seed), reporting into {@code report}. */
    public static OccupationCatalog readOccupationsFile(Path file, LoadReport report) {
        DataFiles single = relativePath -> relativePath.equals(OccupationsFileReader.FILE)
                ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        return readOccupations(single, report);
    }

    private static OccupationCatalog readOccupations(DataFiles files, LoadReport report) {
        return JsonDocument.read(files, OccupationsFileReader.FILE, report, "no occupations loaded")
                .map(document -> OccupationsFileReader.read(document, report))
                .orElseGet(OccupationCatalog::empty);
    }
}
