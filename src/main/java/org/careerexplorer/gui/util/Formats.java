package org.careerexplorer.gui.util;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.PayPeriod;

/**
 * Numbers and US-dollar amounts formatted for the display language. The formats are made once per
 * instance (making them is costly, and the browser formats hundreds of cards); like the JDK's
 * formats, an instance is for one thread at a time.
 */
public final class Formats {

    private static final Currency USD = Currency.getInstance("USD");

    private final Locale locale;
    private NumberFormat annual;
    private NumberFormat hourly;
    private NumberFormat integer;
    private NumberFormat percent;

    public Formats(Language language) {
        this.locale = language.locale();
    }

    /** Annual pay in whole dollars ($33,750 or 33.750 $), hourly pay with cents ($16.23 or 16,23 $). */
    public String money(double amount, PayPeriod period) {
        if (period == PayPeriod.ANNUAL) {
            annual = annual != null ? annual : currency(0);
            return annual.format(amount);
        }
        hourly = hourly != null ? hourly : currency(2);
        return hourly.format(amount);
    }

    private NumberFormat currency(int digits) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(USD);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** A difference in pay with its sign: +$1,200 or −$3,400. */
    public String moneyDifference(double amount, PayPeriod period) {
        String sign = amount > 0 ? "+" : amount < 0 ? "\u2212" : "±";
        return sign + money(Math.abs(amount), period);
    }

    /** A date in the language's long form, e.g. 20. August 2018. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(date);
    }

    public String integer(long value) {
        integer = integer != null ? integer : NumberFormat.getIntegerInstance(locale);
        return integer.format(value);
    }

    /** A growth percentage with its sign, e.g. +5 % in German. */
    public String percentChange(double percent) {
        if (this.percent == null) {
            this.percent = NumberFormat.getPercentInstance(locale);
            this.percent.setMaximumFractionDigits(1);
        }
        String text = this.percent.format(Math.abs(percent) / 100);
        return (percent > 0 ? "+" : percent < 0 ? "\u2212" : "") + text;
    }

    /** A number with one decimal, e.g. 3.2 or 3,2. */
    public String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Compact axis labels: 20,000 / 20.000. */
    public String axisNumber(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 100 ? 2 : 0);
        return format.format(value);
    }
}
