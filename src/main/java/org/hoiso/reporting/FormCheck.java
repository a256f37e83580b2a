package org.hoiso.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.web.FieldProblem;

/**
 * The form's rules over a whole set of values: every field's type, required fields (on submission),
 * and the rules between fields. Plain Java, so the same check serves typing, saving, submitting and
 * importing files.
 */
final class FormCheck {

    private FormCheck() {
    }

    /** Values parsed from typed text; computed indicators are not read from the input. */
    static Parsed parse(Form form, Map<String, Dimension> dimensions, Map<String, String> input) {
        Map<ValueKey, Value> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Form.Item item : form.items()) {
            Indicator ind = item.indicator();
            if (ind.computed()) {
                continue;
            }
            for (ValueKey key : keys(ind, dimensions)) {
                if (!input.containsKey(key.field())) {
                    continue;
                }
                ValueParser.Result r = ValueParser.parse(key.field(), ind.valueType(), input.get(key.field()));
                if (r.problem() != null) {
                    problems.add(r.problem());
                } else {
                    values.put(key, r.value());
                }
            }
        }
        return new Parsed(values, problems);
    }

    /** Problems of a complete set of values: required fields (when submitting) and rules between fields. */
    static List<FieldProblem> check(Form form, Map<String, Dimension> dimensions, Map<ValueKey, Value> values,
            boolean submitting, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        if (submitting) {
            for (Form.Item item : form.items()) {
                if (!item.required()) {
                    continue;
                }
                for (ValueKey key : keys(item.indicator(), dimensions)) {
                    Value v = values.get(key);
                    if (v == null || (v.num() == null && (v.txt() == null || v.txt().isBlank()))) {
                        problems.add(FieldProblem.of(key.field(), item.indicator().computed()
                                ? "report.value.computedMissing"
                                : "report.value.required"));
                    }
                }
            }
        }
        for (Form.Rule rule : form.rules()) {
            BigDecimal left = total(values, rule.leftCode());
            BigDecimal right = rule.rightCode() != null ? total(values, rule.rightCode()) : rule.rightValue();
            if (left != null && right != null && !rule.holds(left, right)) {
                problems.add(FieldProblem.of(rule.leftCode(), "report.rule", rule.message(locale)));
            }
        }
        return problems;
    }

    /** The fields of an indicator: one, or one per category of its dimension. */
    static List<ValueKey> keys(Indicator ind, Map<String, Dimension> dimensions) {
        if (!ind.disaggregated()) {
            return List.of(new ValueKey(ind.code(), ""));
        }
        Dimension d = dimensions.get(ind.dimensionCode());
        if (d == null) {
            throw new IllegalStateException("indicator " + ind.code() + " names unknown dimension " + ind.dimensionCode());
        }
        return d.categories().stream().map(c -> new ValueKey(ind.code(), c.code())).toList();
    }

    /** Every field of the form, in order. */
    static List<ValueKey> keysOf(Form form, Map<String, Dimension> dimensions) {
        List<ValueKey> keys = new ArrayList<>();
        form.items().forEach(i -> keys.addAll(keys(i.indicator(), dimensions)));
        return keys;
    }

    /** An indicator's value, summed over its categories; null when none is there. */
    private static BigDecimal total(Map<ValueKey, Value> values, String code) {
        BigDecimal sum = null;
        for (Map.Entry<ValueKey, Value> e : values.entrySet()) {
            if (e.getKey().indicatorCode().equals(code) && e.getValue().num() != null) {
                sum = sum == null ? e.getValue().num() : sum.add(e.getValue().num());
            }
        }
        return sum;
    }

    record Parsed(Map<ValueKey, Value> values, List<FieldProblem> problems) {
    }
}
