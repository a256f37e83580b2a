package org.hoiso.platform.web;

/** The answer of an API call that created something: its id. */
public record Created(long id) {
}
