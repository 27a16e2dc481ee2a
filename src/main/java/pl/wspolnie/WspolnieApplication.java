package pl.wspolnie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WspolnieApplication {

    public static void main(String[] args) {
        SpringApplication.run(WspolnieApplication.class, args);
    }
}
