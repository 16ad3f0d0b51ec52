package org.careerexplorer.data;

import org.careerexplorer.data.OccupationsFile.FigureLink;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.WageStatistic;

/** The one place that turns a pro or con's link to a figure into the model's {@link FigureRef}, and back. */
final class FigureLinks {

    private FigureLinks() {
    }

    /** The model's figure for a link the schema has checked (so it has the fields its kind needs). */
    static FigureRef toModel(FigureLink link) {
        return switch (link.figure()) {
            case FigureLink.WAGE -> new FigureRef.Wage(link.year(), JsonId.lookup(PayPeriod.class, link.period()).orElseThrow(),
                    JsonId.lookup(WageStatistic.class, link.statistic()).orElseThrow());
            case FigureLink.EMPLOYMENT -> new FigureRef.EmploymentCount(link.year());
            case FigureLink.PROJECTION -> new FigureRef.Outlook(link.startYear(), link.endYear());
            case FigureLink.OPENINGS -> new FigureRef.Openings(link.startYear(), link.endYear());
            case FigureLink.EDUCATION -> new FigureRef.Education();
            case FigureLink.TRAINING -> new FigureRef.TrainingNeeded();
            default -> throw new IllegalArgumentException("the schema lets an unknown kind of figure through: " + link.figure());
        };
    }

    static FigureLink toRecord(FigureRef figure) {
        if (figure instanceof FigureRef.Wage wage) {
            return new FigureLink(FigureLink.WAGE, wage.year(), wage.period().id(), wage.statistic().id(), null, null);
        } else if (figure instanceof FigureRef.EmploymentCount count) {
            return new FigureLink(FigureLink.EMPLOYMENT, count.year(), null, null, null, null);
        } else if (figure instanceof FigureRef.Outlook outlook) {
            return new FigureLink(FigureLink.PROJECTION, null, null, null, outlook.startYear(), outlook.endYear());
        } else if (figure instanceof FigureRef.Openings openings) {
            return new FigureLink(FigureLink.OPENINGS, null, null, null, openings.startYear(), openings.endYear());
        } else if (figure instanceof FigureRef.Education) {
            return new FigureLink(FigureLink.EDUCATION, null, null, null, null, null);
        } else if (figure instanceof FigureRef.TrainingNeeded) {
            return new FigureLink(FigureLink.TRAINING, null, null, null, null, null);
        }
        throw new IllegalArgumentException("no way to write this kind of figure: " + figure);
    }

    /** The link as the file has it, for messages: {"figure": "employment", "year": 2015}. */
    static String describe(FigureLink link) {
        return CompactPrinter.inline(JsonFormat.MAPPER.valueToTree(link));
    }
}
