package com.medondoor.auth;

/** USER is a patient; PROVIDER is a doctor, nurse or courier offering one service type. */
public enum Role {
    USER, PROVIDER
}
