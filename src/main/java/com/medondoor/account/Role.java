package com.medondoor.account;

/** USER is a patient; PROVIDER is a doctor, nurse or courier offering one service type. */
public enum Role {
    USER, PROVIDER;

    /** The access token's claim that names the caller's role. */
    public static final String CLAIM = "role";
}
