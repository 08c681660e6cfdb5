package dev.ward.report;

import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Evidence;
import dev.ward.core.Finding;
import dev.ward.core.Location;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWriterTest {

    @Test
    void scriptInAMessageComesOutEscaped() {
        String html = Render.as(ReportFormat.HTML, SampleScans.withMessage("banner: <script>alert('x')</script> & more"));
        assertThat(html).doesNotContainIgnoringCase("<script")
                .contains("banner: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    }

    @Test
    void everyFieldFromTheScanIsEscaped() {
        String hostile = "\"><img src=x onerror=alert(1)>";
        Asset asset = new Asset(AssetKind.SERVICE, "clickhouse://" + hostile, Map.of());
        Finding finding = new Finding("rule" + hostile, "title" + hostile, Severity.HIGH, asset, "message" + hostile,
                List.of(Evidence.of("label" + hostile, "</pre>" + hostile, "</pre><script>alert(2)</script>")),
                "fix" + hostile, List.of(), new Location("path" + hostile, 1, 1), Map.of(), "fp" + hostile);
        ScanResult result = new ScanResult("ward" + hostile, "surface" + hostile, List.of("t" + hostile),
                SampleScans.STARTED, SampleScans.FINISHED, List.of(asset), List.of(), List.of(finding));

        String html = Render.as(ReportFormat.HTML, result);

        assertThat(html).doesNotContain("<img").doesNotContainIgnoringCase("<script")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Pattern.compile("<pre>").matcher(html).results().count())
                .isEqualTo(Pattern.compile("</pre>").matcher(html).results().count());
    }

    @Test
    void isSelfContained() {
        String html = Render.as(ReportFormat.HTML, SampleScans.representative());
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContain("src=").doesNotContain("href=").doesNotContain("url(").doesNotContain("@import")
                .contains("<style>").contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void showsCountsExposuresAndEachFindingWithItsEvidence() {
        String html = Render.as(ReportFormat.HTML, SampleScans.representative());
        assertThat(html).contains("<span class=\"badge sev-critical\">critical</span></td><td class=\"num\">1</td>")
                .contains(">NOT_CLICKHOUSE</span>", ">UNREACHABLE</span>", ">AUTH_REQUIRED</span>", ">OPEN</span>")
                .contains("<code>OWASP-LLM02:2025</code> Sensitive Information Disclosure")
                .contains("<h5>Request</h5>\n<pre>POST / HTTP/1.1\nHost: 127.0.0.1:8123")
                .contains("<code>config/app.env:3:16</code>")
                .contains("users.xml &amp; restrict listen_host");
        assertThat(Pattern.compile("<article class=\"finding ").matcher(html).results().count()).isEqualTo(3);
    }
}
