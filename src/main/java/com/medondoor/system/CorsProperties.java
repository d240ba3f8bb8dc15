package com.medondoor.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Which other web origins may call the API from a browser ({@code medondoor.cors.*}). None by default:
 * the web client is served by the service itself, so it is same-origin and needs no CORS at all.
 *
 * @param allowedOrigins exact origins such as {@code https://app.example.org}; empty refuses every
 *     cross-origin request
 */
@ConfigurationProperties("medondoor.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {

    /**
     * A configuration for every path even when no origin is allowed: without one, Spring lets a
     * cross-origin request through unanswered instead of refusing it with a 403.
     */
    CorsConfigurationSource source() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name()));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Last-Event-ID"));
        cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, RequestIds.HEADER));
        // Bearer tokens travel in a header, never in a cookie, so credentialed requests are not needed.
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
