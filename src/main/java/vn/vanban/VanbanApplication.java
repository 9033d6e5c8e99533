package vn.vanban;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import java.util.OptionalInt;
import vn.vanban.cli.CommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VanbanApplication {

    public static void main(String[] args) throws Exception {
        OptionalInt command = CommandLine.run(args, System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(VanbanApplication.class, args);
    }

    /** Decision dates and year-based numbering follow the clock of Vietnam, not of the server. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
