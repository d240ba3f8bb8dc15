package com.medondoor.system;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import reactor.util.context.Context;

/**
 * Gives every request one id, the exchange's own (the one problem bodies carry as {@code requestId}):
 * sent back as {@code X-Request-Id} and put in the logging MDC of every line logged while the request
 * is handled ({@code logging.pattern.correlation} prints it).
 * <p>
 * A decorator of the whole HTTP handler rather than a {@code WebFilter}: the exception handlers run
 * outside the filter chain, and the line logged for an unhandled failure must carry the id too.
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    static {
        // Reactor's handle() and tap() operators restore this MDC entry from the request's context on
        // whatever thread runs them (spring.reactor.context-propagation=limited).
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }

    @Bean
    HttpHandlerDecoratorFactory requestIdInResponseAndLogs() {
        return handler -> (request, response) -> {
            String id = request.getId();
            response.getHeaders().set(HEADER, id);
            return handler.handle(request, response).contextWrite(Context.of(MDC_KEY, id));
        };
    }
}
