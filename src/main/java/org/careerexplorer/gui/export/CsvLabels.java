package org.careerexplorer.gui.export;

import java.util.List;
import org.careerexplorer.export.CsvExport;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;

/** The words of a CSV export in the display language. */
public final class CsvLabels implements CsvExport.Labels {

    private final FactPhrases texts;

    public CsvLabels(FactPhrases texts) {
        this.texts = texts;
    }

    @Override
    public List<String> header() {
        return List.of("code", "title", "measure", "detail", "period", "value", "unit", "year", "month", "source", "note")
                .stream().map(k -> texts.text("export.header." + k)).toList();
    }

    @Override
    public String title(String code) {
        return texts.title(code).text();
    }

    @Override
    public String statistic(WageStatistic statistic) {
        return texts.statistic(statistic);
    }

    @Override
    public String period(PayPeriod period) {
        return texts.period(period);
    }

    @Override
    public String measure(String id) {
        return texts.text("export.measure." + id);
    }

    @Override
    public String note(WageValue value, PayPeriod period) {
        String note = value.computed() ? texts.text(period == PayPeriod.ANNUAL ? "wage.computed.annual" : "wage.computed.hourly") : "";
        if (value.topCoded()) {
            note = (note.isEmpty() ? "" : note + "; ") + texts.format("wage.atLeast", "");
        }
        return note.strip();
    }

    @Override
    public String label(String group, String id) {
        return texts.text(group + "." + id);
    }
}
