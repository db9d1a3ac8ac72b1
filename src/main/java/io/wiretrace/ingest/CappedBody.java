package io.wiretrace.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte cap and cancels the transfer as soon as the cap is passed, so an endless or
 * huge body never sits in memory. {@link #discarding()} cancels at once: used for redirects, errors and refused types,
 * whose bodies are never read.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    private final long maxBytes;
    private final FetchException refusal;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long maxBytes) {
        this(maxBytes, null);
    }

    private CappedBody(long maxBytes, FetchException refusal) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    static CappedBody discarding() {
        return new CappedBody(-1, null);
    }

    /** Cancels at once and fails the response with {@code refusal} (e.g. a Content-Length over the cap). */
    static CappedBody refusing(FetchException refusal) {
        return new CappedBody(-1, refusal);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refusal != null) {
            s.cancel();
            result.completeExceptionally(refusal);
        } else if (maxBytes < 0) {
            s.cancel();
            result.complete(new byte[0]);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new FetchException(FetchException.Reason.TOO_LARGE,
                        "response body exceeds the cap of " + maxBytes + " bytes"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
