package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Places an account signed in from successfully (table sign_in_place): client addresses and browsers, as hashes. */
@Repository
class SignInPlaces {

    private final JdbcClient jdbc;

    SignInPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean known(long userId, List<String> places, OffsetDateTime since) {
        if (places.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM sign_in_place WHERE user_id = :u AND place IN (:places) AND last_success_at > :since)
                """).param("u", userId).param("places", places).param("since", since).query(Boolean.class).single();
    }

    void remember(long userId, String place, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO sign_in_place (user_id, place, last_success_at) VALUES (:u, :p, :at)
                ON CONFLICT (user_id, place) DO UPDATE SET last_success_at = EXCLUDED.last_success_at
                """).param("u", userId).param("p", place).param("at", at).update();
    }

    List<String> of(long userId) {
        return jdbc.sql("SELECT place FROM sign_in_place WHERE user_id = :u").param("u", userId).query(String.class).list();
    }
}
