package dev.ward.posture.source;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML with every DTD, external entity and XInclude switched off: a config file under scan is untrusted, and an
 * XXE or entity-expansion payload in it must neither reach the network nor blow up memory.
 */
public final class SafeXml {

    /** Deeper nesting than any real config; bounds the element stack. */
    private static final int MAX_DEPTH = 256;

    private SafeXml() {
    }

    public static XmlElement parse(Path source, String text) throws MalformedConfigException {
        RecordingHandler handler = new RecordingHandler(source);
        try {
            SAXParser parser = borrow();
            try {
                parser.parse(new InputSource(new StringReader(text)), handler);
            } finally {
                parser.reset();
                IDLE.offer(parser);
            }
        } catch (SAXException e) {
            throw new MalformedConfigException("XML is not well-formed or uses a DTD: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new MalformedConfigException("XML could not be read: " + e.getMessage());
        }
        if (handler.root == null) {
            throw new MalformedConfigException("XML has no root element");
        }
        return handler.root;
    }

    /** Built once: looking the factory up and reading the JAXP configuration costs more than parsing a config file. */
    private static final SAXParserFactory FACTORY = hardenedFactory();

    /** Hardened parsers are costly to build and reusable after {@code reset()}, so they are pooled. */
    private static final ConcurrentLinkedQueue<SAXParser> IDLE = new ConcurrentLinkedQueue<>();

    private static SAXParser borrow() throws ParserConfigurationException, SAXException {
        SAXParser idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        SAXParser parser;
        synchronized (FACTORY) {
            parser = FACTORY.newSAXParser();
        }
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    private static SAXParserFactory hardenedFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened against XXE", e);
        }
        return factory;
    }

    private static final class RecordingHandler extends DefaultHandler {
        private final Path source;
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;

        RecordingHandler(Path source) {
            this.source = source;
        }

        @Override
        public void setDocumentLocator(Locator value) {
            this.locator = value;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (open.size() >= MAX_DEPTH) {
                throw new SAXException("nesting deeper than " + MAX_DEPTH);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            XmlElement element = new XmlElement(qName, values, source, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(ch, start, length);
            }
        }
    }
}
