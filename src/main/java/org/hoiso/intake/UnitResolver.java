package org.hoiso.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OldCommunes;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.text.VietnameseText;

/**
 * Finds the unit of each row inside the import's target subtree, from a unit code, a commune (today's
 * code or name, or an old pre-2025 code or name mapped through the reorganisation) and a branch name.
 * Built once per import from the subtree's open units; answers are cached per distinct cell values,
 * so a million rows cost a few thousand look-ups.
 */
final class UnitResolver {

    /** Where a row goes: an existing unit, or a branch the commit creates (key), or a problem. */
    record Resolution(Long unitId, String newUnitKey, String newBranchName, String problem, Object[] args) {

        boolean ok() {
            return problem == null;
        }
    }

    private final OrgUnit target;
    private final OldCommunes oldCommunes;
    private final boolean createBranches;
    private final Map<String, OrgUnit> byCode = new HashMap<>();
    private final Map<String, OrgUnit> communeByAdminCode = new HashMap<>();
    private final Map<String, List<OrgUnit>> communesByName = new HashMap<>();
    private final Map<Long, Map<String, List<OrgUnit>>> branchesByParentName = new HashMap<>();
    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<String, Resolution> cache = new HashMap<>();
    private final Map<String, String> newBranches = new LinkedHashMap<>();
    private final Set<String> oldNameNotes = new LinkedHashSet<>();

    UnitResolver(OrgUnit target, List<OrgUnit> openUnits, OldCommunes oldCommunes, boolean createBranches) {
        this.target = target;
        this.oldCommunes = oldCommunes;
        this.createBranches = createBranches;
        for (OrgUnit u : openUnits) {
            byId.put(u.id(), u);
            byCode.put(u.code().toLowerCase(Locale.ROOT), u);
            if (u.levelCode().equals("COMMUNE")) {
                if (u.adminCode() != null) {
                    communeByAdminCode.put(u.adminCode(), u);
                }
                communesByName.computeIfAbsent(OldCommunes.fold(u.name()), k -> new ArrayList<>()).add(u);
            } else if (u.parentId() != null && (u.levelCode().equals("BRANCH") || u.levelCode().equals("GROUP"))) {
                var names = branchesByParentName.computeIfAbsent(u.parentId(), k -> new HashMap<>());
                names.computeIfAbsent(branchKey(u.name()), k -> new ArrayList<>()).add(u);
            }
        }
    }

    /** Branches the commit will create: key → name. */
    Map<String, String> newBranches() {
        return newBranches;
    }

    /** "Old commune → today's commune" notes for the preview (distinct, in the order met). */
    Set<String> oldNameNotes() {
        return oldNameNotes;
    }

    Resolution resolve(String unitCode, String commune, String branch) {
        String key = (unitCode == null ? "" : unitCode) + '\u0001' + (commune == null ? "" : commune) + '\u0001'
                + (branch == null ? "" : branch);
        Resolution r = cache.get(key);
        if (r == null) {
            r = compute(VietnameseText.cleanOrNull(unitCode), VietnameseText.cleanOrNull(commune),
                    VietnameseText.cleanOrNull(branch));
            if (cache.size() < 200_000) {
                cache.put(key, r);
            }
        }
        return r;
    }

    private Resolution compute(String unitCode, String commune, String branch) {
        if (unitCode != null) {
            OrgUnit u = byCode.get(unitCode.toLowerCase(Locale.ROOT));
            if (u == null) {
                return problem("intake.unit.codeUnknown", unitCode, target.name());
            }
            return member(u);
        }
        OrgUnit context = target;
        if (commune != null) {
            Object found = commune(commune, branch);
            if (found instanceof Resolution problem) {
                return problem;
            }
            context = (OrgUnit) found;
        }
        if (branch == null) {
            return member(context);
        }
        String bk = branchKey(branch);
        List<OrgUnit> matches = findBranch(context, bk);
        if (matches.size() == 1) {
            return member(matches.get(0));
        }
        if (matches.size() > 1) {
            return problem("intake.unit.branchAmbiguous", branch, context.name());
        }
        if (createBranches && context.levelCode().equals("COMMUNE")) {
            String newKey = context.id() + ":" + bk;
            newBranches.putIfAbsent(newKey, branchName(branch));
            return new Resolution(null, newKey, newBranches.get(newKey), null, null);
        }
        return problem(createBranches ? "intake.unit.branchNotUnderCommune" : "intake.unit.branchUnknown", branch,
                context.name());
    }

    /** Branches (or groups) named so anywhere under the context unit. */
    private List<OrgUnit> findBranch(OrgUnit context, String key) {
        List<OrgUnit> out = new ArrayList<>();
        for (var e : branchesByParentName.entrySet()) {
            OrgUnit parent = byId.get(e.getKey());
            if (parent != null && (parent.id() == context.id() || parent.path().startsWith(context.path() + "."))) {
                out.addAll(e.getValue().getOrDefault(key, List.of()));
            }
        }
        return out;
    }

