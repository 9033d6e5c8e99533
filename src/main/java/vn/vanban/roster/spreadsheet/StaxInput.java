package vn.vanban.roster.spreadsheet;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for the parts of an uploaded file: no DTDs (so no entities to expand), no external
 * entities, and nesting bounded. Text is not coalesced: a huge text node arrives in pieces, which the
 * readers count against the cell limit as they come, instead of the parser buffering all of it first.
 */
final class StaxInput {

    private static final XMLInputFactory FACTORY = factory();

    private StaxInput() {
    }

    static XMLStreamReader reader(InputStream in, ReadBudget budget) throws XMLStreamException {
        return new Bounded(FACTORY.createXMLStreamReader(in), budget);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Counts the open elements and refuses to go deeper than the budget allows. */
    private static final class Bounded extends StreamReaderDelegate {
        private final ReadBudget budget;
        private int depth;

        Bounded(XMLStreamReader reader, ReadBudget budget) {
            super(reader);
            this.budget = budget;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                budget.depth(++depth);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return event;
        }
    }
}
