package com.medondoor.account;

/**
 * USER is a patient; PROVIDER is a doctor, nurse or courier offering one service type; ADMIN runs the
 * platform (verifies providers, reads the audit log). Nobody registers as an ADMIN: the first comes from
 * configuration, the others are created by an administrator. Each role is exactly one kind of person: an
 * administrator books no visit and takes no job.
 */
public enum Role {
    USER, PROVIDER, ADMIN;

    /** The access token's claim that names the caller's role. */
    public static final String CLAIM = "role";
}
