package dev.ward.posture.terraform.aws;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A Kendra index is a retrieval store for RAG; it holds the documents the assistant can quote. */
public final class KendraIndexCmkCheck extends TerraformResourceCheck {

    public KendraIndexCmkCheck() {
        super(new CheckInfo("tf.aws.kendra-index-cmk", "Kendra index is not encrypted with a CMK", Severity.MEDIUM,
                List.of(LLM02_DISCLOSURE, LLM08_VECTORS, ATLAS_DATA_REPOSITORIES, CWE_UNENCRYPTED_DATA, NIST_PRIVACY),
                "Add server_side_encryption_configuration { kms_key_id = aws_kms_key.<key>.arn }."),
                List.of("aws_kendra_index"), List.of("CKV_AWS_262"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.isSet("server_side_encryption_configuration.kms_key_id"), "server_side_encryption_configuration.kms_key_id", "no server_side_encryption_configuration.kms_key_id");
    }
}
