package dev.ward.surface.service.http;

import dev.ward.core.Severity;
import dev.ward.surface.net.HttpReply;
import dev.ward.surface.net.ProbeException;
import dev.ward.surface.service.HttpPages;
import dev.ward.surface.service.Identification;

/**
 * MinIO: the S3 API answers with {@code Server: MinIO} and {@code /minio/health/live} answers 200; anonymous
 * ListBuckets is refused with an S3 {@code AccessDenied}. The console (9001) serves a page titled MinIO Console.
 * Ward tries no passwords; it notes the documented default account for the stage-hint enrichment.
 */
final class MinioCheck extends HttpProduct {

    MinioCheck() {
        super("minio", "MinIO", Severity.HIGH, """
                Change MINIO_ROOT_USER / MINIO_ROOT_PASSWORD from minioadmin/minioadmin, remove anonymous bucket \
                policies (mc anonymous set none), and keep the console (9001) off the internet.""");
    }

    @Override
    public Identification identify(HttpPages pages) throws ProbeException {
        HttpReply root = pages.root();
        boolean s3 = String.valueOf(root.header("server")).startsWith("MinIO")
                || (pages.status("/minio/health/live") == 200 && root.header("x-amz-request-id") != null);
        boolean console = root.status() == 200 && root.bodyText().contains("<title>MinIO Console</title>");
        if (!s3 && !console) {
            return null;
        }
        boolean listed = root.status() == 200 && root.bodyText().contains("<ListAllMyBucketsResult");
        return Identification.of(listed, pages.protocol(), listed ? "MinIO lists buckets anonymously"
                        : console ? "MinIO Console login page" : "MinIO S3 API refuses anonymous listing (AccessDenied)")
                .evidence(pages.evidence("MinIO root", "/"))
                .with("banner", root.header("server"))
                .with("loginPage", "documented default account minioadmin/minioadmin" + (console ? "; console login page" : ""));
    }
}
