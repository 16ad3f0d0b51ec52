package org.careerexplorer.gui.controls;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.careerexplorer.gui.controls.skins.OccupationCardSkin;

/** A compact summary of one occupation: title, code, pay, education and outlook. */
public class OccupationCard extends Control {

    public static final String STYLE_CLASS = "occupation-card";

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty titleFallback = new SimpleBooleanProperty(this, "titleFallback");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty pay = new SimpleStringProperty(this, "pay", "");
    private final StringProperty education = new SimpleStringProperty(this, "education", "");
    private final StringProperty outlook = new SimpleStringProperty(this, "outlook", "");
    private final BooleanProperty starred = new SimpleBooleanProperty(this, "starred");
    private final ObjectProperty<EventHandler<ActionEvent>> onStarAction =
            new SimpleObjectProperty<>(this, "onStarAction");

    public OccupationCard() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OccupationCardSkin(this);
    }

    /** The occupation's title in the display language. */
    public StringProperty titleProperty() {
        return title;
    }

    /** True when the title is English standing in for a missing translation. */
    public BooleanProperty titleFallbackProperty() {
        return titleFallback;
    }

    /** What the work is, in one sentence, under the title; empty for none. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The SOC code, e.g. 43-4051. */
    public StringProperty codeProperty() {
        return code;
    }

    /** Median annual pay with its year, formatted, e.g. "$33,750 (2018)". */
    public StringProperty payProperty() {
        return pay;
    }

    /** Typical entry-level education. */
    public StringProperty educationProperty() {
        return education;
    }

    /** Projected growth, e.g. "+5% 2016–2026, as fast as average". */
    public StringProperty outlookProperty() {
        return outlook;
    }

    /** True when the occupation is on the shortlist; the card shows a filled star. */
    public BooleanProperty starredProperty() {
        return starred;
    }

    /** Called when the user clicks the star; the handler decides what starring means. */
    public ObjectProperty<EventHandler<ActionEvent>> onStarActionProperty() {
        return onStarAction;
    }
}
