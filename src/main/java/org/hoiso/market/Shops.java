package org.hoiso.market;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoiso.member.MemberRegistry;
import org.hoiso.member.MemberStatus;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sellers' shops (cửa hàng): a member opens one from her own pages (her commune comes from the registry), edits it,
 * and, for a group or a cooperative, gives other members a one-time code to become its managers. A seller reaches
 * only the shops she manages: every query here joins the managers on her member id.
 */
@Service
@Transactional(readOnly = true)
public class Shops {

    private static final char[] CODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final ShopRepository repo;
    private final Banks banks;
    private final MemberRegistry members;
    private final Audit audit;
    private final Clock clock;
    private final MarketProperties settings;
    private final SecureRandom random = new SecureRandom();

    Shops(ShopRepository repo, Banks banks, MemberRegistry members, Audit audit, Clock clock, MarketProperties settings) {
        this.repo = repo;
        this.banks = banks;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** A shop with what its managers see of it: areas, pickup points, managers by name, the officers' decisions. */
    public record Managed(Shop shop, String role, List<ShopRepository.Area> areas, List<ShopRepository.Pickup> pickups,
            List<ManagerName> managers, List<ShopRepository.Review> reviews, String bankName) {

        public boolean owner() {
            return "OWNER".equals(role);
        }
    }

    public record ManagerName(long memberId, String name, String role) {
    }

    /** What the shop form offers her: her place in the tree, the provinces, her province's communes, the country. */
    public record Choices(ShopRepository.Place place, ShopRepository.UnitChoice country,
            List<ShopRepository.UnitChoice> provinces, List<ShopRepository.UnitChoice> communes) {
    }

    public List<Shop> mine(Caller caller) {
        return repo.managedBy(member(caller));
    }

    public Choices choices(Caller caller) {
        ShopRepository.Place place = place(caller);
        return new Choices(place, repo.central().orElseThrow(), repo.provinces(), repo.communesOf(place.provinceId()));
    }

    /** Opens a shop in her commune, waiting for an officer's approval; answers its id. Nothing is written on a problem. */
    @Transactional
    public long open(Caller caller, ShopInput input) {
        long memberId = member(caller);
        ShopRepository.Place place = place(caller);
        ShopInput s = checked(input);
        long id = repo.insert(s, place, memberId);
        repo.replaceAreas(id, s.areaUnitIds());
        repo.replacePickups(id, s.pickups());
        audit.record(Audit.Action.CREATE, "market_shop", id, place.unitId(), s.name());
        return id;
    }

    /** Her edit of a shop she manages; a hidden shop, or a new bank account, goes back to the officers. */
    @Transactional
    public void update(Caller caller, long shopId, int version, ShopInput input) {
        Shop shop = managed(caller, shopId);
        ShopInput s = checked(input);
        boolean bankChanged = !s.bankBin().equals(shop.bankBin()) || !s.bankAccount().equals(shop.bankAccount())
                || s.service() != shop.service();
        ListingStep step = ListingStep.onEdit(shop.status(), bankChanged);
        ListingStatus status = step == null ? shop.status() : step.apply(shop.status(), null);
        if (!repo.update(shopId, version, s, status)) {
            throw DomainException.conflict("market.changedMeanwhile");
        }
        repo.replaceAreas(shopId, s.areaUnitIds());
        repo.replacePickups(shopId, s.pickups());
        if (step != null) {
            repo.review(shopId, null, step, bankChanged ? "bank" : null, caller.username());
        }
        audit.record(Audit.Action.UPDATE, "market_shop", shopId, shop.unitId(), bankChanged ? "bank account changed" : null);
    }

    /** A shop she manages, or 404 (whether it exists is not told). */
    public Shop managed(Caller caller, long shopId) {
        return repo.managed(shopId, member(caller)).orElseThrow(() -> DomainException.notFound("market.shop.notFound"));
    }

    public Managed details(Caller caller, long shopId) {
        Shop shop = managed(caller, shopId);
        String role = repo.role(shopId, caller.memberId()).orElseThrow();
        List<ManagerName> managers = repo.managers(shopId).stream()
                .map(m -> new ManagerName(m.memberId(), members.ref(m.memberId()).map(MemberRegistry.Ref::fullName).orElse("—"),
                        m.role()))
                .toList();
        return new Managed(shop, role, repo.areas(shopId), repo.pickups(shopId), managers, repo.reviews(shopId),
                banks.find(shop.bankBin()).map(b -> b.shortName()).orElse(shop.bankBin()));
    }

    /** The owner's one-time code for another member to become a manager; valid {@code hoiso.market.invite-days}. */
    @Transactional
    public String invite(Caller caller, long shopId) {
        Shop shop = managed(caller, shopId);
        if (!"OWNER".equals(repo.role(shopId, caller.memberId()).orElse(""))) {
            throw DomainException.forbidden("market.shop.ownerOnly");
        }
        if (shop.kind() == ShopKind.MEMBER) {
            throw DomainException.conflict("market.shop.inviteKind");
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE[random.nextInt(CODE.length)]);
        }
        repo.insertInvite(code.toString(), shopId, caller.memberId(),
                OffsetDateTime.now(clock).plusDays(settings.inviteDays()));
        audit.record(Audit.Action.UPDATE, "market_shop", shopId, shop.unitId(), "manager invitation");
        return code.toString();
    }

