package org.careerexplorer.gui.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.PayPeriod;

/**
 * Numbers, US-dollar amounts and dates formatted for one display language. Every format is made
 * once, here (making them is costly, and the browser formats hundreds of cards); like the JDK's
 * formats, an instance is for one thread at a time, the FX thread.
 */
public final class LocaleFormats {

    private static final Currency USD = Currency.getInstance("USD");

    private final NumberFormat annual;
    private final NumberFormat hourly;
    private final NumberFormat integer;
    private final NumberFormat percent;
    private final NumberFormat oneDecimal;
    private final NumberFormat axisFraction;
    private final NumberFormat axisWhole;
    private final DateTimeFormatter date;

    public LocaleFormats(Language language) {
        Locale locale = language.locale();
        annual = currency(locale, 0);
        hourly = currency(locale, 2);
        integer = NumberFormat.getIntegerInstance(locale);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        axisFraction = NumberFormat.getNumberInstance(locale);
        axisFraction.setMaximumFractionDigits(2);
        axisWhole = NumberFormat.getNumberInstance(locale);
        axisWhole.setMaximumFractionDigits(0);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    private static NumberFormat currency(Locale locale, int digits) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(USD);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    /** Annual pay in whole dollars ($33,750 or 33.750 $), hourly pay with cents ($16.23 or 16,23 $). */
    public String money(double amount, PayPeriod period) {
        return (period == PayPeriod.ANNUAL ? annual : hourly).format(amount);
    }

    /** A difference in pay with its sign: +$1,200 or −$3,400. */
    public String moneyDifference(double amount, PayPeriod period) {
        return sign(amount, "±") + money(Math.abs(amount), period);
    }

    /** A date in the language's long form, e.g. 20. August 2018. */
    public String date(LocalDate day) {
        return date.format(day);
    }

    public String integer(long value) {
        return integer.format(value);
    }

    /** A growth percentage with its sign, e.g. +5 % in German. */
    public String percentChange(double value) {
        return sign(value, "") + percent.format(Math.abs(value) / 100);
    }

    /** A number with one decimal, e.g. 3.2 or 3,2. */
    public String decimal(double value) {
        return oneDecimal.format(value);
    }

    /** Compact axis labels: 20,000 / 20.000, with cents below 100 (hourly pay). */
    public String axisNumber(double value) {
        return (value < 100 ? axisFraction : axisWhole).format(value);
    }

    /** A plus sign, the minus sign (U+2212, not a hyphen), or {@code zero} for 0. */
    private static String sign(double value, String zero) {
        return value > 0 ? "+" : value < 0 ? "\u2212" : zero;
    }
}
