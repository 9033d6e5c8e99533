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
 * Exit codes: 0 done, 1 wrong usage, 2 the data cannot make the document.
 */
public final class RenderCommand {

    static final String USAGE = "Cách dùng: java -jar vanban.jar render --template MÃ_MẪU --data dữ-liệu.json --out tệp.pdf|tệp.docx"
            + " [--fonts THƯ_MỤC] [--templates THƯ_MỤC]";

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
            switch (args[i]) {
                case "--template" -> template = value;
                case "--data" -> data = value == null ? null : Path.of(value);
                case "--out" -> target = value == null ? null : Path.of(value);
                case "--fonts" -> fonts = value == null ? fonts : Path.of(value);
                case "--templates" -> templates = value == null ? templates : Path.of(value);
                default -> {
                    err.println("Không hiểu tham số " + args[i]);
                    err.println(USAGE);
                    return 1;
                }
            }
            i++;
        }
        if (template == null || data == null || target == null) {
            err.println(USAGE);
            return 1;
        }
        String name = target.getFileName().toString();
        Optional<OutputFormat> format = OutputFormat.fromExtension(name.substring(name.lastIndexOf('.') + 1))
                .filter(OutputFormat.DOCUMENTS::contains);
        if (format.isEmpty()) {
            err.println("Tệp kết quả phải có đuôi .pdf hoặc .docx: " + target);
            return 1;
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
            return 2;
        } catch (UnknownTemplateException | TemplateDataException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("Không đọc hoặc ghi được tệp: " + e.getMessage());
            return 1;
        }
    }
}
