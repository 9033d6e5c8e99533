package vn.vanban.fleet;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job engine (db-scheduler) of every instance. An instance that stops writing its heartbeat for
 * {@code heartbeat × missedHeartbeats} is taken for dead, and another instance takes its jobs over.
 *
 * @param threads          jobs one instance works at the same time; rendering is CPU-bound, so one
 *                         leaves the other core of a small machine to the requests
 * @param pollingInterval  how often an instance looks for jobs that are due
 * @param heartbeat        how often a running job's instance says it is alive
 * @param missedHeartbeats heartbeats missed before the job is taken over (db-scheduler needs at least 4)
 * @param shutdownWait     how long a stopping instance waits for its running job to hand over
 */
@ConfigurationProperties("vanban.jobs")
public record JobsProperties(@DefaultValue("1") int threads, @DefaultValue("2s") Duration pollingInterval,
                             @DefaultValue("5s") Duration heartbeat, @DefaultValue("6") int missedHeartbeats,
                             @DefaultValue("10s") Duration shutdownWait) {
}
