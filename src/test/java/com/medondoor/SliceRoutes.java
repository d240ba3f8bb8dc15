package com.medondoor;

import java.util.stream.Stream;

import com.medondoor.admin.AdminRouter;
import com.medondoor.auth.AuthRouter;
import com.medondoor.booking.BookingRouter;
import com.medondoor.job.JobRouter;
import com.medondoor.live.LiveRouter;
import com.medondoor.rating.RatingRouter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The routes of whichever feature routers a {@link RouterSliceTest} imports, composed in the order
 * {@link ApiRoutes} composes them all, which needs every feature's router.
 */
@TestConfiguration(proxyBeanMethods = false)
class SliceRoutes {

    @Bean
    RouterFunction<ServerResponse> importedFeaturesRoutes(ObjectProvider<LiveRouter> live, ObjectProvider<AuthRouter> auth,
            ObjectProvider<BookingRouter> bookings, ObjectProvider<JobRouter> jobs, ObjectProvider<RatingRouter> ratings,
            ObjectProvider<AdminRouter> admin) {
        return Stream.of(
                        live.stream().map(LiveRouter::routes),
                        auth.stream().map(AuthRouter::routes),
                        bookings.stream().map(BookingRouter::routes),
                        jobs.stream().map(JobRouter::routes),
                        ratings.stream().map(RatingRouter::routes),
                        admin.stream().map(AdminRouter::routes))
                .flatMap(routes -> routes)
                .reduce(RouterFunction::and)
                .orElseThrow(() -> new IllegalStateException("A router slice test imports its feature's router"));
    }
}
