package vn.vanban;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import vn.vanban.cli.RenderCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VanbanApplication {

    public static void main(String[] args) throws Exception {
        if (RenderCommand.matches(args)) {
            System.exit(RenderCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(VanbanApplication.class, args);
    }

    /** Decision dates and year-based numbering follow the clock of Vietnam, not of the server. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
