package io.broadsheet.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The links in one XML file of the site: the {@code <link href>} of an Atom feed, the {@code <link>} of an RSS feed,
 * the {@code <loc>} of a sitemap or sitemap index.
 *
 * @param root      the root element's local name ({@code feed}, {@code rss}, {@code urlset}, ...)
 * @param links     each link with its line
 * @param selfLinks the {@code href} of every Atom {@code <link rel="self">}
 */
record XmlLinks(String root, List<Link> links, List<String> selfLinks) {

    /** A URL and the line it is on. */
    record Link(int line, String url) {}

    /** A file that is not well-formed XML. */
    static final class Malformed extends Exception {
        final LineMessage where;

        Malformed(LineMessage where) {
            super(where.text(), null, false, false);
            this.where = where;
        }
    }

    boolean isSitemap() {
        return root.equals("urlset") || root.equals("sitemapindex");
    }

    boolean isFeed() {
        return root.equals("feed") || root.equals("rss");
    }

    /**
     * Reads an XML file with the JDK's own parser, refusing DTDs so that the file cannot make the checker read
     * other files or expand entities without bound.
     */
    static XmlLinks read(byte[] bytes) throws Malformed {
        Handler handler = new Handler();
        try {
            newParser().parse(new InputSource(new ByteArrayInputStream(bytes)), handler);
        } catch (SAXParseException e) {
            throw new Malformed(new LineMessage(Math.max(e.getLineNumber(), 0), e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new Malformed(new LineMessage(0, e.getMessage()));
        }
        return new XmlLinks(handler.root, List.copyOf(handler.links), List.copyOf(handler.selfLinks));
    }

    private static SAXParser newParser() {
        try {
            // newDefaultInstance: the JDK's parser even when a library on the class path offers another one.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature: " + e, e);
        }
    }

    /** Picks the links out of the parse events. */
    private static final class Handler extends DefaultHandler {
        String root = "";
        final List<Link> links = new ArrayList<>();
        final List<String> selfLinks = new ArrayList<>();
        private Locator locator;
        private StringBuilder text;
        private int textLine;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (root.isEmpty()) root = localName;
            int line = locator == null ? 0 : locator.getLineNumber();
            boolean textLink = (root.equals("urlset") || root.equals("sitemapindex")) && localName.equals("loc")
                    || root.equals("rss") && localName.equals("link") && attributes.getValue("href") == null;
            if (textLink) {
                text = new StringBuilder();
                textLine = line;
            } else if (localName.equals("link") && attributes.getValue("href") != null) {
                String href = attributes.getValue("href");
                links.add(new Link(line, href));
                if ("self".equals(attributes.getValue("rel"))) selfLinks.add(href);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (text != null) {
                links.add(new Link(textLine, text.toString().strip()));
                text = null;
            }
        }
    }
}
