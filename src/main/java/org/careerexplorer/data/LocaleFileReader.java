package org.careerexplorer.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code i18n/<lang>.json} into flat texts: nested objects become dotted keys
 * ({@code browse.heading}), a value is a text or a list of texts. Anything else is reported and skipped.
 */
final class LocaleFileReader {

    private final LoadReport report;
    private final String file;

    LocaleFileReader(LoadReport report, String file) {
        this.report = report;
        this.file = file;
    }

    Map<String, Object> read(JsonElement root) {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (!root.isJsonObject()) {
            report.error(file, "$", "expected an object of texts but found " + StrictJson.describe(root)
                    + "; no texts loaded from this file");
            return texts;
        }
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            if (!e.getKey().equals("$schema")) {
                flatten(e.getKey(), e.getValue(), "$." + e.getKey(), texts);
            }
        }
        return texts;
    }

    private void flatten(String key, JsonElement value, String path, Map<String, Object> into) {
        if (value.isJsonObject()) {
            JsonObject object = value.getAsJsonObject();
            if (object.size() == 0) {
                report.warning(file, path, "empty group of texts");
            }
            for (Map.Entry<String, JsonElement> e : object.entrySet()) {
                if (e.getKey().isBlank() || e.getKey().contains(".")) {
                    report.error(file, path, "\"" + e.getKey() + "\" is not a usable key (empty or containing a dot); skipped");
                } else {
                    flatten(key + "." + e.getKey(), e.getValue(), path + "." + e.getKey(), into);
                }
            }
        } else if (value.isJsonArray()) {
            readList(key, value.getAsJsonArray(), path, into);
        } else if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String text = value.getAsString();
            if (text.isBlank()) {
                report.warning(file, path, "empty text; the English text is shown instead");
            } else {
                into.put(key, text);
            }
        } else {
            report.error(file, path, "expected a text but found " + StrictJson.describe(value) + "; skipped");
        }
    }

    private void readList(String key, JsonArray array, String path, Map<String, Object> into) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                report.error(file, path + "[" + i + "]", "expected a text but found " + StrictJson.describe(item)
                        + "; the whole list is skipped");
                return;
            }
            items.add(item.getAsString());
        }
        into.put(key, List.copyOf(items));
    }
}
