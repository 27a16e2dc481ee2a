package pl.wspolnie.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every string of an API request body goes through {@link TextInput} under the name of its JSON field. */
@Configuration
class TextInputJson {

    /** Spring Boot registers every Module bean with the application's ObjectMapper. */
    @Bean
    SimpleModule textInputModule() {
        var module = new SimpleModule("wspolnie-text-input");
        module.addDeserializer(String.class, new Checked());
        return module;
    }

    static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String field = p.currentName();
            return TextInput.of(field == null ? "body" : field, value);
        }
    }
}
