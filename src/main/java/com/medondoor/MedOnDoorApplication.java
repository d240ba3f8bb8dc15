package com.medondoor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * MedOnDoor: patients book home care, providers of the matching service type claim and complete it,
 * patients rate the visit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MedOnDoorApplication {

    public static void main(String[] args) {
        SpringApplication.run(MedOnDoorApplication.class, args);
    }
}