    public int inviteDays() {
        return settings.inviteDays();
    }

    /** She becomes a manager of the shop whose code she was given; answers the shop's id. */
    @Transactional
    public long join(Caller caller, String code) {
        long memberId = member(caller);
        active(memberId);
        String c = code == null ? "" : code.strip().toUpperCase();
        Optional<Long> shopId = c.matches("[A-Z0-9]{8}") ? repo.useInvite(c, memberId) : Optional.empty();
        if (shopId.isEmpty()) {
            throw DomainException.invalid(List.of(FieldProblem.of("code", "market.shop.inviteCode")));
        }
        if (!repo.addManager(shopId.get(), memberId)) {
            throw DomainException.conflict("market.shop.alreadyManager");
        }
        audit.record(Audit.Action.UPDATE, "market_shop", shopId.get(), null, "manager joined: member " + memberId);
        return shopId.get();
    }

    /** The owner takes a manager off the shop (the owner herself stays). */
    @Transactional
    public void removeManager(Caller caller, long shopId, long memberId) {
        Shop shop = managed(caller, shopId);
        if (!"OWNER".equals(repo.role(shopId, caller.memberId()).orElse(""))) {
            throw DomainException.forbidden("market.shop.ownerOnly");
        }
        if (!repo.removeManager(shopId, memberId)) {
            throw DomainException.notFound("market.shop.noSuchManager");
        }
        audit.record(Audit.Action.UPDATE, "market_shop", shopId, shop.unitId(), "manager removed: member " + memberId);
    }

    private ShopInput checked(ShopInput input) {
        ShopRules.Checked c = ShopRules.check(input, banks::known);
        List<FieldProblem> problems = new ArrayList<>(c.problems());
        List<Long> areas = c.shop().areaUnitIds();
        if (!areas.isEmpty() && repo.deliveryUnits(areas).size() != areas.size()) {
            problems.add(FieldProblem.of("areas", "market.shop.areas.unknown"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return c.shop();
    }

    private ShopRepository.Place place(Caller caller) {
        MemberRegistry.Ref me = active(member(caller));
        return repo.placeOf(me.unitId()).orElseThrow(() -> DomainException.conflict("market.shop.noCommune"));
    }

    private MemberRegistry.Ref active(long memberId) {
        MemberRegistry.Ref me = members.refOf(memberId);
        if (me.status() != MemberStatus.ACTIVE) {
            throw DomainException.forbidden("market.seller.notActive");
        }
        return me;
    }

    static long member(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.forbidden("market.seller.memberOnly");
        }
        return caller.memberId();
    }
}
