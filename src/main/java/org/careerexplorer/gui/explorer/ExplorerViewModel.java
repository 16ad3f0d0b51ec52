package org.careerexplorer.gui.explorer;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.gui.text.LocaleFormats;
import org.careerexplorer.i18n.LocalizedText;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.Occupation;

/**
 * State of the occupation browser: search, education filter, sort order, and the occupations that
 * match, as cards in the display language.
 */
public final class ExplorerViewModel {

    private final AppState state;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<EducationLevel> educationLevel = new SimpleObjectProperty<>(this, "educationLevel");
    private final ObjectProperty<EducationFilter.Mode> educationMode =
            new SimpleObjectProperty<>(this, "educationMode", EducationFilter.Mode.UP_TO);
    private final ObjectProperty<String> majorGroup = new SimpleObjectProperty<>(this, "majorGroup");
    private final ObjectProperty<SortOrder> sortOrder = new SimpleObjectProperty<>(this, "sortOrder", SortOrder.TITLE);
    /** All cards, kept in the chosen order: filtering then keeps that order without sorting again. */
    private CardIndex cardIndex = new CardIndex(List.of());
    private final ObservableList<OccupationCardModel> matching = FXCollections.observableArrayList();
    private final ObservableList<OccupationCardModel> matchingView = FXCollections.unmodifiableObservableList(matching);
    private final ReadOnlyStringWrapper matchCount = new ReadOnlyStringWrapper(this, "matchCount");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");

    /** Lives as long as the state: what it subscribes to is never released. */
    public ExplorerViewModel(AppState state) {
        this.state = state;
        state.languageProperty().subscribe((old, now) -> rebuildCards());
        searchText.subscribe((old, now) -> refilter());
        educationLevel.subscribe((old, now) -> refilter());
        educationMode.subscribe((old, now) -> refilter());
        majorGroup.subscribe((old, now) -> refilter());
        sortOrder.subscribe((old, now) -> resort());
        rebuildCards();
    }

    /** What the user typed: matched against the title in the display language and in English, and the code. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The chosen education level; null for any. */
    public ObjectProperty<EducationLevel> educationLevelProperty() {
        return educationLevel;
    }

    /** Exactly the chosen level, or up to it. */
    public ObjectProperty<EducationFilter.Mode> educationModeProperty() {
        return educationMode;
    }

    /** The chosen SOC major group ("43"); null for all. */
    public ObjectProperty<String> majorGroupProperty() {
        return majorGroup;
    }

    /** The major groups that have occupations, in code order. */
    public ObservableList<String> majorGroups() {
        return FXCollections.observableArrayList(state.data().catalog().occupations().stream().map(Occupation::majorGroup)
                .distinct().sorted().toList());
    }

    public ObjectProperty<SortOrder> sortOrderProperty() {
        return sortOrder;
    }

    /** The matching occupations in the chosen order. */
    public ObservableList<OccupationCardModel> visibleOccupations() {
        return matchingView;
    }

    /** For example "12 of 812 occupations". */
    public ReadOnlyStringProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** True when filters leave nothing to show. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<EducationLevel> educationLevels() {
        return FXCollections.observableArrayList(Arrays.asList(EducationLevel.values()));
    }

    public String text(String key) {
        return state.text(key);
    }

    /** Texts and formats in the display language. */
    public FactPhrases texts() {
        return state.phrases();
    }

    /** How the sort order is called in the display language, e.g. "Median pay". */
    public String sortOrderName(SortOrder order) {
        return state.text(TextKeys.of("browse.sort", order));
    }

    public void clearFilters() {
        searchText.set("");
        educationLevel.set(null);
        majorGroup.set(null);
    }

    private void rebuildCards() {
        FactPhrases texts = state.phrases();
        Collator collator = Collator.getInstance(state.language().locale());
        cardIndex = new CardIndex(sorted(state.data().catalog().occupations().stream().map(o -> card(o, texts, collator)).toList()));
        refilter();
    }

    private OccupationCardModel card(Occupation o, FactPhrases texts, Collator collator) {
        LocalizedText title = texts.title(o.code());
        SearchText searchKey = SearchText.of(title.text() + "\n" + texts.englishTitle(o.code()) + "\n"
                + o.officialTitle().orElse("") + "\n" + o.code());
        var headline = o.headlinePay();
        String pay = texts.headlinePay(o);
        EducationLevel education = o.typicalEducation().map(e -> e.level()).orElse(null);
        String educationText = education == null ? texts.text("browse.card.noEducation") : texts.education(education);
        String outlook = o.latestProjection().map(texts::outlook).map(t -> texts.format("browse.card.outlook", t))
                .orElse(texts.text("browse.card.noOutlook"));
        OptionalDouble growth = o.latestProjection().map(p -> p.growthPercent()).orElse(OptionalDouble.empty());
        return new OccupationCardModel(o.code(), title.text(), title.isFallback(), texts.summaryLine(o.code()), searchKey, pay,
                headline.map(m -> OptionalDouble.of(m.value().amount())).orElse(OptionalDouble.empty()),
                education, educationText, outlook, growth, collator.getCollationKey(title.text()));
    }

    private void refilter() {
        SearchText query = SearchText.of(searchText.get() == null ? "" : searchText.get().strip());
        EducationLevel level = educationLevel.get();
        EducationFilter education = level == null ? null : new EducationFilter(level, educationMode.get());
        matching.setAll(cardIndex.matching(query, education, majorGroup.get()));
        updateCount();
    }

    private void resort() {
        cardIndex = new CardIndex(sorted(cardIndex.cards()));
        refilter();
    }

    private List<OccupationCardModel> sorted(List<OccupationCardModel> unsorted) {
        Comparator<OccupationCardModel> byTitle = Comparator.comparing(OccupationCardModel::titleKey);
        Comparator<OccupationCardModel> order = switch (sortOrder.get()) {
            case TITLE -> byTitle;
            case MEDIAN_PAY -> descendingKnownFirst(OccupationCardModel::medianAnnual).thenComparing(byTitle);
            case GROWTH -> descendingKnownFirst(OccupationCardModel::growth).thenComparing(byTitle);
            case EDUCATION -> Comparator.comparing(OccupationCardModel::education,
                    Comparator.nullsLast(Comparator.<EducationLevel>naturalOrder())).thenComparing(byTitle);
        };
        return unsorted.stream().sorted(order).toList();
    }

    private static Comparator<OccupationCardModel> descendingKnownFirst(
            Function<OccupationCardModel, OptionalDouble> value) {
        return Comparator.comparing((OccupationCardModel c) -> value.apply(c).isEmpty())
                .thenComparing(c -> -value.apply(c).orElse(0));
    }

    private void updateCount() {
        LocaleFormats formats = state.phrases().formats();
        matchCount.set(state.format("browse.matchCount", formats.integer(matching.size()),
                formats.integer(cardIndex.cards().size())));
        empty.set(matching.isEmpty());
    }
}
