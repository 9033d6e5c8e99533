package vn.vanban.load;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of places for one kind of work and a short bounded queue in front of them. A caller
 * that finds the queue full, or waits in it longer than the longest wait, is turned away at once rather
 * than piling up threads: the answer (503 with {@code Retry-After}) costs nothing, the work it would
 * have queued behind costs everybody.
 */
final class WorkGate {

    private final Semaphore places;
    private final int capacity;
    private final int maxQueued;
    private final Duration maxWait;
    private final AtomicInteger queued = new AtomicInteger();

    WorkGate(int places, int maxQueued, Duration maxWait) {
        if (places < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("a gate needs at least one place and a queue of zero or more");
        }
        this.places = new Semaphore(places, true);
        this.capacity = places;
        this.maxQueued = maxQueued;
        this.maxWait = maxWait;
    }

    /** A place, or false when the queue is full or the wait ran out; a true answer must be followed by {@link #leave}. */
    boolean enter() {
        if (places.tryAcquire()) {
            return true;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            return false;
        }
        try {
            return places.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            queued.decrementAndGet();
        }
    }

    void leave() {
        places.release();
    }

    /** Work running now, for the metrics. */
    int running() {
        return capacity - places.availablePermits();
    }

    /** Callers waiting for a place now, for the metrics. */
    int waiting() {
        return queued.get();
    }
}
