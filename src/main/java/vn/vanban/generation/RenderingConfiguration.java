package vn.vanban.generation;

import vn.vanban.limits.RequestLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RenderingConfiguration.class);

    /**
     * Parsing the fonts and compiling the templates happens here, on the main thread before the port opens; the
     * log says what it costs. Background initialisation (@Bean bootstrap BACKGROUND) was tried: Spring then
     * refuses every plain constructor injection of this final class, which a dozen services have.
     */
    @Bean
    DocumentService documentService(GenerationProperties properties, RequestLimits limits, RenderingWarmUp warmUp) {
        long start = System.nanoTime();
        DocumentService service = DocumentServices.create(properties.fontsDir(), properties.templatesDir(), limits);
        LOG.info("Fonts and templates loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        warmUp.start(service);
        return service;
    }

    /** The first document otherwise pays for class loading, template compiling and font parsing. */
    @Bean
    RenderingWarmUp renderingWarmUp(GenerationProperties properties) {
        return new RenderingWarmUp(properties.warmUp());
    }
}
