package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.hoiso.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class FormCheckTest {

    private static final Indicator TOTAL = new Indicator(1, "TOTAL", "Tổng", "Total", null, null, ValueType.INTEGER,
            Aggregation.SUM,
            null, "members.active", null, null);
    private static final Indicator TRAINED = new Indicator(2, "TRAINED", "Học", "Trained", null, null, ValueType.INTEGER,
            Aggregation.SUM, null, null, null, null);
    private static final Indicator BY_AGE = new Indicator(3, "BY_AGE", "Tuổi", "Age", null, null, ValueType.INTEGER,
            Aggregation.SUM,
            "AGE", null, null, null);
    private static final Indicator NOTE = new Indicator(4, "NOTE", "Ghi chú", "Note", null, null, ValueType.TEXT,
            Aggregation.NONE,
            null, null, null, null);
    private static final Map<String, Dimension> DIMS = Map.of("AGE", new Dimension("AGE", "Tuổi", "Age",
            List.of(new Dimension.Category("Y", "Trẻ", "Young"), new Dimension.Category("O", "Lớn", "Older"))));
    private static final Form FORM = new Form(1, "F", "Biểu", "Form", Periodicity.MONTHLY, "COMMUNE", 15,
            LocalDate.of(2026, 1, 1), true,
            List.of(new Form.Item(TOTAL, 1, null, null, true), new Form.Item(TRAINED, 2, null, null, true),
                    new Form.Item(BY_AGE, 3, null, null, true), new Form.Item(NOTE, 4, null, null, false)),
            List.of(new Form.Rule(1, "TRAINED", "<=", "TOTAL", null, "Không quá tổng", "At most the total"),
                    new Form.Rule(2, "BY_AGE", "=", "TOTAL", null, "Các nhóm tuổi cộng lại bằng tổng",
                            "Age bands add up to the total")));

    @Test
    void aComputedIndicatorIsNeverReadFromWhatWasTyped() {
        FormCheck.Parsed p = FormCheck.parse(FORM, DIMS, Map.of("TOTAL", "999", "TRAINED", "3"));
        assertThat(p.values()).containsOnlyKeys(new ValueKey("TRAINED", ""));
    }

    @Test
    void aDisaggregatedIndicatorHasOneFieldPerCategory() {
        FormCheck.Parsed p = FormCheck.parse(FORM, DIMS, Map.of("BY_AGE.Y", "2", "BY_AGE.O", "x"));
        assertThat(p.values()).containsKey(new ValueKey("BY_AGE", "Y"));
        assertThat(p.problems()).extracting(FieldProblem::field).containsExactly("BY_AGE.O");
    }

    @Test
    void rulesCompareTotalsOfCategoriesAndRequiredFieldsCountOnlyWhenSubmitting() {
        Map<ValueKey, Value> values = Map.of(new ValueKey("TOTAL", ""), Value.of(BigDecimal.TEN),
                new ValueKey("TRAINED", ""), Value.of(BigDecimal.valueOf(11)),
                new ValueKey("BY_AGE", "Y"), Value.of(BigDecimal.valueOf(4)), new ValueKey("BY_AGE", "O"),
                Value.of(BigDecimal.valueOf(6)));
        assertThat(FormCheck.check(FORM, DIMS, values, false, Locale.forLanguageTag("vi")))
                .extracting(FieldProblem::field, p -> p.args().get(0))
                .containsExactly(Tuple.tuple("TRAINED", "Không quá tổng"));
        Map<ValueKey, Value> partial = Map.of(new ValueKey("TRAINED", ""), Value.of(BigDecimal.ONE));
        assertThat(FormCheck.check(FORM, DIMS, partial, false, Locale.ENGLISH)).isEmpty();
        assertThat(FormCheck.check(FORM, DIMS, partial, true, Locale.ENGLISH)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(Tuple.tuple("TOTAL", "report.value.computedMissing"),
                        Tuple.tuple("BY_AGE.Y", "report.value.required"),
                        Tuple.tuple("BY_AGE.O", "report.value.required"));
    }
}
