package com.medondoor.account;

/** USER is a patient; PROVIDER is a doctor, nurse or courier offering one service type; ADMIN runs the platform. */
public enum Role {
    USER, PROVIDER, ADMIN;

    /** The access token's claim that names the caller's role. */
    public static final String CLAIM = "role";
}
