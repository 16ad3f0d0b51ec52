package org.careerexplorer.data;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.ProCon;

/**
 * The one place that reads Career Explorer's files: {@code data/occupations.json} (locale-neutral
 * facts) and {@code i18n/<lang>.json} (texts). It never throws on bad content: what is valid is
 * loaded, and everything else is in the {@link LoadReport}.
 */
public final class DataLoader {

    private static final Pattern PLACEHOLDER = Pattern.compile("%\\d");

    private DataLoader() {
    }

    /** Loads the files bundled with the app. */
    public static LoadResult loadBundled() {
        return load(DataFiles.bundled());
    }

    public static LoadResult load(DataFiles files) {
        // The locale files are read on another thread while this one reads the facts: start-up on
        // two cores. Each part reports into its own report, merged in a fixed order afterwards.
        CompletableFuture<Map<Language, LocaleRead>> localeFiles =
                CompletableFuture.supplyAsync(() -> readLocales(files), DaemonThreads.named("locale-loader"));
        LoadReport report = new LoadReport();
        OccupationsFileReader.Result facts = readJson(files, OccupationsFileReader.FILE, report)
                .map(root -> new OccupationsFileReader(report).read(root))
                .orElseGet(() -> new OccupationsFileReader.Result("none", List.of(), List.of(), Optional.empty()));
        OccupationCatalog catalog = new OccupationCatalog(facts.dataVersion(), facts.occupations(), facts.sources(),
                facts.reference());

        Map<Language, Map<String, Object>> texts = new EnumMap<>(Language.class);
        localeFiles.join().forEach((language, read) -> {
            report.addAll(read.report());
            read.texts().ifPresent(t -> texts.put(language, t));
        });
        Localization localization = new Localization(texts);
        checkTexts(catalog, texts, localization, report);
        return new LoadResult(catalog, localization, report);
    }

    /** One locale file's texts, and what was wrong with it. */
    private record LocaleRead(Optional<Map<String, Object>> texts, LoadReport report) {
    }

    private static Map<Language, LocaleRead> readLocales(DataFiles files) {
        Map<Language, LocaleRead> reads = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            LoadReport report = new LoadReport();
            Optional<Map<String, Object>> texts = readJson(files, language.fileName(), report)
                    .map(root -> new LocaleFileReader(report, language.fileName()).read(root));
            reads.put(language, new LocaleRead(texts, report));
        }
        return reads;
    }

    /** Reads one occupations file on its own (for the dataset builder's seed), reporting into {@code report}. */
    public static OccupationCatalog readOccupationsFile(Path file, LoadReport report) {
        DataFiles single = relativePath -> relativePath.equals(OccupationsFileReader.FILE)
                ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        OccupationsFileReader.Result facts = readJson(single, OccupationsFileReader.FILE, report)
                .map(root -> new OccupationsFileReader(report).read(root))
                .orElseGet(() -> new OccupationsFileReader.Result("none", List.of(), List.of(), Optional.empty()));
        return new OccupationCatalog(facts.dataVersion(), facts.occupations(), facts.sources(), facts.reference());
    }

    private static Optional<JsonElement> readJson(DataFiles files, String file, LoadReport report) {
        try {
            Optional<byte[]> bytes = files.read(file);
            if (bytes.isEmpty()) {
                report.error(file, "", "file not found in " + files.describe() + (file.startsWith("i18n/")
                        ? "; English texts are shown instead" : "; no occupations loaded"));
                return Optional.empty();
            }
            return Optional.of(StrictJson.parse(DataFiles.decodeUtf8(bytes.get())));
        } catch (StrictJson.MalformedJson e) {
            report.error(file, e.location(), e.getMessage() + "; nothing loaded from this file");
        } catch (CharacterCodingException e) {
            report.error(file, "", "not valid UTF-8 text (save the file as UTF-8); nothing loaded from this file");
        } catch (IOException e) {
            report.error(file, "", "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Cross-checks the texts against the facts and against English. */
    private static void checkTexts(OccupationCatalog catalog, Map<Language, Map<String, Object>> texts,
                                   Localization localization, LoadReport report) {
        Map<String, Object> english = texts.getOrDefault(Language.FALLBACK, Map.of());
        String englishFile = Language.FALLBACK.fileName();
        for (Occupation o : catalog.occupations()) {
            // Every occupation needs a title; a summary is composed from the facts where none is written.
            if (!(english.get(TextKeys.title(o.code())) instanceof String)) {
                report.error(englishFile, "$." + TextKeys.title(o.code()), "occupation " + o.code()
                        + " has no English title (every occupation needs one)");
            }
            for (ProCon p : o.prosAndCons()) {
                String key = TextKeys.occupation(o.code(), (p.kind() == ProCon.Kind.PRO ? "pros." : "cons.") + p.id());
                if (!(english.get(key) instanceof String)) {
                    report.error(englishFile, "$." + key, "the " + p.kind().id() + " \"" + p.id() + "\" of occupation "
                            + o.code() + " has no English text");
                }
            }
        }
        for (Language language : Language.values()) {
            Map<String, Object> own = texts.get(language);
            if (own == null) {
                continue;
            }
            String file = language.fileName();
            Set<String> unknownCodes = new LinkedHashSet<>();
            for (String key : own.keySet()) {
                TextKeys.occupationCode(key).filter(code -> catalog.byCode(code).isEmpty()).ifPresent(unknownCodes::add);
            }
            unknownCodes.forEach(code -> report.warning(file, "$.occupation." + code,
                    "texts for occupation " + code + ", which is not in the data; not shown"));
            if (language == Language.FALLBACK) {
                continue;
            }
            for (Map.Entry<String, Object> e : own.entrySet()) {
                Object base = english.get(e.getKey());
                if (base == null) {
                    report.warning(file, "$." + e.getKey(), "key not in " + englishFile + "; not used");
                } else if (base.getClass() != e.getValue().getClass()
                        && !(base instanceof List && e.getValue() instanceof List)) {
                    report.error(file, "$." + e.getKey(), "English has " + (base instanceof List ? "a list" : "a text")
                            + " here; the English text is shown instead");
                } else if (base instanceof String b && !placeholders(b).equals(placeholders((String) e.getValue()))) {
                    report.warning(file, "$." + e.getKey(), "placeholders differ from English " + placeholders(b));
                }
            }
            Localization.Coverage coverage = localization.coverage(language);
            if (!coverage.missingKeys().isEmpty()) {
                report.warning(file, "", coverage.missingKeys().size() + " of " + coverage.total()
                        + " texts missing, shown in English: " + summarize(coverage.missingKeys()));
            }
        }
    }

    private static List<String> placeholders(String text) {
        if (text.indexOf('%') < 0) {
            return List.of(); // most texts: no need to run the pattern
        }
        Matcher m = PLACEHOLDER.matcher(text);
        return m.results().map(r -> r.group()).sorted().toList();
    }

    private static String summarize(List<String> keys) {
        int shown = Math.min(keys.size(), 5);
        String list = String.join(", ", keys.subList(0, shown));
        return keys.size() > shown ? list + " and " + (keys.size() - shown) + " more" : list;
    }
}
