package org.hoiso.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hoiso.market.vietqr.BankList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bank list in force and the history of its versions. */
@Repository
class BankRepository {

    private final JdbcClient jdbc;

    BankRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BankList.Bank> all() {
        return jdbc.sql("SELECT bin, short_name, note FROM market_bank ORDER BY short_name, bin")
                .query((rs, i) -> new BankList.Bank(rs.getString("bin"), rs.getString("short_name"), rs.getString("note")))
                .list();
    }

    Optional<BankList.Bank> find(String bin) {
        return jdbc.sql("SELECT bin, short_name, note FROM market_bank WHERE bin = :bin").param("bin", bin)
                .query((rs, i) -> new BankList.Bank(rs.getString("bin"), rs.getString("short_name"), rs.getString("note")))
                .optional();
    }

    List<Banks.Version> versions() {
        return jdbc.sql("SELECT id, source, as_of, banks, loaded_by, loaded_at FROM market_bank_list ORDER BY id DESC")
                .query((rs, i) -> new Banks.Version(rs.getLong("id"), rs.getString("source"),
                        rs.getObject("as_of", LocalDate.class), rs.getInt("banks"), rs.getString("loaded_by"),
                        rs.getObject("loaded_at", OffsetDateTime.class)))
                .list();
    }

    /** Replaces the list in force with these banks, as a new version. */
    long replace(String source, LocalDate asOf, List<BankList.Bank> banks, String by) {
        long id = jdbc.sql("""
                INSERT INTO market_bank_list (source, as_of, banks, loaded_by) VALUES (:source, :asOf, :n, :by) RETURNING id
                """).param("source", source).param("asOf", asOf).param("n", banks.size()).param("by", by)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM market_bank").update();
        for (BankList.Bank b : banks) {
            jdbc.sql("INSERT INTO market_bank (bin, short_name, note, list_id) VALUES (:bin, :name, :note, :list)")
                    .param("bin", b.bin()).param("name", b.shortName()).param("note", b.note()).param("list", id).update();
        }
        return id;
    }
}
