package org.careerexplorer.gui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * A table as tall as its rows, for a page that scrolls as a whole: a table that scrolled inside it
 * would hide rows behind a second scroll bar. Rows are the fixed cell size tall where the style sheet
 * sets {@code -fx-fixed-cell-size}; where rows wrap their text and so differ, the style sheet's
 * {@code -ce-row-height} is the height allowed for each.
 */
public class FittedTableView<S> extends TableView<S> {

    private final StyleableDoubleProperty rowHeight = new StyleableDoubleProperty(0) {
        @Override
        public Object getBean() {
            return FittedTableView.this;
        }

        @Override
        public String getName() {
            return "rowHeight";
        }

        @Override
        public CssMetaData<FittedTableView<?>, Number> getCssMetaData() {
            return ROW_HEIGHT;
        }

        @Override
        protected void invalidated() {
            requestLayout();
        }
    };

    /** Rows added or removed change the height. */
    private final InvalidationListener rowsChanged = rows -> requestLayout();

    public FittedTableView() {
        getStyleClass().add("fitted-table-view");
        watch(getItems());
        // The listener goes with the list it watches: a view that sets its items to null lets go of the list.
        itemsProperty().subscribe((old, now) -> {
            if (old != null) {
                old.removeListener(rowsChanged);
            }
            watch(now);
        });
    }

    private void watch(ObservableList<S> rows) {
        if (rows != null) {
            rows.addListener(rowsChanged);
        }
        requestLayout();
    }

    /** The height of each row where the rows are not of a fixed size; 0 until the style sheet sets it. */
    public final StyleableDoubleProperty rowHeightProperty() {
        return rowHeight;
    }

    @Override
    protected double computePrefHeight(double width) {
        Node header = lookup(".column-header-background");
        if (!(header instanceof Region headerRow)) {
            return super.computePrefHeight(width); // no skin yet
        }
        double row = getFixedCellSize() > 0 ? getFixedCellSize() : rowHeight.get();
        int rows = Math.max(1, getItems() == null ? 0 : getItems().size()); // room for the placeholder
        Insets insets = getInsets();
        return insets.getTop() + headerRow.prefHeight(width) + rows * row + insets.getBottom();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    private static final CssMetaData<FittedTableView<?>, Number> ROW_HEIGHT =
            new CssMetaData<>("-ce-row-height", SizeConverter.getInstance(), 0) {
                @Override
                public boolean isSettable(FittedTableView<?> table) {
                    return !table.rowHeight.isBound();
                }

                @Override
                public StyleableProperty<Number> getStyleableProperty(FittedTableView<?> table) {
                    return table.rowHeight;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(TableView.getClassCssMetaData());
        all.add(ROW_HEIGHT);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
