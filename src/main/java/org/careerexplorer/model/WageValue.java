package org.careerexplorer.model;

/**
 * One wage figure in US dollars.
 *
 * @param amount    dollars per hour or per year
 * @param computed  true if derived from the figure of the other pay period at 2,080 hours a year,
 *                  rather than published by the source
 * @param topCoded  true if the source only says the figure is at least {@code amount}
 */
public record WageValue(double amount, boolean computed, boolean topCoded) {

    public static WageValue published(double amount) {
        return new WageValue(amount, false, false);
    }

    /** The same figure in the other pay period, marked as computed. */
    public WageValue convertedTo(PayPeriod target) {
        double converted = target == PayPeriod.ANNUAL
                ? amount * PayPeriod.HOURS_PER_YEAR
                : amount / PayPeriod.HOURS_PER_YEAR;
        return new WageValue(converted, true, topCoded);
    }
}
