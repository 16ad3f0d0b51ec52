package org.careerexplorer.gui.controls;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A bar chart of wage statistics that writes each bar's exact value above it, explains it in a
 * tooltip, and marks bars whose value was computed rather than published.
 * Each data item's extra value is a {@link Bar}.
 */
public class WageBarChart extends BarChart<String, Number> {

    public static final String STYLE_CLASS = "wage-bar-chart";

    /** What a bar shows beyond its height. */
    public record Bar(String valueText, String tooltip, boolean computed) {
    }

    private final Map<Data<String, Number>, Text> labels = new HashMap<>();

    public WageBarChart() {
        super(new CategoryAxis(), new NumberAxis());
        getStyleClass().add(STYLE_CLASS);
        setAnimated(false);
        setCategoryGap(24);
        setBarGap(4);
    }

    /** Bars wider than this look like blocks rather than bars when there are only one or two. */
    private static final double MAX_BAR_WIDTH = 90;

    @Override
    protected void layoutPlotChildren() {
        limitBarWidth();
        super.layoutPlotChildren();
        Set<Data<String, Number>> present = new HashSet<>();
        for (Series<String, Number> series : getData()) {
            for (Data<String, Number> item : series.getData()) {
                Node bar = item.getNode();
                if (bar == null || !(item.getExtraValue() instanceof Bar info)) {
                    continue;
                }
                present.add(item);
                Text label = labels.computeIfAbsent(item, d -> newLabel(bar, info));
                bar.pseudoClassStateChanged(COMPUTED, info.computed());
                Bounds bounds = bar.getBoundsInParent();
                double width = label.prefWidth(-1);
                label.setX(bounds.getMinX() + (bounds.getWidth() - width) / 2);
                double height = label.getLayoutBounds().getHeight();
                // Above the bar, unless the bar reaches the top of the plot: then inside it.
                boolean inside = bounds.getMinY() - 4 - height < 0;
                label.setY(inside ? bounds.getMinY() + height + 2 : bounds.getMinY() - 4);
                label.pseudoClassStateChanged(INSIDE, inside);
            }
        }
        labels.entrySet().removeIf(e -> {
            boolean stale = !present.contains(e.getKey());
            if (stale) {
                getPlotChildren().remove(e.getValue());
            }
            return stale;
        });
    }

    private void limitBarWidth() {
        int categories = ((CategoryAxis) getXAxis()).getCategories().size();
        int series = Math.max(1, getData().size());
        double axisLength = getXAxis().getWidth();
        if (categories == 0 || axisLength <= 0) {
            return;
        }
        double perCategory = axisLength / categories;
        double gap = Math.max(24, perCategory - series * MAX_BAR_WIDTH - (series - 1) * getBarGap());
        if (Math.abs(gap - getCategoryGap()) > 1) {
            setCategoryGap(gap);
        }
    }

    private Text newLabel(Node bar, Bar info) {
        Text label = new Text(info.valueText());
        label.getStyleClass().add("bar-value");
        Tooltip.install(bar, new Tooltip(info.tooltip()));
        getPlotChildren().add(label);
        return label;
    }

    /** Formats the value axis' tick labels, e.g. in the display language's number format. */
    public void setValueFormat(DoubleFunction<String> format) {
        ((NumberAxis) getYAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("read-only axis");
            }
        });
    }

    /** Replaces what the chart shows: one series per model, one bar per statistic. */
    public void show(List<WageBarModel> models) {
        getData().clear();
        for (WageBarModel model : models) {
            Series<String, Number> series = new Series<>();
            series.setName(model.name());
            for (WageBarModel.Bar bar : model.bars()) {
                Data<String, Number> item = new Data<>(onTwoLines(bar.category()), bar.value());
                item.setExtraValue(new Bar(bar.valueText(), bar.tooltip(), bar.computed()));
                series.getData().add(item);
            }
            getData().add(series);
        }
        setLegendVisible(models.size() > 1);
    }

    /**
     * "Lowest 10%" as "Lowest" over "10%": statistic names in Greek or Latvian are too wide for five
     * bars side by side, and the category axis would turn them all on their side instead.
     */
    static String onTwoLines(String category) {
        // At the first plain space: "Untere 10 %" keeps "10 %" together, and a no-break space never breaks.
        int space = category.indexOf(' ');
        return space > 0 ? category.substring(0, space) + "\n" + category.substring(space + 1) : category;
    }

    /** The value labels currently shown, for tests and accessibility checks. */
    public List<String> valueLabels() {
        return getData().stream().flatMap(s -> s.getData().stream())
                .map(d -> d.getExtraValue() instanceof Bar b ? b.valueText() : "").toList();
    }

    private static final PseudoClass INSIDE = PseudoClass.getPseudoClass("inside");
    private static final PseudoClass COMPUTED = PseudoClass.getPseudoClass("computed");
}
