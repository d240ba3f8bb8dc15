package com.medondoor.account;

/**
 * Where a provider stands with the platform's administrators. A provider registers UNVERIFIED; an
 * administrator approves (VERIFIED) or rejects (REJECTED, with a reason; the provider may correct their
 * details and be UNVERIFIED again), and may suspend a VERIFIED provider (SUSPENDED) and reinstate them.
 * Only a VERIFIED provider sees and takes jobs.
 */
public enum Verification {
    UNVERIFIED, VERIFIED, REJECTED, SUSPENDED
}
