package com.medondoor.account;

/** The kinds of home care a patient can book and a provider can offer. */
public enum ServiceType {
    DOCTOR_CONSULTATION, NURSE_VISIT, MEDICINE_DELIVERY
}
