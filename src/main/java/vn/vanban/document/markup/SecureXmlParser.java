package vn.vanban.document.markup;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.vanban.document.DocumentSyntaxException;

/**
 * Template output carries text typed by users, so it is parsed as untrusted XML: no DOCTYPE at all,
 * which rules out external entities (XXE) and entity expansion bombs before they are looked at.
 */
final class SecureXmlParser {

    private static final DocumentBuilderFactory FACTORY = newFactory();

    /**
     * A builder per thread, reset after each parse: making one configures a whole Xerces pipeline, which
     * cost more than parsing a decision (BENCHMARKS.md "Render path, stage by stage").
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SecureXmlParser::newBuilder);

    private SecureXmlParser() {
    }

    static Document parse(String markup) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new InputSource(new StringReader(markup)));
        } catch (SAXException | IOException e) {
            throw new DocumentSyntaxException("template output is not well-formed: " + e.getMessage(), e);
        } finally {
            builder.reset();
            builder.setErrorHandler(null);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            // The default handler prints to stderr; the exception above already carries the message.
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory newFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
