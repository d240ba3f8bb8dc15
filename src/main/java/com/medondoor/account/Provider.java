package com.medondoor.account;

import java.util.UUID;

/**
 * A provider as every feature may know them: who they are and what they offer. The facts the next
 * features decide by (verification, duty, capacity) join these, here, so that every rule reads them
 * from one place ({@link Accounts}).
 */
public record Provider(UUID id, String name, ServiceType serviceType) {
}
