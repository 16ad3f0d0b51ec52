package org.careerexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.export.CsvExport;
import org.careerexplorer.gui.explorer.SortOrder;
import org.careerexplorer.gui.export.CsvLabels;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OnTheJobTraining;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProsAndConsRules;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WorkExperience;
import org.careerexplorer.model.WorkValue;
import org.junit.jupiter.api.Test;

/**
 * Every text key the window uses is in {@code en.json}: the {@code %key}s of the FXML views, the
 * keys written out in the code, and the keys the code puts together from a group and a value (an
 * education level, a rule, a major group…), for every value there is. A key added to the code and
 * forgotten in English fails here, rather than showing as [key] to a user.
 */
class TextKeysInUseTest {

    private static final LoadResult BUNDLED = DataLoader.loadBundled();
    private static final Path VIEWS = Path.of("resources");
    private static final Path CODE = Path.of("src/main/java/org/careerexplorer/gui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.-]*)\"");
    /** A string literal shaped like a key: words joined by dots, perhaps ending in a dot (a group to add a value to). */
    private static final Pattern CODE_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+\\.?)\"");

    private static boolean inEnglish(String key) {
        return BUNDLED.localization().find(Language.ENGLISH, key).isPresent()
                || !BUNDLED.localization().list(Language.ENGLISH, key).isEmpty();
    }

    private static Set<String> keysIn(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * The groups the code adds a value to, and every value it may add. A group found in the code
     * but missing here fails {@link #everyKeyWrittenInTheCodeIsInEnglish()}: add it, with its values.
     */
    private static Map<String, List<String>> composedKeys() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("education.level", ids(EducationLevel.values()));
        groups.put("education.levelNote", ids(EducationLevel.values()));
        groups.put("training.onTheJob", ids(OnTheJobTraining.values()));
        groups.put("training.experience", ids(WorkExperience.values()));
        groups.put("growth", ids(GrowthCategory.values()));
        groups.put("wage.statistic", ids(WageStatistic.values()));
        groups.put("wage.period", ids(PayPeriod.values()));
        groups.put("wage.per", ids(PayPeriod.values()));
        groups.put("workValue", ids(WorkValue.values()));
        groups.put("rules", ids(ProsAndConsRules.Rule.values()));
        groups.put("browse.sort", ids(SortOrder.values()));
        groups.put("holland", "RIASEC".chars().mapToObj(c -> String.valueOf((char) c)).toList());
        groups.put("jobZone", IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList());
        groups.put("group", BUNDLED.catalog().occupations().stream().map(Occupation::majorGroup).distinct().toList());
        return groups;
    }

    private static List<String> ids(JsonId[] values) {
        return Arrays.stream(values).map(JsonId::id).toList();
    }

    @Test
    void everyKeyInTheViewsIsInEnglish() throws IOException {
        Set<String> keys = keysIn(VIEWS, ".fxml", FXML_KEY);
        assertTrue(keys.size() > 50, "the views use their keys: " + keys);
        assertEquals(List.of(), keys.stream().filter(k -> !inEnglish(k)).toList());
    }

    @Test
    void everyKeyWrittenInTheCodeIsInEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> unknownGroups = new ArrayList<>();
        for (String literal : keysIn(CODE, ".java", CODE_KEY)) {
            String key = literal.endsWith(".") ? literal.substring(0, literal.length() - 1) : literal;
            boolean isGroup = literal.endsWith(".") || !BUNDLED.localization().childKeys(Language.ENGLISH, key).isEmpty();
            if (isGroup) {
                if (!composedKeys().containsKey(key) && !checkedByRunningTheCode(key)) {
                    unknownGroups.add(key);
                }
            } else if (!inEnglish(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys in the code that en.json lacks");
        assertEquals(List.of(), unknownGroups, "groups the code composes keys in, unknown to this test: add them to composedKeys()");
    }

    /** Groups whose values only the code knows: the tests below run it instead. */
    private static boolean checkedByRunningTheCode(String group) {
        return group.equals("export.header") || group.equals("export.measure");
    }

    @Test
    void everyComposedKeyIsInEnglish() {
        List<String> missing = new ArrayList<>();
        composedKeys().forEach((group, values) -> values.stream().map(v -> group + "." + v)
                .filter(k -> !inEnglish(k)).forEach(missing::add));
        assertEquals(List.of(), missing);
    }

    @Test
    void everyWordOfACsvExportIsInEveryLanguage() {
        for (Language language : Language.values()) {
            CsvLabels labels = new CsvLabels(new FactPhrases(BUNDLED.localization(), BUNDLED.catalog().reference(), language));
            List<String> words = new ArrayList<>(labels.header());
            CsvExport.rows(BUNDLED.catalog().occupations(), labels).forEach(words::addAll);
            assertFalse(words.stream().anyMatch(w -> w.startsWith("[")), language + ": "
                    + words.stream().filter(w -> w.startsWith("[")).distinct().toList());
        }
    }

    @Test
    void theComposingMethodsUseTheKeysCheckedHere() {
        // The methods of FactPhrases that compose keys, against the groups above: a wrong group shows as [key].
        FactPhrases phrases = new FactPhrases(BUNDLED.localization(), BUNDLED.catalog().reference(), Language.ENGLISH);
        Function<String, Boolean> worded = text -> !text.startsWith("[");
        assertTrue(Arrays.stream(EducationLevel.values()).map(phrases::education).allMatch(worded::apply));
        assertTrue(Arrays.stream(OnTheJobTraining.values()).map(phrases::training).allMatch(worded::apply));
        assertTrue(Arrays.stream(WorkExperience.values()).map(phrases::experience).allMatch(worded::apply));
        assertTrue(Arrays.stream(GrowthCategory.values()).map(phrases::growth).allMatch(worded::apply));
        assertTrue(Arrays.stream(WageStatistic.values()).map(phrases::statistic).allMatch(worded::apply));
        assertTrue(Arrays.stream(PayPeriod.values()).map(phrases::period).allMatch(worded::apply));
        assertTrue(Arrays.stream(PayPeriod.values()).map(phrases::per).allMatch(worded::apply));
        assertTrue(Arrays.stream(WorkValue.values()).map(v -> phrases.label("workValue", v)).allMatch(worded::apply));
        assertTrue("RIASEC".chars().mapToObj(c -> phrases.interest((char) c)).allMatch(worded::apply));
        assertTrue(IntStream.rangeClosed(1, 5).mapToObj(phrases::jobZone).allMatch(worded::apply));
        assertTrue(composedKeys().get("group").stream().map(phrases::group).allMatch(worded::apply));
        assertTrue(Arrays.stream(SortOrder.values()).map(o -> TextKeys.of("browse.sort", o))
                .map(k -> BUNDLED.localization().text(Language.ENGLISH, k)).allMatch(worded::apply));
    }
}
