package vn.vanban.render;

import vn.vanban.document.DocumentTree;
import vn.vanban.document.markup.DocumentReader;

/** A short decision whose header and headings the phrase-breaking tests of both writers vary. */
public final class PhraseSamples {

    private PhraseSamples() {
    }

    public static DocumentTree decision(String issuer, String place, String subject, String authority) {
        return new DocumentReader().read("""
                <document>
                  <header>
                    <parent>UBND tỉnh Thanh Hóa</parent>
                    <issuer>%s</issuer>
                    <number symbol="QĐ-SKHCN"/>
                    <place-date place="%s" date="2025-03-05"/>
                  </header>
                  <title type="Quyết định">%s</title>
                  <authority>%s</authority>
                  <decides/>
                  <article><p>Quyết định này có hiệu lực thi hành kể từ ngày ký.</p></article>
                </document>
                """.formatted(issuer, place, subject, authority));
    }
}
