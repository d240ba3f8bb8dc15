package com.medondoor.job;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** The booking is still PENDING but its window has closed: it waits only to expire. */
final class WindowClosed extends DomainProblem {

    WindowClosed() {
        super(HttpStatus.CONFLICT, "window-closed", "Window closed",
                "This booking's time to be taken has passed; it is expiring.");
    }
}
