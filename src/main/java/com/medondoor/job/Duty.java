package com.medondoor.job;

/**
 * A provider's shift as they see it: whether they are on duty (only then can they claim), how many
 * visits they may hold at once and how many they hold.
 */
public record Duty(boolean onDuty, int capacity, int activeVisits) {
}
