package com.medondoor;

import com.medondoor.admin.AdminRouter;
import com.medondoor.auth.AuthRouter;
import com.medondoor.booking.BookingRouter;
import com.medondoor.job.JobRouter;
import com.medondoor.live.LiveRouter;
import com.medondoor.rating.RatingRouter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The API's routes, every feature's, in the one order in which a request is matched against them. */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

    /**
     * The live streams come first: {@code /api/bookings/stream} has the shape of {@code /api/bookings/{id}}
     * too. Otherwise no two features' routes overlap.
     */
    @Bean
    RouterFunction<ServerResponse> everyFeaturesRoutes(LiveRouter live, AuthRouter auth, BookingRouter bookings, JobRouter jobs,
            RatingRouter ratings, AdminRouter admin) {
        return live.routes()
                .and(auth.routes())
                .and(bookings.routes())
                .and(jobs.routes())
                .and(ratings.routes())
                .and(admin.routes());
    }
}
