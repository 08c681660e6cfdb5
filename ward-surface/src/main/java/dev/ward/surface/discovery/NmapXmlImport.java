package dev.ward.surface.discovery;

import dev.ward.surface.Endpoint;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * nmaprun XML, as {@code nmap -oX} and {@code masscan -oX} write it, read as a stream so a large sweep's file is
 * never held whole. DTDs and external entities are switched off: an import file is untrusted input.
 */
final class NmapXmlImport {

    private NmapXmlImport() {
    }

    static void read(InputStream in, String name, Set<Endpoint> out) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        boolean sawRun = false;
        String address = null;
        String hostname = null;
        List<Integer> openPorts = new ArrayList<>();
        String portId = null;
        boolean tcp = false;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "nmaprun" -> sawRun = true;
                        case "host" -> {
                            address = null;
                            hostname = null;
                            openPorts.clear();
                        }
                        case "address" -> {
                            String type = xml.getAttributeValue(null, "addrtype");
                            if ("ipv4".equals(type) || "ipv6".equals(type)) {
                                address = xml.getAttributeValue(null, "addr");
                            }
                        }
                        case "hostname" -> {
                            if (hostname == null || "user".equals(xml.getAttributeValue(null, "type"))) {
                                hostname = xml.getAttributeValue(null, "name");
                            }
                        }
                        case "port" -> {
                            portId = xml.getAttributeValue(null, "portid");
                            tcp = "tcp".equals(xml.getAttributeValue(null, "protocol"));
                        }
                        case "state" -> {
                            if (portId != null && tcp && "open".equals(xml.getAttributeValue(null, "state"))) {
                                openPorts.add(DiscoveryImport.port(portId));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("port")) {
                        portId = null;
                    } else if (xml.getLocalName().equals("host")) {
                        if (address == null && !openPorts.isEmpty()) {
                            throw new IllegalArgumentException("a host with open ports but no IP address");
                        }
                        for (int port : openPorts) {
                            out.add(DiscoveryImport.endpoint(hostname, address, port));
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + " is not well-formed XML: " + firstLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage() + " (xml format)");
        }
        if (!sawRun) {
            throw new IllegalArgumentException(name + " is XML but not nmap or masscan output (no <nmaprun>)");
        }
    }

    private static String firstLine(String text) {
        String t = String.valueOf(text);
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
