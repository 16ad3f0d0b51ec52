package org.careerexplorer.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts of one locale file as a {@link ResourceBundle}, so that FXML {@code %key} lookups read
 * the same JSON files as the code. Lists come back as {@code String[]}. The English bundle is the
 * parent of the others: a missing key falls back to English.
 */
final class JsonResourceBundle extends ResourceBundle {

    private final Map<String, Object> entries;

    JsonResourceBundle(Map<String, Object> entries, ResourceBundle parent) {
        this.entries = entries;
        if (parent != null) {
            setParent(parent);
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        Object value = entries.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toArray(String[]::new);
        }
        return value;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new TreeSet<>(entries.keySet());
        if (parent != null) {
            keys.addAll(Collections.list(parent.getKeys()));
        }
        return Collections.enumeration(keys);
    }

    @Override
    protected Set<String> handleKeySet() {
        return entries.keySet();
    }
}
