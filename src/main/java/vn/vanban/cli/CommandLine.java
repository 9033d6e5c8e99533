package vn.vanban.cli;

import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * The jar's commands before any server starts: {@code --help} prints the usage, {@code render} makes one
 * document; a word that is no command is a usage error. Anything else (no argument, or Spring's
 * {@code --name=value} settings) starts the server. The exit code is 0 done, 1 wrong usage, 2 the data
 * cannot make the document.
 */
public final class CommandLine {

    static final String USAGE = """
            Cách dùng:
              java -jar vanban.jar [--thuộc.tính=giá.trị …]   chạy máy chủ (http://localhost:8080)
              java -jar vanban.jar render --template MÃ_MẪU --data dữ-liệu.json --out tệp.pdf|tệp.docx \
            [--fonts THƯ_MỤC] [--templates THƯ_MỤC]
                                                        lập một văn bản, không chạy máy chủ (định dạng theo đuôi tệp)
              java -jar vanban.jar --help                  in hướng dẫn này

            Mã mẫu: commune-team-decision, village-teams-decision, member-list, official-letter, summary-letter
            (và mẫu của đơn vị vận hành trong --templates). Mã thoát: 0 xong, 1 sai cách dùng (kể cả mẫu không có),
            2 dữ liệu không lập được văn bản (in từng lỗi với JSON Pointer).""";

    private CommandLine() {
    }

    /** The exit code of a command, or empty when the arguments start the server. */
    public static OptionalInt run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        String first = args[0];
        if (isHelp(first)) {
            out.println(USAGE);
            return OptionalInt.of(0);
        }
        if (RenderCommand.matches(args)) {
            if (args.length > 1 && isHelp(args[1])) {
                out.println(USAGE);
                return OptionalInt.of(0);
            }
            return OptionalInt.of(RenderCommand.run(args, out, err));
        }
        if (!first.startsWith("--")) {
            err.println("Không có lệnh " + first);
            err.println(USAGE);
            return OptionalInt.of(RenderCommand.USAGE_ERROR);
        }
        return OptionalInt.empty();
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
