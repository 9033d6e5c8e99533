package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.render.OutputFormat;
import vn.vanban.generation.RenderedFile;
import vn.vanban.json.StrictJson;
import vn.vanban.limits.RequestLimits;
import vn.vanban.template.TemplateDataException;
import vn.vanban.template.UnknownTemplateException;

/**
 * {@code java -jar vanban.jar render --template ID --data file.json --out file.pdf}: one document
 * without starting the server, for scripts. The format comes from the output file's extension.
 * Exit codes: 0 done, 1 wrong usage (an unknown template too: the caller named it), 2 the data cannot
 * make the document.
 */
public final class RenderCommand {

    static final String USAGE = "Cách dùng: java -jar vanban.jar render --template MÃ_MẪU --data dữ-liệu.json --out tệp.pdf|tệp.docx"
            + " [--fonts THƯ_MỤC] [--templates THƯ_MỤC] (java -jar vanban.jar --help: hướng dẫn đầy đủ)";
    static final int USAGE_ERROR = 1;
    static final int DATA_ERROR = 2;

    private RenderCommand() {
    }

    public static boolean matches(String[] args) {
        return args.length > 0 && "render".equals(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String template = null;
        Path data = null;
        Path target = null;
        Path fonts = Path.of("fonts");
        Path templates = Path.of("templates");
        for (int i = 1; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null || value.startsWith("--")) {
                err.println("Thiếu giá trị sau " + args[i]);
                err.println(USAGE);
                return USAGE_ERROR;
            }
            switch (args[i]) {
                case "--template" -> template = value;
                case "--data" -> data = Path.of(value);
                case "--out" -> target = Path.of(value);
                case "--fonts" -> fonts = Path.of(value);
                case "--templates" -> templates = Path.of(value);
                default -> {
                    err.println("Không hiểu tham số " + args[i]);
                    err.println(USAGE);
                    return USAGE_ERROR;
                }
            }
            i++;
        }
        if (template == null || data == null || target == null) {
            err.println("Thiếu " + (template == null ? "--template" : data == null ? "--data" : "--out"));
            err.println(USAGE);
            return USAGE_ERROR;
        }
        String name = target.getFileName().toString();
        Optional<OutputFormat> format = OutputFormat.fromExtension(name.substring(name.lastIndexOf('.') + 1))
                .filter(OutputFormat.DOCUMENTS::contains);
        if (format.isEmpty()) {
            err.println("Tệp kết quả phải có đuôi .pdf hoặc .docx: " + target);
            return USAGE_ERROR;
        }
        try {
            DocumentService service = DocumentServices.create(fonts, templates, RequestLimits.defaults());
            RenderedFile file = service.render(template, StrictJson.tree(Files.readAllBytes(data)), format.get());
            Files.write(target, file.bytes());
            out.println("Đã lập " + target + " (" + file.bytes().length + " byte)");
            return 0;
        } catch (DocumentDataException e) {
            err.println(e.getMessage() + ":");
            e.problems().forEach(p -> err.println("  " + (p.pointer().isEmpty() ? "/" : p.pointer()) + ": " + p.message()));
            return DATA_ERROR;
        } catch (UnknownTemplateException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        } catch (TemplateDataException e) {
            err.println(e.getMessage());
            return DATA_ERROR;
        } catch (IOException e) {
            err.println("Không đọc hoặc ghi được tệp: " + e.getMessage());
            return USAGE_ERROR;
        }
    }
}
