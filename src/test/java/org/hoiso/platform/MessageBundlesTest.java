package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hoiso.account.ApiTokens;
import org.hoiso.card.CardToken;
import org.hoiso.intake.ImportField;
import org.hoiso.intake.ImportJob;
import org.hoiso.market.Category;
import org.hoiso.market.ListingStatus;
import org.hoiso.market.ListingStep;
import org.hoiso.market.OrderStatus;
import org.hoiso.market.OrderStep;
import org.hoiso.market.ReportReason;
import org.hoiso.market.ShopKind;
import org.hoiso.member.MemberStatus;
import org.hoiso.member.Position;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.ApiTokenAuthenticator;
import org.hoiso.platform.security.Caller;
import org.hoiso.reporting.Aggregation;
import org.hoiso.reporting.ComputedSource;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.ReportStatus;
import org.hoiso.reporting.ValueType;
import org.hoiso.reporting.Worklist;
import org.hoiso.safety.CaseKind;
import org.hoiso.safety.CaseStatus;
import org.hoiso.safety.Channel;
import org.hoiso.safety.CloseOutcome;
import org.hoiso.safety.Purpose;
import org.hoiso.safety.ReferralStatus;
import org.hoiso.safety.RiskLevel;
import org.hoiso.safety.ServiceKind;
import org.hoiso.safety.alerts.WarningStatus;
import org.hoiso.safety.identifiers.IdentifierKind;
import org.hoiso.skills.help.HelpType;
import org.hoiso.skills.help.HelperKind;
import org.hoiso.tables.LegacyFont;
import org.hoiso.tables.SourceEncoding;
import org.hoiso.testing.JavaSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The message bundles are complete: every Vietnamese bundle has its English twin with the same keys, and
 * every message code the code refuses with, looks up or names in a template has a Vietnamese text. A
 * missing key is not an error at run time (the page shows the bare code), so only this test finds it.
 * The sources are read as text, so a code passed through any helper is found by its shape.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** A message code: lower-case first segment, then dot-separated segments ({@code member.cccd.format}). */
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    /** A prefix a code is built from ({@code "status.report." + status}). */
    private static final Pattern PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.");

    /**
     * Calls whose string arguments are message codes: refusals ({@code DomainException}'s factories and
     * constructors, its subclasses {@code FileProblem} and {@code ExchangeFormatException}, field and
     * exchange problems), look-ups ({@code messages.get}, {@code messageSource.getMessage}) and the modules'
     * own helpers that hand a code on to one of those ({@code problem}, {@code fatal}, {@code problems.add}, …).
     */
    private static final Pattern MESSAGE_CALL = Pattern.compile(
            "(new )?(DomainException|FileProblem|ExchangeFormatException|ExchangeProblem|FieldProblem)(\\.\\w+)?"
                    + "|(DomainException\\.)?(notFound|forbidden|conflict|badRequest|invalid|tooManyRequests|unprocessable)"
                    + "|[\\w.]*[mM]essages?(Source)?\\.get(Message)?"
                    + "|super"
                    + "|problem|fatal|refuse|msg|act|signature|problems\\.add|jobs\\.ended|new (Problem|Bad)");

    /** Prefixes in the code that make something else than a message code, and why. */
    private static final Map<String, String> NOT_MESSAGE_PREFIXES = Map.of(
            "error.", "SecurityConfig's problem code (error.401), sent as the problem's code field and never looked up");

    /** Bundles where a key is (wrongly) defined twice; the later text silently wins. */
    private static final Map<String, Set<String>> KNOWN_DUPLICATE_KEYS = Map.of();

    // ---- the bundles themselves

    @Test
    void everyVietnameseBundleHasAnEnglishTwinWithExactlyTheSameKeys() throws IOException {
        Map<String, String> differences = new TreeMap<>();
        List<Path> vietnamese = vietnameseBundles();
        for (Path vi : vietnamese) {
            Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
            if (!Files.exists(en)) {
                differences.put(vi.getFileName().toString(), "no English twin " + en.getFileName());
                continue;
            }
            Set<String> viKeys = load(vi).stringPropertyNames();
            Set<String> enKeys = load(en).stringPropertyNames();
            Set<String> notInEnglish = new TreeSet<>(viKeys);
            notInEnglish.removeAll(enKeys);
            Set<String> notInVietnamese = new TreeSet<>(enKeys);
            notInVietnamese.removeAll(viKeys);
            if (!notInEnglish.isEmpty()) {
                differences.put(en.getFileName().toString(), "misses " + notInEnglish);
            }
            if (!notInVietnamese.isEmpty()) {
                differences.put(vi.getFileName().toString(), "misses " + notInVietnamese);
            }
        }
        assertThat(vietnamese).hasSizeGreaterThan(10);
        assertThat(differences).isEmpty();
    }

    @Test
    void everyEnglishBundleHasAVietnameseOriginal() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_en.properties"))
                    .filter(n -> !Files.exists(BUNDLES.resolve(n.replace("_en.properties", ".properties"))))
                    .toList();
            assertThat(orphans).isEmpty();
        }
    }

    @Test
    void noMessageIsBlank() throws IOException {
        List<String> blank = new ArrayList<>();
        for (Path bundle : allBundles()) {
            Properties p = load(bundle);
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).sorted()
                    .forEach(k -> blank.add(bundle.getFileName() + ": " + k));
        }
        assertThat(blank).isEmpty();
    }

    @Test
    void bundlesAreValidUtf8InNfcWithoutMisreadCharacters() throws IOException {
        // what UTF-8 Vietnamese looks like once read as Windows-1252 ("Há»™i" for "Hội"), or a lost character
        Pattern misread = Pattern.compile("á[º»]|Ã[\\u0080-\\u00BF¡-¿]|Ä[\\u0080-\\u00BF‘]|Æ[°¡]|\\uFFFD");
        List<String> wrong = new ArrayList<>();
        for (Path bundle : allBundles()) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(bundle))).toString();
            } catch (CharacterCodingException e) {
                wrong.add(bundle.getFileName() + ": not UTF-8");
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!Normalizer.isNormalized(lines[i], Normalizer.Form.NFC)) {
                    wrong.add(bundle.getFileName() + ":" + (i + 1) + " not NFC");
                }
                if (misread.matcher(lines[i]).find()) {
                    wrong.add(bundle.getFileName() + ":" + (i + 1) + " misread: " + lines[i]);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(load(BUNDLES.resolve("platform.properties")).getProperty("error.title.404")).isEqualTo("Không tìm thấy");
    }

    @Test
    void noKeyIsDefinedTwiceInOneBundle() throws IOException {
        Map<String, Set<String>> duplicates = new TreeMap<>();
        Pattern keyLine = Pattern.compile("^([^#!\\s][^=:\\s]*)\\s*[=:]");
        for (Path bundle : allBundles()) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                Matcher m = keyLine.matcher(line);
                if (!continued && m.find() && !seen.add(m.group(1))) {
                    twice.add(m.group(1));
                }
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
            }
            if (!twice.isEmpty()) {
                duplicates.put(bundle.getFileName().toString(), twice);
            }
        }
        assertThat(duplicates).isEqualTo(KNOWN_DUPLICATE_KEYS);
    }

    // ---- the codes the code uses

    @Test
    void everyCodeTheCodeRefusesWithOrLooksUpHasAVietnameseMessage() throws IOException {
        Set<String> keys = vietnameseKeys();
        Map<String, String> used = new TreeMap<>();
        for (JavaSource source : JavaSource.all(JAVA)) {
            for (JavaSource.Literal literal : source.literals()) {
                String call = source.enclosingCall(literal);
                if (CODE.matcher(literal.value()).matches() && !source.isConcatenated(literal)
                        && call != null && MESSAGE_CALL.matcher(call).matches()
                        && (!call.equals("super") || source.text().contains("extends DomainException"))) {
                    used.putIfAbsent(literal.value(), source.name() + " " + call + "(…)");
                }
            }
        }
        assertThat(used.keySet()).as("codes found; the scan must see the refusals")
                .hasSizeGreaterThan(300)
                .contains("member.cccd.format", "error.validation", "intake.file.truncated", "exchange.period.invalid");
        assertThat(missing(used, keys)).isEmpty();
    }

    @Test
    void everyLiteralShapedLikeAMessageCodeOfABundleIsAMessage() throws IOException {
        Set<String> keys = vietnameseKeys();
        Set<String> namespaces = keys.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> computed = computedIndicatorSources();
        Map<String, String> used = new TreeMap<>();
        for (JavaSource source : JavaSource.all(JAVA)) {
            for (JavaSource.Literal literal : source.literals()) {
                String v = literal.value();
                if (CODE.matcher(v).matches() && namespaces.contains(v.substring(0, v.indexOf('.')))
                        && !source.isConcatenated(literal) && !computed.contains(v)) {
                    used.putIfAbsent(v, source.name());
                }
            }
        }
        assertThat(computed).as("the computed indicators' sources, which are names and not messages")
                .contains("members.active", "activity.attendanceRate");
        assertThat(missing(used, keys)).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesHasAVietnameseMessage() throws IOException {
        Set<String> keys = vietnameseKeys();
        Pattern expression = Pattern.compile("#\\{\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*[}(]");
        Pattern utility = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([^']+)'\\s*[,)]");
        Map<String, String> used = new TreeMap<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            for (Pattern p : List.of(expression, utility)) {
                Matcher m = p.matcher(html);
                while (m.find()) {
                    used.putIfAbsent(m.group(1), TEMPLATES.relativize(template).toString());
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(400).containsKeys("nav.logout", "error.backHome");
        assertThat(missing(used, keys)).isEmpty();
    }

    @Test
    void everyCodeBuiltFromAPrefixHasAVietnameseMessageForEachOfItsSuffixes() throws IOException {
        Set<String> keys = vietnameseKeys();
        Map<String, Collection<String>> suffixes = knownSuffixes();

        Map<String, String> prefixes = new TreeMap<>();
        for (JavaSource source : JavaSource.all(JAVA)) {
            for (JavaSource.Literal literal : source.literals()) {
                if (PREFIX.matcher(literal.value()).matches() && source.isConcatenated(literal)) {
                    prefixes.putIfAbsent(literal.value(), source.name());
                }
            }
        }
        Pattern inTemplate = Pattern.compile("(?:#\\{|#messages\\.msg\\w*\\()\\s*'([^']+)'\\s*\\+");
        for (Path template : templates()) {
            Matcher m = inTemplate.matcher(Files.readString(template));
            while (m.find()) {
                prefixes.putIfAbsent(m.group(1), TEMPLATES.relativize(template).toString());
            }
        }
        prefixes.keySet().removeAll(NOT_MESSAGE_PREFIXES.keySet());

        assertThat(prefixes).containsKeys("error.title.", "audit.action.", "status.report.");
        Map<String, String> unlisted = new TreeMap<>(prefixes);
        unlisted.keySet().removeAll(suffixes.keySet());
        assertThat(unlisted).as("codes built from a prefix whose suffixes this test does not know yet: add them to knownSuffixes")
                .isEmpty();
        Map<String, String> built = new TreeMap<>();
        suffixes.forEach((prefix, values) -> values.forEach(s -> built.put(prefix + s, "suffix of " + prefix)));
        assertThat(missing(built, keys)).isEmpty();
    }

    @Test
    void everyTemplateKeyComputedWhollyByAnExpressionIsKnown() throws IOException {
        // #{${…}}: the key is a value the page is given; each such expression is listed here with what it can be
        Map<String, Collection<String>> known = Map.of(
                "result.status.messageCode()", names(CardToken.Status.class, s -> s.messageCode()));
        Set<String> keys = vietnameseKeys();
        Pattern wholly = Pattern.compile("#\\{\\s*\\$\\{([^}]+)}\\s*}");
        for (Path template : templates()) {
            Matcher m = wholly.matcher(Files.readString(template));
            while (m.find()) {
                assertThat(known).as(TEMPLATES.relativize(template) + " names a key by ${" + m.group(1) + "}")
                        .containsKey(m.group(1).strip());
                assertThat(keys).containsAll(known.get(m.group(1).strip()));
            }
        }
    }

    /**
     * The values a built code ends with, from the enum that provides them or, where none does, listed with
     * the reason.
     */
    private static Map<String, Collection<String>> knownSuffixes() throws IOException {
        Map<String, Collection<String>> s = new TreeMap<>();
        s.put("error.title.", errorStatuses());
        s.put("error.field.", beanValidationConstraints());
        // ApiTokenFilter refuses a token that is not VALID with its status in lower case
        s.put("error.token.", Arrays.stream(ApiTokenAuthenticator.Status.values())
                .filter(v -> v != ApiTokenAuthenticator.Status.VALID).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        s.put("audit.action.", names(Audit.Action.class));
        s.put("role.", names(Caller.Role.class));
        s.put("status.", names(MemberStatus.class));
        s.put("position.", names(Position.class));
        s.put("status.report.", names(ReportStatus.class));
        s.put("reports.state.", names(Worklist.State.class));
        s.put("report.source.", names(ComputedSource.class));
        s.put("valueType.", names(ValueType.class));
        s.put("aggregation.", names(Aggregation.class));
        s.put("periodicity.", names(Periodicity.class));
        s.put("tokens.status.", names(ApiTokens.Status.class));
        s.put("intake.status.", names(ImportJob.Status.class));
        s.put("intake.field.", names(ImportField.class));
        s.put("intake.encoding.", names(SourceEncoding.class));
        // the page names the legacy font only when cells were converted from one, so never NONE
        s.put("intake.font.", names(LegacyFont.class).stream().filter(f -> !f.equals(LegacyFont.NONE.name())).toList());
        s.put("help.type.", names(HelpType.class));
        s.put("help.helpers.kind.", names(HelperKind.class));
        s.put("card.status.", names(CardToken.Status.class));
        s.put("card.verdict.", names(CardToken.Status.class));
        // levels are data: the rows of orgunit_level seeded in V2__orgunit.sql
        s.put("level.", List.of("CENTRAL", "PROVINCE", "COMMUNE", "AGENCY", "BRANCH", "GROUP"));
        // text columns with a CHECK constraint: org_unit_lineage.kind (V2), report_event.kind (V7), activity (V14)
        s.put("lineage.", List.of("CREATE", "MERGE", "SPLIT", "RENAME", "MOVE", "CLOSE"));
        s.put("report.event.", List.of("OPENED", "SAVED", "SUBMITTED", "APPROVED", "RETURNED", "REOPENED", "IMPORTED"));
        s.put("activity.kind.", List.of("MEETING", "TRAINING", "CAMPAIGN", "VOLUNTEERING"));
        s.put("activity.status.", List.of("PLANNED", "HELD", "CANCELLED"));
        s.put("activity.response.", List.of("YES", "MAYBE", "NO"));
        // the data download as a page (account's PersonalDataPage): each PersonalDataSource's section and the keys of
        // its values, as MemberPersonalData, MemberLoginPersonalData, AuditPersonalData, ActivityPersonalData,
        // LearningPersonalData, HelpPersonalData and CardPersonalData write them; a key without a message shows as is
        s.put("me.data.section.",
                List.of("memberRecord", "account", "accessLog", "activities", "learning", "digitalHelp", "cards"));
        s.put("me.data.field.",
                List.of("action", "address", "answer", "answeredAt", "answers", "at", "attended", "birthDate", "by", "cards",
                        "certificates", "date", "designatedBy", "digitalSkill", "endedBy", "ethnicityCode", "expiresAt",
                        "fromUnit", "fullName", "hasEwallet", "hasSmartphone", "helpGiven", "helpReceived", "helperDesignations",
                        "history", "invitations", "issuedAt", "issuedBy", "joinedOn", "kind", "lessonsCompleted", "loggedAt",
                        "loggedBy", "memberNumber", "method", "nationalId", "phone", "place", "position",
                        "readsAndChangesOfHerRecord", "reason", "recordedAt", "recordedBy", "revokeReason", "revokedAt",
                        "revokedBy", "sensitiveDataConsentOn", "signsInAs", "since", "startsAt", "status", "statusSince", "title",
                        "toUnit", "type", "unit", "until", "usedAt", "validFrom", "validUntil", "vneidLevel"));
        // ActivityController's two time fields, each with its own refusal
        s.put("activity.", List.of("startsAt", "endsAt"));
        // the halves of a year, as ReportFormats numbers them
        s.put("period.SIX_MONTHLY.", List.of("1", "2"));
        // the member form's levels: VNeID 0 to 2, digital skill 0 to 3 (MemberRules checks both ranges)
        s.put("vneid.", List.of("0", "1", "2"));
        s.put("skill.", List.of("0", "1", "2", "3"));
        // the two sides of member/transfers.html
        s.put("transfers.", List.of("incoming", "outgoing"));
        // the reasons SecurityConfig gives the login page after a failed OpenID Connect sign-in
        s.put("login.oidc.", List.of("notfound", "noid", "disabled", "failed"));
        // the safety module: its enums, and the text columns with a CHECK in its migrations (V90)
        s.put("safety.kind.", names(CaseKind.class));
        s.put("safety.category.", names(CaseKind.Category.class));
        s.put("safety.channel.", names(Channel.class));
        s.put("safety.purpose.", names(Purpose.class));
        s.put("safety.status.", names(CaseStatus.class));
        s.put("safety.follow.status.", names(CaseStatus.class));
        s.put("safety.risk.", names(RiskLevel.class));
        s.put("safety.outcome.", names(CloseOutcome.class));
        s.put("safety.service.", names(ServiceKind.class));
        s.put("safety.referral.status.", names(ReferralStatus.class));
        s.put("safety.referral.done.", names(ReferralStatus.class));
        s.put("safety.identifier.", names(IdentifierKind.class));
        s.put("safety.warning.status.", names(WarningStatus.class));
        s.put("safety.entry.", List.of("NOTE", "ADDITION", "REPLY"));
        s.put("safety.access.", List.of("READ", "API_READ", "EVIDENCE", "REPORTER"));
        s.put("safety.event.", List.of("RECEIVED", "TAKEN", "ASSESSED", "PLANNED", "NOTE", "REPLY", "REFERRED",
                "OVERRIDE_REQUESTED", "OVERRIDE_CONFIRMED", "REFERRAL_ACCEPTED", "REFERRAL_DECLINED", "REFERRAL_CANCELLED",
                "ESCALATED", "CLOSE_REQUESTED", "CLOSED", "CLOSE_APPROVED", "CLOSE_REFUSED", "REPORTER_ADDED",
                "DELETED_BY_REPORTER", "ANONYMISED"));
        // the digital market (module market)
        s.put("market.category.", names(Category.class));
        s.put("market.status.", names(ListingStatus.class));
        s.put("market.review.step.", names(ListingStep.class));
        s.put("market.shop.kind.", names(ShopKind.class));
        s.put("market.shop.role.", List.of("OWNER", "MANAGER"));
        s.put("market.order.status.", names(OrderStatus.class));
        s.put("market.order.step.", names(OrderStep.class));
        s.put("market.order.stepDone.", names(OrderStep.class));
        s.put("market.report.reason.", names(ReportReason.class));
        return s;
    }

    /** Every error status the code answers with: {@code HttpStatus} constants and numbers given to a page or problem. */
    private static Set<String> errorStatuses() throws IOException {
        Set<String> statuses = new TreeSet<>();
        Pattern constant = Pattern.compile("HttpStatus\\.([A-Z_]+)\\b");
        Pattern number = Pattern.compile(
                "\\b(?:page|problem|refuse|status|setStatus|sendError)\\((?:[\\w.]+, *){0,3}([45]\\d\\d)\\b");
        for (JavaSource source : JavaSource.all(JAVA)) {
            Matcher c = constant.matcher(source.code());
            while (c.find()) {
                HttpStatus status = HttpStatus.valueOf(c.group(1));
                if (status.isError()) {
                    statuses.add(String.valueOf(status.value()));
                }
            }
            Matcher n = number.matcher(source.code());
            while (n.find()) {
                statuses.add(n.group(1));
            }
        }
        assertThat(statuses).as("error statuses found").contains("401", "403", "404", "413", "429", "500");
        return statuses;
    }

    /** The Bean Validation constraints the code uses; their codes end "error.field.". */
    private static Set<String> beanValidationConstraints() throws IOException {
        Set<String> constraints = new TreeSet<>(Set.of("NotNull", "NotBlank"));
        Pattern imported = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");
        for (JavaSource source : JavaSource.all(JAVA)) {
            Matcher m = imported.matcher(source.text());
            while (m.find()) {
                constraints.add(m.group(1));
            }
        }
        return constraints;
    }

    /** The source names of computed indicators ({@code 'COMPUTED', 'members.active'}) in the migrations. */
    private static Set<String> computedIndicatorSources() throws IOException {
        Set<String> sources = new TreeSet<>();
        Pattern computed = Pattern.compile("'COMPUTED',\\s*'([a-zA-Z0-9_.]+)'");
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = computed.matcher(Files.readString(sql));
                while (m.find()) {
                    sources.add(m.group(1));
                }
            }
        }
        return sources;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return names(type, Enum::name);
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> name) {
        return Arrays.stream(type.getEnumConstants()).map(name).toList();
    }

    /** Where each code without a Vietnamese message is used. */
    private static Map<String, String> missing(Map<String, String> used, Set<String> keys) {
        Map<String, String> missing = new TreeMap<>(used);
        missing.keySet().removeAll(keys);
        return missing;
    }

    // ---- reading files

    private static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static List<Path> vietnameseBundles() throws IOException {
        return allBundles().stream().filter(p -> !p.getFileName().toString().contains("_")).toList();
    }

    private static Set<String> vietnameseKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path vi : vietnameseBundles()) {
            keys.addAll(load(vi).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(bundle, StandardCharsets.UTF_8)));
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
