package com.medondoor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DutyPropertiesTests {

    @Test
    void unsetTypesTakeTheDefaults() {
        DutyProperties properties = new DutyProperties(Map.of(ServiceType.NURSE_VISIT, 2));

        assertThat(properties.capacityOf(ServiceType.NURSE_VISIT)).isEqualTo(2);
        assertThat(properties.capacityOf(ServiceType.DOCTOR_CONSULTATION)).isEqualTo(1);
        assertThat(properties.capacityOf(ServiceType.MEDICINE_DELIVERY)).isEqualTo(3);
        assertThat(new DutyProperties(null).capacityOf(ServiceType.MEDICINE_DELIVERY)).isEqualTo(3);
    }

    @Test
    void capacityOfATypeSetFromTheEnvironmentByItsNameWithoutDashes() {
        var environment = new SystemEnvironmentPropertySource("systemEnvironment",
                Map.<String, Object>of("MEDONDOOR_DUTY_CAPACITY_NURSEVISIT", "2", "MEDONDOOR_DUTY_CAPACITY_MEDICINEDELIVERY", "5"));

        DutyProperties properties = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("medondoor.duty", DutyProperties.class);

        assertThat(properties.capacityOf(ServiceType.NURSE_VISIT)).isEqualTo(2);
        assertThat(properties.capacityOf(ServiceType.MEDICINE_DELIVERY)).isEqualTo(5);
        assertThat(properties.capacityOf(ServiceType.DOCTOR_CONSULTATION)).isEqualTo(1);
    }

    @Test
    void capacityBelowOneRefusedNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DutyProperties(Map.of(ServiceType.MEDICINE_DELIVERY, 0)))
                .withMessageContaining("medondoor.duty.capacity.medicine-delivery");
    }
}
