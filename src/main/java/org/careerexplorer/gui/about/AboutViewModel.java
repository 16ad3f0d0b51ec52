package org.careerexplorer.gui.about;

import java.util.Comparator;
import java.util.List;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.model.Source;

/** What the About dialog says: the data's version, every source with its year, and the credits owed. */
public final class AboutViewModel {

    /** The O*NET licence requires this credit, in these words. */
    public static final String ONET_CREDIT = "This product includes information from the O*NET 27.0 Database by the "
            + "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.";

    private final LoadResult data;
    private final FactPhrases texts;

    /** In the state's display language at the time the dialog opens. */
    public AboutViewModel(AppState state) {
        this.data = state.data();
        this.texts = state.phrases();
    }

    public String dataVersion() {
        return texts.format("about.dataVersion", data.catalog().dataVersion(), texts.formats().integer(data.catalog().size()));
    }

    /** One line per source, newest first, with its licence. */
    public List<String> sources() {
        return data.catalog().sources().stream()
                .sorted(Comparator.comparingInt(Source::year).reversed().thenComparing(Source::name))
                .map(s -> texts.source(s) + " \u2013 " + texts.text(licenceKey(s)))
                .toList();
    }

    public String onetCredit() {
        return ONET_CREDIT;
    }

    private static String licenceKey(Source source) {
        if (source.publisher().contains("Employment and Training Administration") || source.name().contains("O*NET")) {
            return "about.licence.onet";
        } else if (source.publisher().contains("Bureau of Labor Statistics")) {
            return "about.licence.publicDomain";
        }
        return "about.licence.quoted";
    }
}
