package io.wiretrace.api;

import io.wiretrace.article.InvalidInput;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An {@code /api} request naming a query parameter its operation does not take is refused with a 400 naming it and
 * the ones it takes: {@code /api/audit?status=failed} would otherwise answer every entry, as if filtered. Web pages
 * are left alone (browsers and links add their own parameters).
 */
public class QueryParamGuard {

    private final ConcurrentMap<Method, Set<String>> taken = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER - 100)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        Method method = resource.getResourceMethod();
        if (method == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return;
        }
        Set<String> names = taken.computeIfAbsent(method, QueryParamGuard::queryParams);
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!names.contains(name)) {
                throw new InvalidInput(name, "unknown query parameter '" + name + "': " + (names.isEmpty()
                        ? "this operation takes none" : "this operation takes " + String.join(", ", names)));
            }
        }
    }

    /** The names of the method's {@code @QueryParam} parameters, sorted. */
    static Set<String> queryParams(Method method) {
        java.util.SortedSet<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                    .forEach(a -> names.add(((QueryParam) a).value()));
        }
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
