package org.hoiso.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers (cán bộ) behind role assignments, as other modules need them: who may change a unit (the
 * approvers of the units below it), who is assigned to a unit itself, and how a signer is named on paper
 * (her full name and her title, chức danh, which she sets herself). Reads only; every answer is about
 * accounts with a writing role (administrator or officer) that are enabled.
 */
@Service
@Transactional(readOnly = true)
public class Officers {

    /** The longest title kept. */
    static final int MAX_TITLE = 200;

    /**
     * An officer's account.
     *
     * @param email         her address for notices, or null
     * @param title         her title for signatures, or null
     * @param writableUnits the units whose subtrees she may change
     */
    public record Person(long userId, String username, String displayName, String title, String email,
            List<Long> writableUnits) {

        public Person {
            writableUnits = List.copyOf(writableUnits);
        }
    }

    private final OfficerRepository repo;
    private final Audit audit;

    Officers(OfficerRepository repo, Audit audit) {
        this.repo = repo;
        this.audit = audit;
    }

    /** Accounts that may change the unit: a writing role on it or on a unit above it. */
    public List<Person> whoMayChange(long unitId) {
        return repo.whoMayChange(unitId);
    }

    /** Accounts with a writing role on exactly this unit: the unit's own officers. */
    public List<Person> officersOf(long unitId) {
        return repo.officersOf(unitId);
    }

    /** The officers of each of these units (a writing role on exactly it); units without any are absent. */
    public Map<Long, List<Person>> officersOfUnits(Collection<Long> unitIds) {
        return repo.officersOfUnits(unitIds);
    }

    /** The accounts of these ids, enabled or not; unknown ids are left out. */
    public List<Person> byIds(Collection<Long> userIds) {
        return repo.byIds(userIds);
    }

    /** The accounts of these user names (case does not matter), by the user name given; unknown ones are left out. */
    public Map<String, Person> byUsernames(Collection<String> usernames) {
        Map<String, Person> byLower = new LinkedHashMap<>();
        repo.byUsernames(usernames.stream().filter(u -> u != null && !u.isBlank()).toList())
                .forEach(p -> byLower.put(p.username().toLowerCase(), p));
        Map<String, Person> result = new LinkedHashMap<>();
        for (String u : usernames) {
            if (u != null && byLower.containsKey(u.toLowerCase())) {
                result.put(u, byLower.get(u.toLowerCase()));
            }
        }
        return result;
    }

    /** Her own title, if she set one. */
    public Optional<String> title(Caller caller) {
        return repo.title(caller.userId());
    }

    /** She sets (or, with a blank, removes) the title printed under her name where she signs. */
    @Transactional
    public void changeOwnTitle(Caller caller, String title) {
        String t = VietnameseText.clean(title);
        if (t != null && t.isEmpty()) {
            t = null;
        }
        if (t != null && t.length() > MAX_TITLE) {
            throw DomainException.invalid(List.of(FieldProblem.of("title", "account.title.invalid", MAX_TITLE)));
        }
        repo.setTitle(caller.userId(), t);
        audit.record(Audit.Action.ACCOUNT, "account", caller.userId(), null, t == null ? "title removed" : "title changed");
    }
}
