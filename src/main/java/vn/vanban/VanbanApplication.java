package vn.vanban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VanbanApplication {

    public static void main(String[] args) {
        SpringApplication.run(VanbanApplication.class, args);
    }
}
