/** REST adapters: resources, request/response records, and the one mapper from exceptions to problem+json. */
package io.wiretrace.api;
