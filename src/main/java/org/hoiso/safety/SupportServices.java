package org.hoiso.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of services cases are referred to (danh bạ dịch vụ hỗ trợ), kept by administrators: a service
 * serves its unit's subtree (a Peace House for its province, the commune police for its commune); the national
 * lines (1900 969 680, 111, 113) serve everyone. Each service says which consent a referral to it needs.
 */
@Service
@Transactional
public class SupportServices {

    public record SupportService(long id, Long unitId, String unitName, ServiceKind kind, Purpose purpose, String name,
            String phone, String address, boolean active) {
    }

    /** A new service as an administrator enters it. */
    public record NewService(Long unitId, ServiceKind kind, Purpose purpose, String name, String phone, String address) {
    }

    private static final String COLUMNS = """
            SELECT s.id, s.unit_id, u.name AS unit_name, s.kind, s.purpose, s.name, s.phone, s.address, s.active
              FROM safety_service s LEFT JOIN org_unit u ON u.id = s.unit_id
            """;

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final SafetyAccess access;
    private final Audit audit;

    SupportServices(JdbcClient jdbc, OrgUnits units, SafetyAccess access, Audit audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** The active services that serve a unit: national ones and those of the unit or a unit above it. */
    @Transactional(readOnly = true)
    public List<SupportService> serving(long unitId) {
        return jdbc.sql(COLUMNS + """
                 WHERE s.active AND (s.unit_id IS NULL
                       OR (SELECT path FROM org_unit WHERE id = :unit) <@ u.path)
                 ORDER BY s.unit_id IS NOT NULL DESC, u.path DESC, s.kind, s.name
                """).param("unit", unitId).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public Optional<SupportService> servingOne(long serviceId, long unitId) {
        return serving(unitId).stream().filter(s -> s.id() == serviceId).findFirst();
    }

    /** An administrator's directory: the national lines and the services of her subtrees. */
    @Transactional(readOnly = true)
    public List<SupportService> list(Caller caller) {
        requireAdmin(caller);
        List<SupportService> all = jdbc.sql(COLUMNS + " ORDER BY s.unit_id IS NOT NULL, u.path, s.kind, s.name")
                .query(this::row).list();
        List<SupportService> mine = new ArrayList<>();
        for (SupportService s : all) {
            if (s.unitId() == null || access.adminOver(caller, s.unitId())) {
                mine.add(s);
            }
        }
        return mine;
    }

    public long create(Caller caller, NewService in) {
        requireAdmin(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (in.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "error.field.required"));
        }
        if (in.kind() == null) {
            problems.add(FieldProblem.of("kind", "error.field.required"));
        }
        if (in.purpose() == null) {
            problems.add(FieldProblem.of("purpose", "error.field.required"));
        }
        String name = ReportRules.text(in.name(), 200, "name", problems);
        if (name == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
            problems.add(FieldProblem.of("name", "error.field.required"));
        }
        String phone = ReportRules.text(in.phone(), 40, "phone", problems);
        String address = ReportRules.text(in.address(), 300, "address", problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        OrgUnit unit = units.get(in.unitId());
        if (!access.adminOver(caller, unit.id())) {
            throw DomainException.forbidden("safety.service.forbidden");
        }
        long id = jdbc.sql("""
                INSERT INTO safety_service (unit_id, kind, purpose, name, phone, address, created_by)
                VALUES (:unit, :kind, :purpose, :name, :phone, :address, :by) RETURNING id
                """).param("unit", unit.id()).param("kind", in.kind().name()).param("purpose", in.purpose().name())
                .param("name", name).param("phone", phone).param("address", address).param("by", caller.username())
                .query(Long.class).single();
        audit.record(Audit.Action.CREATE, "safety_service", id, unit.id(), in.kind() + " " + name);
        return id;
    }

    public void deactivate(Caller caller, long id) {
        requireAdmin(caller);
        Long unitId = jdbc.sql("SELECT unit_id FROM safety_service WHERE id = :id AND active").param("id", id)
                .query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional()
                .orElseThrow(() -> DomainException.notFound("safety.service.notFound"));
        boolean allowed = unitId == null ? access.adminOver(caller, central()) : access.adminOver(caller, unitId);
        if (!allowed) {
            throw DomainException.forbidden("safety.service.forbidden");
        }
        jdbc.sql("UPDATE safety_service SET active = false WHERE id = :id").param("id", id).update();
        audit.record(Audit.Action.UPDATE, "safety_service", id, unitId, "deactivated");
    }

    private long central() {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL AND valid_to IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).single();
    }

    private void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw DomainException.forbidden("safety.service.forbidden");
        }
    }

    private SupportService row(ResultSet rs, int n) throws SQLException {
        return new SupportService(rs.getLong("id"), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                ServiceKind.valueOf(rs.getString("kind")), Purpose.valueOf(rs.getString("purpose")), rs.getString("name"),
                rs.getString("phone"), rs.getString("address"), rs.getBoolean("active"));
    }
}