    /** Today's commune in the subtree (a unit), or a problem; the row's branch may tell a split old commune's successor. */
    private Object commune(String text, String branch) {
        if (text.matches("[0-9]{4,5}")) {
            String code = text.length() == 4 ? "0" + text : text;
            OrgUnit today = communeByAdminCode.get(code);
            if (today != null) {
                return today;
            }
            return viaOld(oldCommunes.byCode(code), text, branch);
        }
        List<OrgUnit> named = communesByName.getOrDefault(OldCommunes.fold(text), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            return problem("intake.unit.communeAmbiguous", text);
        }
        return viaOld(oldCommunes.byName(text), text, branch);
    }

    /**
     * Today's commune of an old one. The old communes meant are those of that code or name with a successor in
     * the subtree. One that went whole into one commune maps onto it; one that was split (or several of that
     * name) maps onto none by chance, even when the subtree holds only one successor: the row's branch, found
     * under exactly one successor in the subtree, tells which; otherwise the officer is asked, with every
     * successor named.
     */
    private Object viaOld(List<OldCommunes.OldCommune> olds, String text, String branch) {
        Map<String, List<OldCommunes.OldCommune>> meant = new LinkedHashMap<>();
        boolean elsewhere = false;
        for (OldCommunes.OldCommune o : olds) {
            if (communeByAdminCode.containsKey(o.newCode())) {
                meant.put(o.oldCode(), new ArrayList<>());
            } else {
                elsewhere = true;
            }
        }
        for (OldCommunes.OldCommune o : olds) {
            if (meant.containsKey(o.oldCode())) {
                meant.get(o.oldCode()).add(o);
            }
        }
        if (meant.isEmpty()) {
            // a commune of another district or province exists, but not in the officer's unit
            return elsewhere || !oldCommunes.todayNamed(text).isEmpty()
                    ? problem("intake.unit.outside", text, target.name())
                    : problem("intake.unit.communeUnknown", text, target.name());
        }
        Map<String, OldCommunes.OldCommune> successors = new LinkedHashMap<>();
        meant.values().forEach(list -> list.forEach(o -> successors.putIfAbsent(o.newCode(), o)));
        if (successors.size() == 1) {
            return mapped(successors.values().iterator().next());
        }
        if (branch != null) {
            String bk = branchKey(branch);
            List<OldCommunes.OldCommune> holding = successors.values().stream()
                    .filter(o -> communeByAdminCode.containsKey(o.newCode()))
                    .filter(o -> !findBranch(communeByAdminCode.get(o.newCode()), bk).isEmpty()).toList();
            if (holding.size() == 1) {
                return mapped(holding.get(0));
            }
        }
        List<String> names = successors.values().stream().map(OldCommunes.OldCommune::newName).distinct().toList();
        return problem("intake.unit.oldSplit", text, String.join(", ", names));
    }

    /** Today's commune of an old one, noted for the preview. */
    private OrgUnit mapped(OldCommunes.OldCommune o) {
        OrgUnit now = communeByAdminCode.get(o.newCode());
        if (oldNameNotes.size() < 200) {
            oldNameNotes.add(o.oldName() + " (" + o.oldCode() + ", " + o.oldProvinceName() + ") → " + now.name() + " ("
                    + now.adminCode() + ")");
        }
        return now;
    }

    private Resolution member(OrgUnit u) {
        if (!MemberRegistry.acceptsMembers(u)) {
            return problem("intake.unit.notForMembers", u.name());
        }
        return new Resolution(u.id(), null, null, null, null);
    }

    private static Resolution problem(String code, Object... args) {
        return new Resolution(null, null, null, code, args);
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * The name of a branch made from a cell: "Chi hội " and the rest as typed, or in sentence case when it
     * was typed all in one case ("TỔ 3" and "tổ 3" become "Chi hội Tổ 3").
     */
    static String branchName(String cell) {
        String c = VietnameseText.clean(cell);
        String rest = Headings.fold(c).startsWith("chi hoi ") ? c.substring(8).strip() : c;
        if (!rest.isEmpty() && (rest.equals(rest.toLowerCase(VI)) || rest.equals(rest.toUpperCase(VI)))) {
            rest = rest.substring(0, 1).toUpperCase(VI) + rest.substring(1).toLowerCase(VI);
        }
        String name = "Chi hội " + rest;
        return name.length() > 300 ? name.substring(0, 300) : name;
    }

    /** A branch name as compared: folded, without the "chi hội" prefix ("Chi hội 3" = "3" = "CHI HOI 3"). */
    static String branchKey(String name) {
        String f = Headings.fold(name);
        return f.startsWith("chi hoi ") ? f.substring(8) : f;
    }
}
