package org.careerexplorer.gui.occupation;

/** A soft skill and why it matters. */
public record SkillItem(String name, String text) {
}
