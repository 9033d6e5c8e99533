package vn.vanban.generation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One decision per team of the data, rendered from one template, one file at a time: each file is made
 * only when the one before it has been handed on, so that a ZIP of many teams holds a single file in
 * memory rather than all of them.
 *
 * @param title the template's title, which names the set as a whole
 * @param files one maker per team, in the order of the data
 */
public record TeamDocuments(String title, List<Supplier<RenderedFile>> files) {

    public TeamDocuments {
        files = List.copyOf(files);
    }

    public int size() {
        return files.size();
    }

    /** Renders the files in order, handing each to {@code sink} before the next is rendered. */
    public void forEach(Consumer<RenderedFile> sink) {
        for (Supplier<RenderedFile> file : files) {
            sink.accept(file.get());
        }
    }
}
