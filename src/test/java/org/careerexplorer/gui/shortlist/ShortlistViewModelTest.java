package org.careerexplorer.gui.shortlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.testing.Fixture;
import org.careerexplorer.testing.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortlist quotes the same pay as the card and the tile: the survey the wage chart opens on. */
class ShortlistViewModelTest {

    @TempDir
    Path settings;

    @Test
    void starredOccupationsShowTheHeadlinePay() {
        AppState state = Fixture.state(settings, Language.ENGLISH);
        ShortlistViewModel viewModel = new ShortlistViewModel(state, new RecordingDialogs());
        state.shortlist().setStarred("43-4051", true);
        // Paid by the hour only: $23.50 × 2,080 hours, marked as computed.
        state.shortlist().setStarred(Fixture.HOURLY_ONLY, true);
        assertEquals(List.of("$39,680 a year (May 2023)", "$48,880 * a year (May 2023)"),
                viewModel.items().stream().map(ShortlistItem::payText).toList());
    }
}
