package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.assertj.core.groups.Tuple;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.reporting.exchange.ExchangeReport;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ExchangeIT {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    Fixtures fixtures;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ReportExchange exchange;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportedAdxValidatesAgainstTheOfficialSchemaAndImportsBackUnchanged(@TempDir Path dir)
            throws Exception {
        Caller admin = fixtures.admin();
        Form form = catalogue.form("PT_6THANG");
        Period s1 = new Period(Periodicity.SIX_MONTHLY, LocalDate.of(2026, 1, 1));
        OrgUnit province = fixtures.unit(Places.DA_NANG);
        List<OrgUnit> communes = units.unitsAtLevel(units.readable(admin, province.id()), "COMMUNE", s1.start(), s1.end())
                .stream().filter(OrgUnit::isOpen).limit(3).toList();
        int i = 0;
        for (OrgUnit c : communes) {
            Report r = reports.open(admin, form.id(), c.id(), s1);
            i++;
            reports.submit(admin, r.id(), r.version(), Map.ofEntries(Map.entry("POOR_HOUSEHOLDS_OUT", "" + (10 * i)),
                    Map.entry("BUSINESS_OWNERS_TRAINED", "5"), Map.entry("COOPS_NEW", "1"),
                    Map.entry("POLICY_LOANS_OUTSTANDING", "1.250,5"),
                    Map.entry("VIOLENCE_VICTIMS_DETECTED", "2"), Map.entry("VIOLENCE_VICTIMS_SUPPORTED", "2"),
                    Map.entry("DIGITAL_FAMILIES", "7"), Map.entry("DIGITAL_TEAM_MEMBERS", "4"),
                    Map.entry("ONLINE_SELLERS_HELPED", "3"),
                    Map.entry("DIGITAL_BRANCH_MODEL", "true"),
                    Map.entry("DIFFICULTIES", "Thiếu điện thoại thông minh ở thôn vùng cao")), VI);
            reports.approve(admin, r.id(), null);
        }

        List<ExchangeReport> exported = exchange.export(admin, province.id(), form.id(), s1, true);
        assertThat(exported).hasSize(3);
        ByteArrayOutputStream adx = new ByteArrayOutputStream();
        exchange.write(ReportExchange.Format.ADX, exported, adx);
        validator().validate(new StreamSource(new ByteArrayInputStream(adx.toByteArray())));
        String xml = adx.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("urn:ihe:qrph:adx:2015").contains("period=\"2026-01-01/P6M\"")
                .contains("orgUnit=\"" + communes.get(0).code() + "\"").contains("dataSet=\"PT_6THANG\"");

        // The same values imported into the next period arrive unchanged and submitted.
        Period s2 = s1.next();
        Path file = dir.resolve("values.xml");
        Files.writeString(file, xml.replace("2026-01-01/P6M", "2026-07-01/P6M"));
        ReportExchange.Imported done = exchange.importReports(admin, exchange.read("values.xml", file), true, VI);
        assertThat(done.reports()).isEqualTo(3);
        Report imported = reports.entry(admin, reports.open(admin, form.id(), communes.get(0).id(), s2).id()).report();
        assertThat(imported.status()).isEqualTo(ReportStatus.SUBMITTED);
        Map<ValueKey, Value> values = reports.entry(admin, imported.id()).values();
        assertThat(values.get(new ValueKey("POLICY_LOANS_OUTSTANDING", "")).num()).isEqualByComparingTo("1250.5");
        assertThat(values.get(new ValueKey("DIGITAL_BRANCH_MODEL", "")).num()).isEqualByComparingTo("1");
        assertThat(values.get(new ValueKey("DIFFICULTIES", "")).txt()).isEqualTo("Thiếu điện thoại thông minh ở thôn vùng cao");
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndNamesTheRow(@TempDir Path dir) throws Exception {
        Caller officer = fixtures.officer(Places.HAI_VAN).caller();
        OrgUnit commune = fixtures.unit(Places.HAI_VAN);
        Path csv = dir.resolve("values.csv");
        Files.writeString(csv, """
                form,unit_code,period,indicator,category,value
                HV_THANG,%1$s,2026-09,DIGITAL_ACTIVITIES,,3
                HV_THANG,%1$s,2026-09,DIGITAL_TRAINED,,0
                HV_THANG,%1$s,2026-09,KHONG_CO,,1
                HV_THANG,%2$s,2026-09,DIGITAL_ACTIVITIES,,2
                """.formatted(Places.HAI_VAN, Places.THU_DAU_MOT));
        long before = jdbc.sql("SELECT count(*) FROM rpt_report WHERE unit_id = :u").param("u", commune.id()).query(Long.class)
                .single();
        assertThatThrownBy(() -> exchange.importReports(officer, exchange.read("values.csv", csv), false, VI))
                .isInstanceOf(DomainException.class)
                .satisfies(
                        e -> assertThat(((DomainException) e).fieldProblems()).extracting(FieldProblem::field, FieldProblem::code)
                                .contains(Tuple.tuple("row 4", "import.notOnForm"),
                                        Tuple.tuple("row 5", "import.notWritable")));
        assertThat(jdbc.sql("SELECT count(*) FROM rpt_report WHERE unit_id = :u").param("u", commune.id()).query(Long.class)
                .single())
                .isEqualTo(before);
    }

    static Validator validator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        URL xsd = ExchangeIT.class.getResource("/reporting/adx/adx_loose.xsd");
        return factory.newSchema(xsd).newValidator();
    }
}
