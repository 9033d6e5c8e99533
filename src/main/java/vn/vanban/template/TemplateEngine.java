package vn.vanban.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker, locked down: output is XML and auto-escaped, so user text can never become markup; no
 * template can reach Java classes ({@code ?new} and {@code ?api} are off). User text is only ever data:
 * {@code ${7*7}} typed into a name is printed as it is.
 */
public final class TemplateEngine {

    static final String TEMPLATE_FILE = "template.ftlx";

    private final Configuration configuration;

    /**
     * Each template compiled once and kept, like its schema and the catalog, which are read at start:
     * FreeMarker's own cache would look the source up again (three localised names, in the jar) every
     * few seconds.
     */
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public TemplateEngine(Path operatorDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader(operatorDir));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocale(java.util.Locale.forLanguageTag("vi-VN"));
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        this.configuration = cfg;
    }

    /** Compiles a template ahead of the first request, so that the first document is served warm. */
    public void warm(String templateId) {
        template(templateId);
    }

    /** Runs the template of {@code templateId} over prepared data and returns its markup. */
    public String render(String templateId, Map<String, Object> model) {
        Template template = template(templateId);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateDataException(describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Template template(String templateId) {
        return compiled.computeIfAbsent(templateId, this::compile);
    }

    private Template compile(String templateId) {
        try {
            return configuration.getTemplate(templateId + "/" + TEMPLATE_FILE);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new UnknownTemplateException(templateId);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được mẫu " + templateId, e);
        }
    }

    /** A message for the user that names the missing or wrong value, without template internals. */
    private static String describe(TemplateException e) {
        String expression = e.getBlamedExpressionString();
        if (expression != null) {
            return "Dữ liệu thiếu hoặc sai kiểu ở \"" + expression + "\" (a value the template needs is missing or of the wrong type)";
        }
        return "Không tạo được văn bản từ dữ liệu này (the data cannot fill the template)";
    }

    private static TemplateLoader loader(Path operatorDir) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (operatorDir != null && Files.isDirectory(operatorDir)) {
            try {
                loaders.add(new FileTemplateLoader(operatorDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }
}
