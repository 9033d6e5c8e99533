package vn.vanban.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link RenderStagesJmh}: one fork per benchmark, short iterations, so that the whole run stays in minutes. */
final class StageJmh {

    private StageJmh() {
    }

    static String run(PrintStream out) throws Exception {
        String loadBefore = Load.now();
        Options options = new OptionsBuilder()
                .include(RenderStagesJmh.class.getName())
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(r -> r.getParams().getBenchmark()));
        StringBuilder md = new StringBuilder("### JMH per stage (1 fork, 2 × 1 s warm-up, 3 × 1 s measured; µs per call)\n\n"
                + "Load average before: " + loadBefore + "; after: " + Load.now() + ".\n\n"
                + "| benchmark | µs/op | ± (99.9 %) |\n|---|---|---|\n");
        for (RunResult r : sorted) {
            String name = r.getParams().getBenchmark();
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name.substring(name.lastIndexOf('.') + 1),
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()));
        }
        out.println("JMH done");
        return md.append('\n').toString();
    }
}
