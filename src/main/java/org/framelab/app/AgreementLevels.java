package org.framelab.app;

import org.framelab.stats.AgreementOptions;
import org.framelab.stats.MeasurementLevel;
import org.framelab.util.OptionException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The level of measurement (and, for ordinal word categories, the order) of each coded variable whose agreement
 * is measured, where they differ from the one level of {@link AgreementOptions}: Lena's {@code frame} nominal and
 * {@code tone} ordinal in one run. The command's {@code --level tone=ordinal}, a study file's
 * {@code analysis.agreement_level: {tone: ordinal}} and {@code analysis.agreement_order} map onto it.
 *
 * @param levels field -&gt; level; a field not listed has the options' level
 * @param orders field -&gt; its categories from lowest to highest (ordinal fields only); a field not listed has the
 *               options' order
 */
public record AgreementLevels(Map<String, MeasurementLevel> levels, Map<String, List<String>> orders) {
    /** The setting keys the errors name (a study file's; the command names its flags). */
    public static final String LEVEL_KEY = "agreement_level";
    public static final String ORDER_KEY = "agreement_order";

    public AgreementLevels {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        Map<String, List<String>> o = new LinkedHashMap<>();
        if (orders != null) orders.forEach((f, l) -> o.put(f, List.copyOf(l)));
        orders = java.util.Collections.unmodifiableMap(o);
    }

    /** Every field at the options' level. */
    public static AgreementLevels none() {
        return new AgreementLevels(Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return levels.isEmpty() && orders.isEmpty();
    }

    /**
     * Levels named per field ({@code tone -> ordinal}); a name that is no level is an {@link OptionException} whose
     * key is {@code agreement_level.FIELD}.
     */
    public static Map<String, MeasurementLevel> parseLevels(Map<String, String> byField) {
        Map<String, MeasurementLevel> out = new LinkedHashMap<>();
        byField.forEach((f, l) -> {
            try {
                out.put(f, MeasurementLevel.parse(l));
            } catch (OptionException e) {
                throw new OptionException(LEVEL_KEY + "." + f, l, "choose nominal, ordinal or interval");
            }
        });
        return out;
    }

    /**
     * The options of one field: its level and order where given, else those of {@code base}. An order for a field
     * that is not ordinal is refused, as {@code --order} without {@code --level ordinal} is.
     */
    public AgreementOptions options(String field, AgreementOptions base) {
        MeasurementLevel level = levels.getOrDefault(field, base.level());
        List<String> order = orders.getOrDefault(field, level == MeasurementLevel.ORDINAL ? base.order() : List.of());
        if (orders.containsKey(field) && level != MeasurementLevel.ORDINAL) {
            throw new OptionException(ORDER_KEY + "." + field, String.join(", ", order),
                    "an order is only used for an ordinal field, and '" + field + "' is " + level.label());
        }
        return new AgreementOptions(level, base.missingValues(), base.recode(), order, base.bootstrapSamples(), base.seed(), base.offersRecode());
    }

    /** The fields this names that are not among {@code measured} (a typo, or a field without judgements), in order. */
    public List<String> unmeasured(List<String> measured) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>(levels.keySet());
        named.addAll(orders.keySet());
        named.removeAll(measured);
        return List.copyOf(named);
    }
}
