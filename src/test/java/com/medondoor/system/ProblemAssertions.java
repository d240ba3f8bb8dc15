package com.medondoor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** What every refusal of the API must look like: an RFC 9457 problem that gives nothing away. */
final class ProblemAssertions {

    /** A fully qualified name in a package a leak would come from: the JDK, a library, or our own code. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|sun|jdk|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.postgresql"
                    + "|io\\.r2dbc|io\\.netty|reactor|com\\.nimbusds|com\\.medondoor)\\.[A-Za-z]");

    private ProblemAssertions() {
    }

    /**
     * Asserts the answer is a problem with this status: {@code application/problem+json}, a {@code status}
     * member equal to the HTTP status, a {@code title} and a {@code detail}.
     */
    static Map<String, Object> assertProblem(EntityExchangeResult<byte[]> result, int expectedStatus, String what) {
        assertThat(result.getStatus().value()).as("%s: HTTP status", what).isEqualTo(expectedStatus);
        MediaType contentType = result.getResponseHeaders().getContentType();
        assertThat(contentType).as("%s: content type of a %d", what, expectedStatus).isNotNull();
        assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s: content type %s should be application/problem+json", what, contentType).isTrue();
        String body = body(result);
        Map<String, Object> problem = JsonPath.parse(body).read("$");
        assertThat(problem.get("status")).as("%s: the problem's status member in %s", what, body)
                .isEqualTo(expectedStatus);
        assertThat(problem.get("title")).as("%s: the problem's title in %s", what, body)
                .isInstanceOf(String.class).asString().isNotBlank();
        assertThat(problem.get("detail")).as("%s: the problem's detail in %s", what, body)
                .isInstanceOf(String.class).asString().isNotBlank();
        return problem;
    }

    /** Asserts the body names no Java class, no exception and has no stack trace. */
    static void assertRevealsNoInternals(EntityExchangeResult<byte[]> result, String what) {
        String body = body(result);
        assertThat(body).as("%s: the body mentions an exception: %s", what, body).doesNotContainIgnoringCase("exception");
        assertThat(body).as("%s: the body has a stack trace line: %s", what, body)
                .doesNotContain("at com.").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("Caused by");
        assertThat(QUALIFIED_NAME.matcher(body).find()).as("%s: the body names a Java class: %s", what, body).isFalse();
    }

    static String body(EntityExchangeResult<byte[]> result) {
        byte[] bytes = result.getResponseBody();
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
