package vn.vanban.fleet;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler over the application's database, with every {@link Task} bean of the features (a batch,
 * the retention sweep). Its table ({@code scheduled_tasks}, migration V20) is what makes the instances of
 * a fleet agree: an instance picks a due task by a versioned update that only one can win, keeps a
 * heartbeat while it works, and a task whose heartbeat stopped is revived for another instance.
 * The library's Spring Boot starter is built for Boot 3's auto-configuration, so it is wired here.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduler {

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, List<RecurringTask<?>> recurring,
                        JobsProperties properties) {
        // Recurring tasks are put in the table on start (once for the whole fleet: the insert of their one
        // instance succeeds for the first instance only); the others are scheduled by the features.
        List<Task<?>> oneTime = tasks.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        return Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .shutdownMaxWait(properties.shutdownWait())
                // A job scheduled through this instance starts here at once instead of at the next poll.
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .build();
    }

    /** Starts the engine once the context is up (recurring tasks are then put in the table) and stops it first. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            /**
             * A stopped db-scheduler cannot start again, so a paused context (the test context cache pauses
             * the contexts it is not using) keeps its engine running; several engines on one database are
             * what the engine is made for.
             */
            @Override
            public boolean isPauseable() {
                return false;
            }
        };
    }
}
