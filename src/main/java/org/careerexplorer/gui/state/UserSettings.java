package org.careerexplorer.gui.state;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.careerexplorer.settings.Settings;
import org.careerexplorer.settings.SettingsStore;

/** The user's settings as last read or saved, saved again at every change; trouble with the file becomes a notice. */
final class UserSettings {

    private final SettingsStore store;
    private final Notices notices;
    private Settings current;
    private boolean savingFailedBefore;

    UserSettings(SettingsStore store, Notices notices) {
        this.store = store;
        this.notices = notices;
        SettingsStore.Loaded loaded = store.load();
        current = loaded.settings();
        loaded.notice().ifPresent(n -> notices.post(notice(n)));
    }

    Settings current() {
        return current;
    }

    /** Changes the settings and saves them at once. */
    void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        Optional<SettingsStore.Notice> trouble = store.save(current);
        // Tell the user once; later failures would only repeat it.
        trouble.filter(n -> !savingFailedBefore).ifPresent(n -> {
            savingFailedBefore = true;
            notices.post(notice(n));
        });
    }

    private static Notice notice(SettingsStore.Notice notice) {
        List<Object> arguments = switch (notice.kind()) {
            case UNREADABLE_MOVED -> List.of(notice.file(), notice.detail(), notice.backup().map(Object::toString).orElse(""));
            case UNREADABLE_KEPT, NOT_SAVED -> List.of(notice.file(), notice.detail());
        };
        String key = switch (notice.kind()) {
            case UNREADABLE_MOVED -> "settings.unreadableMoved";
            case UNREADABLE_KEPT -> "settings.unreadableKept";
            case NOT_SAVED -> "settings.notSaved";
        };
        return new Notice("settings.title", "settings.header", key, arguments);
    }
}
