package org.hoiso.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's settings: the embedded database ({@code hoiso.embedded-db.*}), what partner systems' API
 * tokens may do ({@code hoiso.api-tokens.*}) and sign-in through an OpenID Connect provider
 * ({@code hoiso.oidc.*}). The defaults are here and nowhere else; a wrong value stops the start with the
 * property's name.
 *
 * @param embeddedDb the PostgreSQL started inside the application when no {@code spring.datasource.url} is set
 * @param apiTokens  the limits of partner systems' API tokens
 * @param oidc       members' sign-in through an OpenID Connect provider (VNeID)
 * @param outbox     delivery of messages to people (e-mail through {@code spring.mail.*})
 * @param publicUrl  the address people reach hoiso at: every absolute link hoiso writes starts with it
 *                   (invitations, QR codes, e-mails, the OpenID Connect redirect), never with a request's Host header
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies whose forwarded headers (X-Forwarded-For,
 *                   -Proto, -Host, Forwarded) are believed; empty = forwarded headers are ignored
 * @param instanceName this instance's name among several behind a load balancer, sent in every response's
 *                   {@code X-Hoiso-Instance} header; empty = the host name and the process id
 */
@ConfigurationProperties("hoiso")
@Validated
public record PlatformProperties(@Valid @DefaultValue EmbeddedDb embeddedDb,
        @Valid @DefaultValue ApiTokens apiTokens,
        @Valid @DefaultValue Oidc oidc,
        @Valid @DefaultValue Outbox outbox,
        @DefaultValue("http://localhost:8080") @NotBlank String publicUrl,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("") String instanceName) {

    /** This instance's name: {@code hoiso.instance-name}, else the host name and the process id. */
    public String instance() {
        String configured = instanceName.strip();
        if (!configured.isEmpty()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /**
     * The embedded PostgreSQL 17.
     *
     * @param dataDir       data directory, kept between runs with fsync on; empty means a throw-away cluster
     *                      (tests, benchmarks). The member cards' generated secret is kept beside it.
     * @param port          port of the embedded server; 0 picks a free one
     * @param sharedBuffers PostgreSQL's shared_buffers
     * @param poolSize      connections in the application's pool
     */
    public record EmbeddedDb(@DefaultValue("data/pg") String dataDir,
            @DefaultValue("0") @Min(0) @Max(65535) int port,
            @DefaultValue("256MB") @NotBlank String sharedBuffers,
            @DefaultValue("10") @Min(1) int poolSize) {
    }

    /**
     * API tokens of partner systems.
     *
     * @param paths             the only API paths a token may read (aggregates, never personal data)
     * @param requestsPerMinute requests a minute per token, also the burst; counted in PostgreSQL for all instances together
     */
    public record ApiTokens(@DefaultValue( {
            "/api/v1/reporting/**", "/api/v1/units/**"}) List<String> paths,
            @DefaultValue("120") @Min(1) int requestsPerMinute){
    }

    /**
     * Members' sign-in through an OpenID Connect provider (VNeID-style); off unless enabled. The provider
     * itself is Spring's {@code spring.security.oauth2.client.*} under the registration id.
     *
     * @param enabled         whether the login page offers the provider
     * @param displayName     the provider's name on the login page's button
     * @param nationalIdClaim the claim (ID token or UserInfo) holding the CCCD, matched to a living member
     * @param registrationId  the registration id of the provider in {@code spring.security.oauth2.client.registration}
     */
    public record Oidc(@DefaultValue("false") boolean enabled,
            @DefaultValue("VNeID") @NotBlank String displayName,
            @DefaultValue("national_id") @NotBlank String nationalIdClaim,
            @DefaultValue("eid") @NotBlank String registrationId) {
    }

    /**
     * The outbox's delivery (e-mail only when {@code spring.mail.host} is set).
     *
     * @param interval    pause between two rounds of delivery
     * @param batchSize   messages claimed in one transaction
     * @param maxAttempts tries before a message is given up (kept with its last error)
     * @param mailFrom    the sender of e-mails
     */
    public record Outbox(@DefaultValue("PT15S") Duration interval,
            @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
            @DefaultValue("8") @Min(1) int maxAttempts,
            @DefaultValue("Hội số <no-reply@hoiso.invalid>") @NotBlank String mailFrom) {
    }
}
