package vn.vanban.generation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the operator's files are and whether to warm the engines at start-up.
 *
 * @param fontsDir     licensed Times New Roman TTFs put here replace the bundled Liberation Serif
 * @param templatesDir a template folder here replaces the built-in one of the same id, or adds one
 * @param warmUp       render every example once at start-up so that the first request is fast
 */
@ConfigurationProperties("vanban")
public record GenerationProperties(@DefaultValue("fonts") Path fontsDir, @DefaultValue("templates") Path templatesDir,
                               @DefaultValue("true") boolean warmUp) {
}
