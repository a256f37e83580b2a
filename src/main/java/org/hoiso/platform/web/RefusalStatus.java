package org.hoiso.platform.web;

import org.springframework.http.HttpStatus;

/** The one place where the kind of a refusal becomes an HTTP status, for the API and the pages alike. */
final class RefusalStatus {

    private RefusalStatus() {
    }

    static HttpStatus of(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case REFUSED -> HttpStatus.BAD_REQUEST;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
