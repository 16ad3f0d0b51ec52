package org.careerexplorer.gui.occupation;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Callback;

/** Table cells and headers whose text wraps instead of being cut off, for long German or Greek words. */
final class TableCells {

    private TableCells() {
    }

    /** Cells that show {@code String.valueOf(item)} and wrap it to the column's width. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> wrapping(Pos alignment) {
        return column -> {
            TableCell<S, T> cell = new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setGraphic(null);
                    Text text = (Text) getProperties().get(Text.class);
                    text.setText(empty || item == null ? "" : String.valueOf(item));
                    setGraphic(empty ? null : text);
                }
            };
            Text text = new Text();
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            if (alignment.getHpos() == HPos.RIGHT) {
                text.setTextAlignment(TextAlignment.RIGHT);
            }
            cell.getProperties().put(Text.class, text);
            cell.setAlignment(alignment);
            cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
            return cell;
        };
    }

    /** Replaces the header's one-line text by a label that wraps. */
    public static void wrapHeader(TableColumn<?, ?> column) {
        Label header = new Label(column.getText());
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        header.getStyleClass().add("wrapping-header");
        column.setText("");
        column.setGraphic(header);
        header.prefWidthProperty().bind(column.widthProperty().subtract(12));
    }
}
