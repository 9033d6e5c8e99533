package vn.vanban.generation;

import java.util.List;

/**
 * One decision per team of the data, rendered from one template.
 *
 * @param title the template's title, which names the set as a whole
 * @param files one file per team, in the order of the data
 */
public record TeamDocuments(String title, List<RenderedFile> files) {

    public TeamDocuments {
        files = List.copyOf(files);
    }
}
