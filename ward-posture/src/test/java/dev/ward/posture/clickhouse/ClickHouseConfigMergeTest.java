package dev.ward.posture.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.posture.source.SafeXml;
import dev.ward.posture.source.XmlElement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClickHouseConfigMergeTest {

    private static XmlElement xml(String name, String text) throws Exception {
        return SafeXml.parse(Path.of(name), text);
    }

    @Test
    void laterFilesOverrideLeavesReplaceAndRemoveAsTheServerDoes() throws Exception {
        XmlElement base = xml("config.xml", """
                <clickhouse>
                  <listen_host>::1</listen_host>
                  <http_port>8123</http_port>
                  <mysql_port>9004</mysql_port>
                  <users><default><networks><ip>::/0</ip><ip>10.0.0.0/8</ip></networks></default></users>
                </clickhouse>""");
        XmlElement override = xml("config.d/10-net.xml", """
                <yandex>
                  <listen_host>0.0.0.0</listen_host>
                  <mysql_port remove="1"/>
                  <users><default><networks replace="1"><ip>192.168.0.0/16</ip></networks></default></users>
                  <https_port>8443</https_port>
                </yandex>""");
        XmlElement merged = ClickHouseConfigMerge.merge(List.of(base, override));

        assertThat(merged.children("listen_host")).extracting(XmlElement::text).containsExactly("0.0.0.0");
        assertThat(merged.children("listen_host").getFirst().source()).isEqualTo(Path.of("config.d/10-net.xml"));
        assertThat(merged.child("mysql_port")).isEmpty();
        assertThat(merged.childText("http_port")).contains("8123");
        assertThat(merged.childText("https_port")).contains("8443");
        XmlElement networks = merged.child("users").orElseThrow().child("default").orElseThrow().child("networks").orElseThrow();
        assertThat(networks.children()).extracting(XmlElement::text).containsExactly("192.168.0.0/16");
        assertThat(networks.attributes()).doesNotContainKey("replace");
        assertThat(base.childText("listen_host")).as("inputs are not changed").contains("::1");
    }

    @Test
    void secondListenHostInOverrideIsAppended() throws Exception {
        XmlElement merged = ClickHouseConfigMerge.merge(List.of(
                xml("a.xml", "<clickhouse><listen_host>::1</listen_host></clickhouse>"),
                xml("b.xml", "<clickhouse><listen_host>::</listen_host><listen_host>0.0.0.0</listen_host></clickhouse>")));
        assertThat(merged.children("listen_host")).extracting(XmlElement::text).containsExactly("::", "0.0.0.0");
    }
}
