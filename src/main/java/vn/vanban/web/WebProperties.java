package vn.vanban.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the browser pages.
 *
 * @param previewDpi     resolution of the page images of a draft (96 is a page at its printed size on a screen)
 * @param previewEntries how many rendered documents the page-image cache keeps (least recently used goes first)
 */
@ConfigurationProperties("vanban.web")
public record WebProperties(@DefaultValue("96") int previewDpi, @DefaultValue("64") int previewEntries) {
}
