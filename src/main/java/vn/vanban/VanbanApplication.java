package vn.vanban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.vanban.bench.BenchCommand;
import vn.vanban.cli.RenderCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VanbanApplication {

    public static void main(String[] args) throws Exception {
        if (RenderCommand.matches(args)) {
            System.exit(RenderCommand.run(args, System.out, System.err));
        }
        if (BenchCommand.matches(args)) {
            System.exit(BenchCommand.run(args, System.out));
        }
        SpringApplication.run(VanbanApplication.class, args);
    }
}
