package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs calls into code the kit does not control (a target, a plug-in) on a worker thread and waits for each at most
 * until a {@link Deadline}: a call that blocks costs its deadline, never the run.
 *
 * <p>All calls of one instance run on the same worker thread, one at a time, so a target that expects to be called
 * from one thread per session still is. A call that times out is interrupted and its thread abandoned (a blocked
 * thread cannot be stopped safely); the next call gets a new thread. Worker threads are daemons, so an abandoned
 * one never keeps the JVM alive. Any conversation type (consent, Feishu permissions, generated sequences) bounds its
 * target calls with one of these.
 */
@API(status = EXPERIMENTAL)
public final class Bounded implements AutoCloseable {
    private final String threadName;
    private final boolean inline;
    private @Nullable ExecutorService worker;

    /** Creates a runner whose worker threads are called {@code threadName}. */
    public Bounded(String threadName) {
        this(threadName, false);
    }

    private Bounded(String threadName, boolean inline) {
        this.threadName = threadName;
        this.inline = inline;
    }

    /**
     * Returns a runner that runs each call on the caller's thread, for code that already runs inside a call of an
     * outer {@code Bounded} whose deadline covers it: generated sequences (issue 14) bound a whole sequence once
     * instead of handing every one of its calls to another thread, which would cost more than the call itself.
     * A deadline that has passed still refuses the call.
     */
    public static Bounded inline() {
        return new Bounded("inline", true);
    }

    /**
     * Runs {@code work} and returns its result, waiting at most until {@code deadline}.
     *
     * @param what     what is being done, for the timeout message (e.g. {@code calling wx.startRecord})
     * @throws TimedOutException when the deadline passes first (also when it has already passed)
     * @throws RuntimeException  or {@link Error} thrown by {@code work}, unchanged
     */
    public synchronized <T> T call(Deadline deadline, String what, Callable<T> work) {
        if (deadline.expired()) {
            throw new TimedOutException(what, Duration.ZERO, deadline);
        }
        if (inline) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(what + ": " + e, e);
            }
        }
        if (worker == null) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                t.setContextClassLoader(loader);
                return t;
            });
        }
        long start = System.nanoTime();
        Future<T> future = worker.submit(work);
        try {
            return future.get(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            abandon();
            throw new TimedOutException(what, Duration.ofNanos(System.nanoTime() - start), deadline);
        } catch (InterruptedException e) {
            future.cancel(true);
            abandon();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(what + ": " + cause, cause);
        }
    }

    /**
     * Runs {@code work} once on a fresh thread, waiting at most {@code limit}; for one-off calls such as creating a
     * target.
     */
    public static <T> T once(Duration limit, String boundName, String what, Callable<T> work) {
        try (Bounded b = new Bounded("scopekit-bounded")) {
            return b.call(Deadline.after(limit, boundName), what, work);
        }
    }

    private void abandon() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** Lets the worker thread end once idle; a call still running keeps running on its (daemon) thread. */
    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }
}
