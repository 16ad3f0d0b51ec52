package org.careerexplorer.gui.text;

/** A pro or con as shown: its text and, where there is one, the figure it rests on. */
public record ProConItem(String text, String figure) {
}
