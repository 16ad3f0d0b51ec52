package org.careerexplorer.data;

import org.careerexplorer.i18n.Localization;
import org.careerexplorer.model.OccupationCatalog;

/** What the loader built from the files, and what it had to skip. */
public record LoadResult(OccupationCatalog catalog, Localization localization, LoadReport report) {
}
